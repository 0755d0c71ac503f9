/**
 * The one shape every source (Bicep, ARM, Terraform, az CLI, live Azure) is
 * turned into. Rules read declarations and nothing else.
 */

/** A range in a file. Lines and columns are 1-based; the end is exclusive of nothing: endColumn is the column just after the last character. */
export interface Span {
  /** POSIX path relative to the working directory. */
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
}

/**
 * A value read from a source. Unknown values carry the reason (a parameter
 * with no default, a module output, `$VAR` from outside the script...).
 * Rules stay silent on unknown values; `ifKnown` in rules/helpers makes that
 * the default. A *known empty* value (`''`, `null`) is `known: true` with
 * `value: ''` or `value: null`, never unknown.
 */
export type Value<T> = Known<T> | Unknown

export interface Known<T> {
  known: true
  value: T
  /**
   * True when a string value has unknown parts written as `{?}` (UNKNOWN_PART):
   * the subscription of an id from `$(az aks nodepool show ... --query id)`, a
   * `resourceId()` whose resource group is a parameter without default. Rules
   * about the value's shape (invalid-snapshot-id) may use it; rules that need
   * the whole value (unknown-snapshot, catalog look-ups) treat it as unknown.
   */
  partial?: boolean
  /** Where the value is used in the declaration (the property or flag); for a value from a parameter default, still the place in the resource that uses it. */
  span?: Span
}

export interface Unknown {
  known: false
  reason: string
  span?: Span
  /** The source text of an unknown value (`"$pool"`, `$ClusterName`), for messages that name it. */
  text?: string
}

/**
 * The reason readers give a value the source does not state at all (no
 * `orchestratorVersion`, no `--kubernetes-version`): rules tell it apart from a
 * value that is stated but cannot be evaluated (a parameter without default).
 */
export const NOT_STATED = 'not stated'

/** Stands for an unknown part inside a partially known string. */
export const UNKNOWN_PART = '{?}'

export function known<T>(value: T, span?: Span): Known<T> {
  return span ? { known: true, value, span } : { known: true, value }
}

export function unknown(reason: string, span?: Span): Unknown {
  return span ? { known: false, reason, span } : { known: false, reason }
}

export type OsType = 'Linux' | 'Windows'

/** What a snapshot freezes: the properties of `Microsoft.ContainerService/snapshots`, flattened. */
export interface SnapshotInfo {
  id: string
  name?: string
  location?: string
  kubernetesVersion?: string
  nodeImageVersion?: string
  osType?: string
  osSku?: string
  vmSize?: string
  enableFips?: boolean
  sourceResourceId?: string
  created?: string
  tags?: Record<string, string>
}

/** Which kind of source a declaration came from. */
export type SourceKind = 'arm' | 'bicep' | 'terraform' | 'cli' | 'live'

interface DeclarationBase {
  /** The start of the declaration: the `resource` line, the `az` of the command, the `resource "..." {` block. */
  span: Span
  source: SourceKind
  /** Human name shown in findings and used in fingerprints, e.g. `agentPools/user1`, `azurerm_kubernetes_cluster.main.default_node_pool`, `az aks nodepool add np2`. */
  resource: string
  /**
   * Loop instances that produced this declaration (`pools[0]`, `count.index=1`, `each.key=gpu`).
   * The engine merges instances with the same finding at the same position and names them.
   */
  instance?: string
}

/** A reference from a pool or upgrade to a snapshot. */
export interface SnapshotRef {
  /** The snapshot id as written/evaluated: known string, known empty ('' or null), or unknown. */
  id: Value<string | null>
  /**
   * Properties of the snapshot when the reader resolved it itself (a snapshot
   * resource of the same file/script whose source pool is known). The engine
   * fills this from the catalog or live ARM otherwise.
   */
  resolved?: Partial<SnapshotInfo>
}

/** A node pool that is created: an `agentPoolProfiles` entry, an `agentPools` resource, `az aks nodepool add`, `az aks create`'s system pool, a Terraform pool... */
export interface PoolDeclaration extends DeclarationBase {
  kind: 'pool'
  name: Value<string>
  /** The cluster the pool belongs to, as a name or id when known. */
  cluster: Value<string>
  mode: Value<string> // 'System' | 'User'
  vmSize: Value<string>
  /** The pool's region (the cluster's). */
  location: Value<string>
  /** The Kubernetes version stated on the pool (`orchestratorVersion`, `--kubernetes-version`); unknown with reason 'not stated' when absent. */
  kubernetesVersion: Value<string>
  /** The control plane's version, when the cluster is known. */
  controlPlaneVersion: Value<string>
  osType: Value<string>
  osSku: Value<string>
  enableFips: Value<boolean>
  /** Absent when the source states no snapshot reference at all. */
  snapshot?: SnapshotRef
  /** True when the pool is a cluster's system pool (`mode: System`, `az aks create`, `default_node_pool`). */
  system: boolean
}

