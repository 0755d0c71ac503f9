/**
 * Typed builders for declarations, so rule tests do not depend on the
 * readers. Each field of a declaration sits on its own line, as in a Bicep
 * resource or a multi-line az command:
 *
 *   line 1   the declaration (columns 1-9: `resource`)
 *   line 2   name                line 8   controlPlaneVersion / currentKubernetesVersion
 *   line 3   cluster             line 9   osType / currentNodeImageVersion
 *   line 4   mode                line 10  osSku
 *   line 5   vmSize              line 11  enableFips
 *   line 6   location            line 12  snapshot id
 *   line 7   kubernetesVersion
 *
 * A known value's span starts at column 5 and covers the value in quotes
 * (`'Standard_D4s_v5'`: columns 5 to 22), so endColumn = 5 + length + 2.
 */
import type {
  CommandDeclaration,
  PoolDeclaration,
  SnapshotDeclaration,
  SnapshotInfo,
  SnapshotRef,
  SourceKind,
  Span,
  UpgradeDeclaration,
  Value
} from '../../src/model.js'
import { UNKNOWN_PART, known, unknown } from '../../src/model.js'
import type { Policy, RuleContext } from '../../src/rules/types.js'

export const FILE = 'infra/aks.bicep'

const LINES = {
  name: 2,
  cluster: 3,
  mode: 4,
  vmSize: 5,
  location: 6,
  kubernetesVersion: 7,
  controlPlaneVersion: 8,
  currentKubernetesVersion: 8,
  osType: 9,
  currentNodeImageVersion: 9,
  osSku: 10,
  enableFips: 11,
  sourceLocation: 11,
  sourceResourceId: 10,
  id: 12,
  snapshot: 12
} as const
type Field = keyof typeof LINES

export function span(line: number, column: number, endColumn: number, endLine = line): Span {
  return { file: FILE, line, column, endLine, endColumn }
}

/** Where the builders put a known value of `field`. */
export function fieldSpan(field: Field, value: unknown): Span {
  return span(LINES[field], 5, 5 + String(value).length + 2)
}

export const DECLARATION_SPAN = span(1, 1, 9)

/** A raw value (made known, with its span), a Value as is, or undefined for "not stated". */
export type In<T> = T | Value<T> | undefined

function isValue<T>(v: unknown): v is Value<T> {
  return typeof v === 'object' && v !== null && 'known' in v
}

function field<T>(name: Field, v: In<T>): Value<T> {
  if (v === undefined) return unknown('not stated')
  if (isValue<T>(v)) return v.known && !('span' in v) && v.value !== null ? { ...v, span: fieldSpan(name, v.value) } : v
  return known(v as T, fieldSpan(name, v))
}

/** A string with unknown parts, e.g. partial(`/subscriptions/${UNKNOWN_PART}/...`). */
export function partial(value: string): Value<string> {
  return { known: true, value, partial: true }
}

/** A known value with no place in the declaration (a default the source does not write), so findings fall back to the declaration. */
export function spanless<T>(value: T): Value<T> {
  return { known: true, value, span: undefined }
}

export { UNKNOWN_PART, known, unknown }

export const SUB = '00000000-0000-0000-0000-000000000000'
export const snapshotId = (name: string, rg = 'rg-snapshots'): string =>
  `/subscriptions/${SUB}/resourceGroups/${rg}/providers/Microsoft.ContainerService/snapshots/${name}`
export const poolId = (cluster: string, pool: string, rg = 'rg-aks'): string =>
  `/subscriptions/${SUB}/resourceGroups/${rg}/providers/Microsoft.ContainerService/managedClusters/${cluster}/agentPools/${pool}`

type RefIn = string | null | Value<string | null> | SnapshotRef

function ref(v: RefIn | undefined, resolved?: Partial<SnapshotInfo>): SnapshotRef | undefined {
  if (v === undefined) return undefined
  if (typeof v === 'object' && v !== null && 'id' in v) return v
  const id: Value<string | null> =
    v === null ? known(null, fieldSpan('snapshot', 'null')) : isValue<string | null>(v) ? v : known(v, fieldSpan('snapshot', v))
  if (isValue(v) && v.known && !v.span) (id as { span?: Span }).span = fieldSpan('snapshot', v.value)
  return resolved ? { id, resolved } : { id }
}

export interface PoolIn {
  name?: In<string>
  cluster?: In<string>
  mode?: In<string>
  vmSize?: In<string>
  location?: In<string>
  kubernetesVersion?: In<string>
  controlPlaneVersion?: In<string>
  osType?: In<string>
  osSku?: In<string>
  enableFips?: In<boolean>
  snapshot?: RefIn
  resolved?: Partial<SnapshotInfo>
  system?: boolean
  resource?: string
}

