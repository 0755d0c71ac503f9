import type { Declaration, SnapshotInfo } from '../model.js'
import { fullyKnownId, normalizeRegion, UNKNOWN_PART } from '../model.js'
import { findSnapshot, type Catalog } from '../policy/catalog.js'
import type { Policy, RuleContext } from '../rules/types.js'

export interface SnapshotSources {
  catalog?: Catalog
  policy: Policy
  resolveLive?: (ids: string[]) => Promise<Map<string, Partial<SnapshotInfo>>>
  supportedVersionsLive?: (region: string) => Promise<string[] | undefined>
}

/** Drops undefined fields so that spreading never hides a value a weaker source had. */
function defined(info: Partial<SnapshotInfo> | undefined): Partial<SnapshotInfo> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(info ?? {})) if (v !== undefined) out[k] = v
  return out as Partial<SnapshotInfo>
}

/**
 * Builds what rules know of snapshots (SPEC §5, "where snapshot properties
 * come from", in order): the catalog; snapshots declared in this run with
 * known properties (and what a reader resolved itself); live ARM with
 * resolve-live, asked once for all ids still unknown. Fills each reference's
 * `resolved` and returns the RuleContext.
 */
export async function buildRuleContext(declarations: Declaration[], sources: SnapshotSources): Promise<RuleContext> {
  const { catalog } = sources
  const declared = new Map<string, Partial<SnapshotInfo>>()
  for (const d of declarations) {
    if (d.kind !== 'snapshot' || !d.properties) continue
    if (!d.id.known || d.id.partial || !d.id.value || d.id.value.includes(UNKNOWN_PART)) continue
    const key = d.id.value.toLowerCase()
    declared.set(key, { ...defined(d.properties), ...defined(declared.get(key)), id: d.id.value })
  }

  const refs = declarations.flatMap((d) => ((d.kind === 'pool' || d.kind === 'upgrade') && d.snapshot ? [d.snapshot] : []))
  const live = new Map<string, Partial<SnapshotInfo>>()
  if (sources.resolveLive) {
    const wanted = new Set<string>()
    for (const ref of refs) {
      const id = fullyKnownId(ref)
      if (id && !/\/providers\/microsoft\.containerservice\/snapshots\/[^/]+$/i.test(id)) continue
      if (id && !(catalog && findSnapshot(catalog, id)) && !declared.has(id.toLowerCase())) wanted.add(id.toLowerCase())
    }
    if (wanted.size) {
      const answer = await sources.resolveLive([...wanted].sort())
      for (const [id, info] of answer) live.set(id.toLowerCase(), info)
    }
  }

  const merged = new Map<string, Partial<SnapshotInfo> | undefined>()
  const lookup = (id: string, readerResolved?: Partial<SnapshotInfo>): Partial<SnapshotInfo> | undefined => {
    const key = id.toLowerCase()
    const fromCatalog = catalog ? findSnapshot(catalog, id) : undefined
    const parts = [live.get(key), declared.get(key), readerResolved, fromCatalog]
    if (parts.every((p) => p === undefined)) return undefined
    return Object.assign({}, ...parts.map(defined)) as Partial<SnapshotInfo>
  }
  for (const ref of refs) {
    const id = fullyKnownId(ref)
    if (!id) continue
    const info = lookup(id, ref.resolved)
    if (info) ref.resolved = info
    merged.set(id.toLowerCase(), info)
  }

  const supported = new Map<string, string[] | undefined>()
  const catalogLists = new Map<string, string[]>()
  for (const [region, list] of Object.entries(catalog?.supportedKubernetesVersions ?? {})) catalogLists.set(normalizeRegion(region), list)
  if (sources.supportedVersionsLive && !catalogLists.has('*')) {
    // RuleContext is synchronous, so the regions rules may ask about are fetched now.
    const regions = new Set<string>()
    for (const d of declarations) {
      const loc = d.kind === 'command' ? undefined : d.location
      if (loc?.known && typeof loc.value === 'string' && !loc.value.includes(UNKNOWN_PART)) regions.add(normalizeRegion(loc.value))
      if (d.kind === 'pool' || d.kind === 'upgrade') {
        const id = fullyKnownId(d.snapshot)
        const region = id ? (merged.get(id.toLowerCase())?.location ?? undefined) : undefined
        if (region) regions.add(normalizeRegion(region))
      }
    }
    for (const region of [...regions].sort())
      if (!catalogLists.has(region)) supported.set(region, await sources.supportedVersionsLive(region))
  }

  return {
    policy: sources.policy,
    hasCatalog: catalog !== undefined,
    inCatalog: (id) => !!catalog && !!findSnapshot(catalog, id),
    snapshot: (id) => {
      const key = id.toLowerCase()
      if (!merged.has(key)) merged.set(key, lookup(id))
      return merged.get(key)
    },
    supportedVersions: (region) => {
      const key = region ? normalizeRegion(region) : undefined
      if (key && catalogLists.has(key)) return catalogLists.get(key)
      if (catalogLists.has('*')) return catalogLists.get('*')
      return key ? supported.get(key) : undefined
    }
  }
}
