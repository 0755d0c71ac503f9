/**
 * What every rule needs to read declarations without caring where they came
 * from: known/unknown values, snapshot properties, Azure's case-insensitive
 * comparisons and the shape of snapshot ids.
 */
import type { Declaration, PoolDeclaration, SnapshotInfo, SnapshotRef, Span, UpgradeDeclaration, Value } from '../model.js'
import { fullyKnownId, NOT_STATED, RESOURCE_TYPES, UNKNOWN_PART } from '../model.js'
import type { RuleContext } from './types.js'

export { fullyKnownId, normalizeRegion, NOT_STATED, sameId, sameRegion } from '../model.js'

/** A value a rule may use whole: known and without unknown parts. */
export function isKnown<T>(v: Value<T> | undefined): v is Extract<Value<T>, { known: true }> {
  return v !== undefined && v.known && !v.partial
}

/** Known to be empty: `''` or `null` (never the same as unknown). */
export function isKnownEmpty(v: Value<string | null> | undefined): boolean {
  return v !== undefined && v.known && (v.value === null || v.value === '')
}

/** True when the source states the value, even if we cannot evaluate it (a parameter without default). */
export function isStated<T>(v: Value<T> | undefined): boolean {
  return v !== undefined && (v.known || v.reason !== NOT_STATED)
}

/**
 * Calls `fn` with the values when all are fully known, and returns no report
 * otherwise: rules are silent on unknown values by construction (tflint's
 * EvaluateExpr). Partially known strings count as unknown here; known empty
 * values (`''`, `null`) are known.
 */
export function ifKnown<A, R>(a: Value<A> | undefined, fn: (a: A) => R[]): R[]
export function ifKnown<A, B, R>(a: Value<A> | undefined, b: Value<B> | undefined, fn: (a: A, b: B) => R[]): R[]
export function ifKnown<A, B, C, R>(
  a: Value<A> | undefined,
  b: Value<B> | undefined,
  c: Value<C> | undefined,
  fn: (a: A, b: B, c: C) => R[]
): R[]
export function ifKnown(...args: unknown[]): unknown[] {
  const fn = args.pop() as (...values: unknown[]) => unknown[]
  const values = args as (Value<unknown> | undefined)[]
  if (!values.every((v) => isKnown(v))) return []
  return fn(...values.map((v) => (v as { value: unknown }).value))
}

/** Wraps a plain optional property (of a snapshot) as a value. */
export function fromOptional<T>(v: T | undefined, span?: Span): Value<T> {
  if (v === undefined) return { known: false, reason: 'not known for this snapshot', ...(span ? { span } : {}) }
  return span ? { known: true, value: v, span } : { known: true, value: v }
}

/** A property of what is known of a snapshot, as a value for `ifKnown`. */
export function snapshotField<K extends keyof SnapshotInfo>(
  info: Partial<SnapshotInfo> | undefined,
  key: K
): Value<NonNullable<SnapshotInfo[K]>> {
  return fromOptional(info?.[key] ?? undefined) as Value<NonNullable<SnapshotInfo[K]>>
}

/** `{ span }` for a report when the source has a place for it; none makes the engine use the declaration's. */
export function at(span: Span | undefined): { span?: Span } {
  return span ? { span } : {}
}

/**
 * What we know of the snapshot a pool or upgrade refers to: the properties the
 * reader resolved itself, over those the context knows (catalog, snapshots
 * declared in this run, live ARM) when the id is fully known.
 */
export function snapshotOf(decl: Declaration, ctx: RuleContext): Partial<SnapshotInfo> | undefined {
  if (decl.kind !== 'pool' && decl.kind !== 'upgrade') return undefined
  const ref = decl.snapshot
  if (!ref) return undefined
  const id = fullyKnownId(ref)
  const fromContext = id ? ctx.snapshot(id) : undefined
  if (!fromContext && !ref.resolved) return undefined
  const merged: Partial<SnapshotInfo> = { ...fromContext }
  for (const [key, value] of Object.entries(ref.resolved ?? {})) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value
  }
  if (id && merged.id === undefined) merged.id = id
  return merged
}

/** Strings that Azure compares case-insensitively (OS type, OS SKU, names). */
export function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

/**
 * How a name is shown in messages: its value when known, else the text the
 * source wrote for it (`"$pool"`, `$ClusterName`), else `fallback`.
 */
export function nameLabel(v: Value<string> | undefined, fallback: string): string {
  if (isKnown(v) && v.value) return v.value
  if (v && !v.known && v.text) return v.text
  return fallback
}

/** How a pool or upgrade is named in messages: its name when known, else as written, else the declaration's resource name. */
export function poolLabel(decl: PoolDeclaration | UpgradeDeclaration): string {
  return nameLabel(decl.name, decl.resource)
}