export function pool(p: PoolIn = {}): PoolDeclaration {
  const snapshot = ref(p.snapshot, p.resolved)
  return {
    kind: 'pool',
    span: DECLARATION_SPAN,
    source: 'bicep',
    resource: p.resource ?? 'agentPools/user1',
    name: field('name', 'name' in p ? p.name : 'user1'),
    cluster: field('cluster', 'cluster' in p ? p.cluster : 'aks1'),
    mode: field('mode', 'mode' in p ? p.mode : p.system ? 'System' : 'User'),
    vmSize: field('vmSize', p.vmSize),
    location: field('location', p.location),
    kubernetesVersion: field('kubernetesVersion', p.kubernetesVersion),
    controlPlaneVersion: field('controlPlaneVersion', p.controlPlaneVersion),
    osType: field('osType', p.osType),
    osSku: field('osSku', p.osSku),
    enableFips: field('enableFips', p.enableFips),
    ...(snapshot ? { snapshot } : {}),
    system: p.system ?? false
  }
}

export interface UpgradeIn {
  scope?: 'pool' | 'cluster'
  name?: In<string>
  cluster?: In<string>
  nodeImageOnly?: boolean
  controlPlaneOnly?: boolean
  kubernetesVersion?: In<string>
  snapshot?: RefIn
  resolved?: Partial<SnapshotInfo>
  currentKubernetesVersion?: In<string>
  currentNodeImageVersion?: In<string>
  location?: In<string>
  controlPlaneVersion?: In<string>
  resource?: string
}

export function upgrade(u: UpgradeIn = {}): UpgradeDeclaration {
  const snapshot = ref(u.snapshot, u.resolved)
  const scope = u.scope ?? 'pool'
  return {
    kind: 'upgrade',
    span: DECLARATION_SPAN,
    source: 'cli',
    resource: u.resource ?? (scope === 'pool' ? 'az aks nodepool upgrade user1' : 'az aks upgrade aks1'),
    scope,
    name: field('name', 'name' in u ? u.name : scope === 'pool' ? 'user1' : undefined),
    cluster: field('cluster', 'cluster' in u ? u.cluster : 'aks1'),
    nodeImageOnly: u.nodeImageOnly ?? false,
    controlPlaneOnly: u.controlPlaneOnly ?? false,
    kubernetesVersion: field('kubernetesVersion', u.kubernetesVersion),
    ...(snapshot ? { snapshot } : {}),
    currentKubernetesVersion: field('currentKubernetesVersion', u.currentKubernetesVersion),
    currentNodeImageVersion: field('currentNodeImageVersion', u.currentNodeImageVersion),
    location: field('location', u.location),
    ...('controlPlaneVersion' in u ? { controlPlaneVersion: field('controlPlaneVersion', u.controlPlaneVersion) } : {})
  }
}

export interface SnapshotIn {
  name?: In<string>
  id?: In<string>
  location?: In<string>
  sourceResourceId?: In<string>
  sourceLocation?: In<string>
  properties?: Partial<SnapshotInfo>
  resource?: string
  source?: SourceKind
  locationFromResourceGroup?: boolean
}

export function snapshot(s: SnapshotIn = {}): SnapshotDeclaration {
  return {
    kind: 'snapshot',
    span: DECLARATION_SPAN,
    source: s.source ?? 'cli',
    resource: s.resource ?? 'az aks nodepool snapshot create snap1',
    name: field('name', 'name' in s ? s.name : 'snap1'),
    id: field('id', s.id),
    location: field('location', s.location),
    sourceResourceId: field('sourceResourceId', s.sourceResourceId),
    sourceLocation: field('sourceLocation', s.sourceLocation),
    ...(s.locationFromResourceGroup ? { locationFromResourceGroup: true } : {}),
    ...(s.properties ? { properties: s.properties } : {})
  }
}

export function command(text: string, what: string, replacement: string): CommandDeclaration {
  return {
    kind: 'command',
    span: span(1, 1, 1 + text.length),
    source: 'cli',
    resource: text,
    command: text,
    deprecation: { what, replacement }
  }
}

export interface ContextIn {
  /** Snapshots the context knows (catalog, declared in the run, live). */
  snapshots?: Partial<SnapshotInfo>[]
  /** Ids in the catalog; a catalog is in use when given. */
  catalog?: string[]
  /** supportedKubernetesVersions as in the catalog, with "*" for other regions. */
  supported?: Record<string, string[]>
  policy?: Partial<Policy>
}

const normRegion = (r: string): string => r.replace(/\s+/g, '').toLowerCase()

/** A context as the engine builds it: ids and regions case-insensitive, "*" as the fallback list. */
export function context(c: ContextIn = {}): RuleContext {
  const snapshots = c.snapshots ?? []
  return {
    policy: { snapshotRegion: 'any', ...c.policy },
    snapshot: (id) => snapshots.find((s) => s.id?.toLowerCase() === id.toLowerCase()),
    hasCatalog: c.catalog !== undefined,
    inCatalog: (id) => (c.catalog ?? []).some((x) => x.toLowerCase() === id.toLowerCase()),
    supportedVersions: (region) => {
      if (!c.supported) return undefined
      const entry = region && Object.entries(c.supported).find(([r]) => normRegion(r) === normRegion(region))
      return entry ? entry[1] : c.supported['*']
    }
  }
}