/** An upgrade of one pool (`az aks nodepool upgrade`, upgrade-nodepool mode) or of a whole cluster (`az aks upgrade`). */
export interface UpgradeDeclaration extends DeclarationBase {
  kind: 'upgrade'
  scope: 'pool' | 'cluster'
  name: Value<string>
  cluster: Value<string>
  nodeImageOnly: boolean
  controlPlaneOnly: boolean
  /** Target Kubernetes version (`--kubernetes-version`), when stated. */
  kubernetesVersion: Value<string>
  snapshot?: SnapshotRef
  /** The pool's versions before the upgrade: from live state or an earlier declaration in the same script. */
  currentKubernetesVersion: Value<string>
  currentNodeImageVersion: Value<string>
  location: Value<string>
  /** The cluster's control plane version before the upgrade (pool upgrades), when known: live state or an earlier declaration in the same script. */
  controlPlaneVersion?: Value<string>
}

/** A snapshot being taken (`az aks nodepool snapshot create`, a `snapshots` resource). */
export interface SnapshotDeclaration extends DeclarationBase {
  kind: 'snapshot'
  name: Value<string>
  /** The snapshot's own id when it can be computed (used to resolve references to it). */
  id: Value<string>
  /** The region the snapshot is created in (`--location`, or the resource group's region when omitted). */
  location: Value<string>
  /** True when `location` is not stated but taken from the resource group (`az aks nodepool snapshot create` without `--location`). */
  locationFromResourceGroup?: boolean
  sourceResourceId: Value<string>
  /** The source pool's region, when the pool is known. */
  sourceLocation: Value<string>
  /** The snapshot's properties when its source pool is known in the same file/script. */
  properties?: Partial<SnapshotInfo>
}

/** A preview-era or non-existent command, a preview feature registration or header. */
export interface CommandDeclaration extends DeclarationBase {
  kind: 'command'
  /** The command as written, e.g. `az aks snapshot create`. */
  command: string
  deprecation: { what: string; replacement: string }
}

export type Declaration = PoolDeclaration | UpgradeDeclaration | SnapshotDeclaration | CommandDeclaration

export type Severity = 'error' | 'warning' | 'note'
export type SeverityOrOff = Severity | 'off'

export const RULE_IDS = [
  'missing-snapshot-id',
  'invalid-snapshot-id',
  'unpinned-upgrade',
  'vm-family-mismatch',
  'snapshot-region',
  'version-conflict',
  'version-downgrade',
  'node-image-only-required',
  'os-mismatch',
  'unsupported-version',
  'unknown-snapshot',
  'deprecated-command',
  'invalid-suppression',
  'parse-error'
] as const
export type RuleId = (typeof RULE_IDS)[number]

export interface Suppression {
  kind: 'inSource' | 'baseline'
  justification: string
}

export interface Finding extends Span {
  ruleId: RuleId
  severity: Severity
  message: string
  /** The declaration's resource name, when the finding is about one. */
  resource?: string
  fingerprint?: string
  suppressed: Suppression | null
}

/** A parse error found by a reader: becomes one `parse-error` finding at the first error. */
export interface ParseProblem {
  message: string
  span: Span
}

/** Resource ids and names compare case-insensitively in Azure (`resourceGroups` = `resourcegroups`). */
export const sameId = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()

/** Regions compare case-insensitively and ignoring spaces: `East US` = `eastus`. */
export const normalizeRegion = (region: string): string => region.replace(/\s+/g, '').toLowerCase()

export const sameRegion = (a: string, b: string): boolean => normalizeRegion(a) === normalizeRegion(b)

/** A snapshot reference's id when it is a whole known, non-empty string (no unknown part). */
export function fullyKnownId(ref: SnapshotRef | undefined): string | undefined {
  const id = ref?.id
  if (!id?.known || id.partial || typeof id.value !== 'string') return undefined
  const value = id.value.trim()
  return value && !value.includes(UNKNOWN_PART) ? value : undefined
}

/** The ARM resource types a declaration comes from, lower case (ARM compares types case-insensitively). */
export const RESOURCE_TYPES = {
  cluster: 'microsoft.containerservice/managedclusters',
  agentPool: 'microsoft.containerservice/managedclusters/agentpools',
  snapshot: 'microsoft.containerservice/snapshots'
} as const