/** How a snapshot is named in messages: its name, else the last segment of its id, else the id. */
export function snapshotLabel(info: Partial<SnapshotInfo> | undefined, ref?: SnapshotRef): string {
  if (info?.name) return info.name
  const id = info?.id ?? (ref && isKnown(ref.id) ? (ref.id.value ?? undefined) : undefined)
  if (!id) return 'the snapshot'
  const last = id.split('/').filter(Boolean).pop()
  return last ?? id
}

/** The span of the snapshot reference (the flag or property), when the source has one. */
export function refSpan(ref: SnapshotRef | undefined): Span | undefined {
  return ref?.id.span
}

export type SnapshotIdShape =
  | { kind: 'snapshot' }
  | { kind: 'nodePool' }
  | { kind: 'clusterSnapshot' }
  | { kind: 'otherResource'; type: string }
  | { kind: 'bareName' }
  | { kind: 'malformed' }

/** `/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.ContainerService/snapshots/{name}`, lower case. */
const SNAPSHOT_ID: (string | null)[] = [
  '/subscriptions/',
  null,
  '/resourcegroups/',
  null,
  '/providers/microsoft.containerservice/snapshots/',
  null
]

/**
 * Judges a snapshot reference by its shape. Unknown parts (`{?}`) may stand
 * for any text, slashes included: an id is a valid snapshot id when some
 * filling of its unknown parts makes it one.
 */
export function snapshotIdShape(id: string): SnapshotIdShape {
  // Most ids are whole: a regular expression answers; the NFA is for ids with unknown parts.
  if (id.includes(UNKNOWN_PART) ? couldBeSnapshotId(id) : WHOLE_SNAPSHOT_ID.test(id)) return { kind: 'snapshot' }
  const lower = id.toLowerCase()
  if (/\/providers\/microsoft\.containerservice\/managedclustersnapshots\//.test(lower)) return { kind: 'clusterSnapshot' }
  if (/\/providers\/microsoft\.containerservice\/managedclusters\/[^/]+\/agentpools\/[^/]+\/?$/.test(lower)) return { kind: 'nodePool' }
  // A trailing slash or an odd segment makes an id malformed, not another resource's.
  const other = /^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+\/providers\/[^/]+\/[^/]+\/[^/]+(?:\/[^/]+\/[^/]+)*$/i.exec(id)
  if (other) {
    const segments = id.split('/')
    const providers = 5 // '', subscriptions, <s>, resourceGroups, <rg>, providers
    // Type of a nested resource: namespace/type/child..., read from the id's alternating segments.
    const types = [segments[providers + 1]]
    for (let i = providers + 2; i < segments.length; i += 2) types.push(segments[i])
    const type = types.join('/')
    if (type.toLowerCase() !== RESOURCE_TYPES.snapshot) return { kind: 'otherResource', type }
  }
  if (!id.includes('/') && id.trim() !== '') return { kind: 'bareName' }
  return { kind: 'malformed' }
}

/**
 * A tiny NFA walk: the pattern's known characters must follow the id grammar
 * (literals and non-empty segments without `/`), and an unknown part may
 * skip to any later point of it.
 */
const WHOLE_SNAPSHOT_ID = /^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+\/providers\/microsoft\.containerservice\/snapshots\/[^/]+$/i

function couldBeSnapshotId(pattern: string): boolean {
  // Flatten the grammar into items: one literal character or one segment.
  const items: (string | null)[] = []
  for (const part of SNAPSHOT_ID) {
    if (part === null) items.push(null)
    else items.push(...part)
  }
  const end = items.length
  // States: `i` = before item i; `-(i+1)` = inside segment i with at least one character read.
  const closure = (states: Set<number>): Set<number> => {
    const out = new Set(states)
    for (const s of states) if (s < 0) out.add(-s) // a segment may end after one character: -(i+1) -> i+1
    return out
  }
  let states = closure(new Set([0]))
  const pieces = pattern.split(UNKNOWN_PART)
  for (let p = 0; p < pieces.length; p++) {
    if (p > 0) {
      // An unknown part: any state at or after the current ones is reachable.
      const min = Math.min(...[...states].map((s) => (s < 0 ? -s - 1 : s)))
      if (!Number.isFinite(min)) return false
      const all = new Set<number>()
      for (let i = min; i <= end; i++) {
        all.add(i)
        if (i < end && items[i] === null) all.add(-(i + 1))
      }
      states = closure(all)
    }
    for (const ch of pieces[p].toLowerCase()) {
      const next = new Set<number>()
      for (const s of states) {
        if (s >= 0) {
          if (s === end) continue
          const item = items[s]
          if (item === null) {
            if (ch !== '/') next.add(-(s + 1))
          } else if (item === ch) next.add(s + 1)
        } else if (ch !== '/') next.add(s)
      }
      states = closure(next)
      if (states.size === 0) return false
    }
  }
  return states.has(end)
}
