import {
  known,
  NOT_STATED,
  unknown,
  UNKNOWN_PART,
  type CommandDeclaration,
  type Declaration,
  type PoolDeclaration,
  type SnapshotDeclaration,
  type SnapshotInfo,
  type SnapshotRef,
  type Span,
  type UpgradeDeclaration,
  type Value
} from '../../model.js'
import { findSnapshot, type Catalog } from '../../policy/catalog.js'
import { arg, parseAz, type AzArg, type AzCommand } from './az.js'
import { clusterId, parseId, poolId, snapshotId, type ResourceRef, type Segment } from './ids.js'
import type { Part, ScriptText, Stmt, Word } from './script.js'

/** A loop over more words than this runs once with its variable unknown. */
const MAX_LOOP_PASSES = 20
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The reason for a value the command does not state (rules/helpers NOT_STATED). */

/** A preview `az aks snapshot show/list/delete`: reported only if its output feeds a pool (SPEC §5). */
interface PreviewUse {
  declaration: CommandDeclaration
  fed: boolean
}

/** A word's value, with what it came from: the resource a `$(az ... show --query id)` names, the preview commands it ran. */
interface Eval {
  value: Value<string>
  ref?: ResourceRef
  uses: PreviewUse[]
  /** A bash array (`OPTS=(...)`), its elements evaluated when it was assigned, as bash does. */
  array?: Word[]
}

interface ClusterState {
  location?: string
  controlPlaneVersion?: string
  pools: Set<string>
}

/** What is known of a pool: the properties a snapshot of it would have. */
type PoolState = Partial<Pick<SnapshotInfo, 'kubernetesVersion' | 'nodeImageVersion' | 'vmSize' | 'osType' | 'osSku' | 'enableFips'>> & {
  clusterKey: string
}

interface SnapshotState {
  id: string
  properties?: Partial<SnapshotInfo>
}

/**
 * Runs the statements of one file's scripts in order, the way the shell
 * would as far as `az` is concerned: variables, `$(az ... show --query id)`,
 * and what earlier commands created (groups and their regions, clusters and
 * their versions, pools, snapshots), and turns `az` commands into
 * declarations.
 */
export class Interpreter {
  private readonly declarations: Declaration[] = []
  private readonly groups = new Map<string, string>()
  /** The subscription `az account set --subscription <id>` made the default for the commands after it. */
  private defaultSubscription: string | undefined
  private readonly clusters = new Map<string, ClusterState>()
  private readonly pools = new Map<string, PoolState>()
  private readonly snapshots = new Map<string, SnapshotState>()
  private readonly previewUses: PreviewUse[] = []
  private previewNodePoolSnapshots = false
  private env = new Map<string, Eval>()
  private script!: ScriptText
  private cache = new WeakMap<Word, Eval>()
  /** The loop passes being run (`$pool=web`), given to the declarations they make. */
  private instance: string | undefined
  private substitutions = new WeakMap<Part, Eval>()

  constructor(private readonly catalog?: Catalog) {}

  /** Runs one script. `keepEnv`: variables carry over from the previous script (the fences of one Markdown file). */
  run(script: ScriptText, stmts: Stmt[], keepEnv: boolean): void {
    this.script = script
    if (!keepEnv) this.env = new Map()
    for (const [name, value] of script.env ?? []) if (!this.env.has(name)) this.env.set(name, { value, uses: [] })
    for (const stmt of stmts) this.statement(stmt)
  }

  /** The declarations in file order, with the preview `az aks snapshot show/list/delete` that turned out to be node pool ones. */
  finish(): Declaration[] {
    for (const use of this.previewUses) if (use.fed || this.previewNodePoolSnapshots) this.declarations.push(use.declaration)
    return this.declarations.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column)
  }

  private statement(stmt: Stmt): Eval | undefined {
    if (stmt.kind === 'assign') {
      this.assign(stmt)
      return undefined
    }
    if (stmt.kind === 'loop') {
      this.loop(stmt)
      return undefined
    }
    const az = parseAz(this.splice(stmt.words))
    if (az) return this.az(az)
    if (stmt.words.length > 1 && /^(source|\.)$/.test(this.raw(stmt.words[0]))) {
      // `source ./env.sh`, `. ./vars.ps1`: the file may set any variable, so what the script set before is no longer known.
      const file = this.raw(stmt.words[1])
      for (const name of [...this.env.keys()]) this.env.set(name, { value: unknown(`$${name} may be set by ${file}`), uses: [] })
      this.cache = new WeakMap()
    }
    // Other commands still run their substitutions (`echo "$(az aks nodepool snapshot create ...)"`).
    for (const word of stmt.words) this.evaluate(word)
    return undefined
  }

  private assign(stmt: Extract<Stmt, { kind: 'assign' }>): void {
    const before = this.env.get(stmt.name)
    if (stmt.array) {
      const elements = stmt.array.map((w) => frozen(w, this.evaluate(w).value))
      const array = stmt.append && before?.array ? [...before.array, ...elements] : elements
      this.env.set(stmt.name, { value: unknown(`$${stmt.name} is an array`), uses: [], array })
      return
    }
    const e = stmt.value ? this.evaluate(stmt.value) : { value: known(''), uses: [] }
    if (stmt.append && before) {
      const joined =
        before.value.known && e.value.known ? known(before.value.value + e.value.value) : unknown(`$${stmt.name} is appended to`)
      this.env.set(stmt.name, { value: joined, uses: [...before.uses, ...e.uses] })
      return
    }
    this.env.set(stmt.name, e)
  }

  /**
   * `for pool in web api; do ... done`: over a short list of known words the
   * body runs once per word, its declarations marked as instances of the
   * loop (the engine reports a finding shared by all of them once); over
   * anything else it runs once with the variable unknown.
   */
  private loop(stmt: Extract<Stmt, { kind: 'loop' }>): void {
    const values = stmt.items ? this.loopValues(stmt.items) : undefined
    const outer = this.instance
    if (!values) {
      this.env.set(stmt.name, { value: unknown(`loop variable $${stmt.name}`), uses: [] })
      for (const s of stmt.body) this.statement(s)
      return
    }
    for (const value of values) {
      // Each pass sees its own value: earlier passes' evaluations are not reused.
      this.cache = new WeakMap()
      this.substitutions = new WeakMap()
      this.env.set(stmt.name, { value: known(value), uses: [] })
      this.instance = `${outer ? outer + ', ' : ''}$${stmt.name}=${value}`
      for (const s of stmt.body) this.statement(s)
    }
    this.instance = outer
    this.cache = new WeakMap()
    this.substitutions = new WeakMap()
  }

  /** The words a loop walks, when all are known and few (as bash splits them: unquoted values on blanks). */
  private loopValues(items: Word[]): string[] | undefined {
    const values: string[] = []
    for (const word of this.splice(items)) {
      const v = this.evaluate(word).value
      // A glob (`for f in *.sh`) names files the script does not show.
      if (!v.known || v.partial || (!quotedWord(this.raw(word)) && /[*?[]/.test(v.value))) return undefined
      const quoted = quotedWord(this.raw(word)) || word.at !== undefined
      values.push(...(quoted ? [v.value] : v.value.split(/\s+/).filter(Boolean)))
      if (values.length > MAX_LOOP_PASSES) return undefined
    }
    return values.length ? values : undefined
  }

  /**
   * `"${OPTS[@]}"` of an array assigned earlier: its elements, pointing at where they are used.
   * In a shell script an unquoted `$COMMON` of known value is split on blanks, as bash does
   * (`COMMON="-g rg --cluster-name c"` gives three flags and values; an empty one gives no word).
   */
  private splice(words: Word[]): Word[] {
    return words.flatMap((w) => {
      const part = w.parts.length === 1 ? w.parts[0] : undefined
      if (part?.kind !== 'var') return [w]
      const set = this.env.get(part.name)
      if (part.array) return set?.array ? set.array.map((element) => ({ ...element, at: { start: w.start, end: w.end } })) : [w]
      if (this.script.language !== 'shell' || quotedWord(this.raw(w)) || !set?.value.known || set.value.partial) return [w]
      const fields = set.value.value.split(/\s+/).filter(Boolean)
      if (fields.length === 1 && fields[0] === set.value.value) return [w]
      return fields.map((text) => ({
        parts: [{ kind: 'value' as const, value: known(text), start: w.start, end: w.end }],
        start: w.start,
        end: w.end,
        at: { start: w.start, end: w.end }
      }))
    })
  }

  // ---- values ----

  private span(start: number, end: number): Span {
    return this.script.span(start, end)
  }

  private raw(word: Word): string {
    return this.script.text.slice(word.start, word.end)
  }

  evaluate(word: Word, partial = false): Eval {
    const cached = this.cache.get(word)
    if (cached && !partial) return cached
    const evals = word.parts.map((p) => this.part(p))
    const uses = evals.flatMap((e) => e.uses)
    let result: Eval
    if (evals.length === 1) result = evals[0]
    else if (!evals.length) result = { value: known(''), uses }
    else if (evals.every((e) => e.value.known)) {
      const text = evals.map((e) => (e.value as { value: string }).value).join('')
      const isPartial = evals.some((e) => e.value.known && e.value.partial)
      result = { value: isPartial ? { known: true, value: text, partial: true } : known(text), uses }
    } else if (partial && evals.some((e) => e.value.known && e.value.value !== '')) {
      const text = evals.map((e) => (e.value.known ? e.value.value : UNKNOWN_PART)).join('')
      result = { value: { known: true, value: text, partial: true }, uses }
    } else {
      result = { value: evals.find((e) => !e.value.known)!.value, uses }
    }
    if (!partial) this.cache.set(word, result)
    return result
  }

  private part(part: Part): Eval {
    switch (part.kind) {
      case 'text':
        return { value: known(part.text), uses: [] }
      case 'value':
        return { value: stripSpan(part.value), uses: [] }
      case 'var': {
        const set = this.env.get(part.name)
        if (set) return set
        if (part.fallback) return this.evaluate(part.fallback)
        return { value: unknown(`${this.script.text.slice(part.start, part.end)} is set outside the script`), uses: [] }
      }
      case 'subst': {
        // A substitution runs once, however often its value is asked for.
        let result = this.substitutions.get(part)
        if (!result) this.substitutions.set(part, (result = this.substitute(part.body, this.script.text.slice(part.start, part.end))))
        return result
      }
    }
  }

  /** `$(...)`: its commands run (and declare what they create); its value is what the last one prints. */
  private substitute(body: Stmt[], text: string): Eval {
    const before = this.previewUses.length
    let last: Eval | undefined
    for (const stmt of body) last = this.statement(stmt)
    const uses = this.previewUses.slice(before)
    const reason = `the output of ${text.length > 60 ? text.slice(0, 57) + '...)' : text}`
    return last && last.value.known ? { ...last, uses } : { value: last?.value ?? unknown(reason), ref: last?.ref, uses }
  }

  /** A flag's value as a declaration field: the span covers the flag and its value. */
  private field(cmd: AzCommand, flags: string[], partial = false): Value<string> {
    const a = arg(cmd, ...flags)
    if (!a) return unknown(NOT_STATED)
    return this.argValue(a, partial).value
  }

  /** A name flag's value as a declaration field; an unknown one keeps the text as written, so messages can name it (`"$pool"`). */
  private nameField(cmd: AzCommand, flags: string[]): Value<string> {
    const value = this.field(cmd, flags)
    const a = arg(cmd, ...flags)
    if (value.known || !a?.value) return value
    const raw = this.raw(a.value).trim()
    if (!raw) return value
    return { ...value, text: raw.length > 60 ? raw.slice(0, 57) + '...' : raw }
  }

  private argValue(a: AzArg, partial = false): Eval {
    const span = this.span(a.start, a.end)
    if (!a.value) return { value: known('', span), uses: [] }
    const e = this.evaluate(a.value, partial)
    return { ...e, value: { ...e.value, span } }
  }

  private switchValue(cmd: AzCommand, flag: string): Value<boolean> {
    const a = arg(cmd, flag)
    if (!a) return unknown(NOT_STATED)
    if (!a.value) return known(true, this.span(a.start, a.end))
    const v = this.evaluate(a.value).value
    return v.known ? known(!/^(false|0|no)$/i.test(v.value), this.span(a.start, a.end)) : { ...v, span: this.span(a.start, a.end) }
  }

  /** A name usable as a key: the known value, else the text as written (`$RG` is the same resource group each time). */
  private key(cmd: AzCommand, ...flags: string[]): string {
    const a = arg(cmd, ...flags)
    if (!a?.value) return '?'
    const v = this.evaluate(a.value).value
    if (v.known && !v.partial) return v.value.toLowerCase()
    return (
      '?' +
      this.raw(a.value)
        .replace(/["']/g, '')
        .replace(/\$\{(\w+)\}/g, '$$$1')
    )
  }

  private segment(cmd: AzCommand, ...flags: string[]): Segment {
    const a = arg(cmd, ...flags)
    if (!a?.value) return undefined
    const v = this.evaluate(a.value).value
    return v.known && !v.partial && v.value ? v.value : undefined
  }

  private subscription(cmd: AzCommand): Segment {
    if (!arg(cmd, 'subscription')) return this.defaultSubscription
    const sub = this.segment(cmd, 'subscription')
    // `--subscription` may be a name; an id holds the GUID.
    return sub && GUID.test(sub) ? sub : undefined
  }

  private label(cmd: AzCommand, ...flags: string[]): string {
    const a = arg(cmd, ...flags)
    if (!a?.value) return '?'
    const v = this.evaluate(a.value).value
    return v.known && !v.partial && v.value ? v.value : this.raw(a.value) || '?'
  }

  // ---- commands ----

  private az(cmd: AzCommand): Eval | undefined {
    // `az aks nodepool add --help` prints the command's help (READMEs point at it): it creates nothing.
    if (arg(cmd, 'help')) return undefined
    this.header(cmd)
    switch (cmd.path) {
      case 'account set': {
        // `-s` is --subscription here (the reader's table maps it to --node-vm-size, as on the aks commands).
        const a = arg(cmd, 'subscription', 'node-vm-size')
        const v = a?.value ? this.evaluate(a.value).value : undefined
        // A name or an unknown value leaves the default subscription unknown from here on.
        this.defaultSubscription = v?.known && !v.partial && GUID.test(v.value.trim()) ? v.value.trim() : undefined
        return undefined
      }
      case 'group create': {
        const location = this.segment(cmd, 'location')
        if (location) this.groups.set(this.key(cmd, 'name', 'resource-group'), location)
        return undefined
      }
      case 'aks create':
        return this.createCluster(cmd)
      case 'aks cluster create':
        this.deprecated(cmd, 'az aks cluster create', 'not an az command (it never existed)', 'az aks create')
        // Same flags and intent as `az aks create`: its pool is checked as the fixed command would create it.
        return this.createCluster(cmd)
      case 'aks nodepool add':
        this.addPool(cmd)
        return this.output(cmd)
      case 'aks nodepool upgrade':
        this.upgradePool(cmd)
        return undefined
      case 'aks upgrade':
        this.upgradeCluster(cmd)
        return undefined
      case 'aks nodepool snapshot create':
        return this.takeSnapshot(cmd)
      case 'aks snapshot create':
        if (!arg(cmd, 'nodepool-id')) return undefined // a managed cluster snapshot (current aks-preview)
        this.previewNodePoolSnapshots = true
        this.deprecated(
          cmd,
          'az aks snapshot create --nodepool-id',
          'the preview-era node pool snapshot command',
          'az aks nodepool snapshot create'
        )
        return this.takeSnapshot(cmd)
      case 'aks snapshot show':
      case 'aks snapshot list':
      case 'aks snapshot delete': {
        const verb = cmd.path.split(' ')[2]
        const use: PreviewUse = {
          declaration: this.command(
            cmd,
            `az aks snapshot ${verb}`,
            'the preview-era node pool snapshot command',
            `az aks nodepool snapshot ${verb}`
          ),
          fed: false
        }
        this.previewUses.push(use)
        const out = this.output(cmd)
        return out && { ...out, uses: [use] }
      }
      case 'feature register':
      case 'feature registration create':
        this.featureRegistration(cmd)
        return undefined
      default:
        return this.output(cmd)
    }
  }

  private declare(decl: Declaration): void {
    this.declarations.push(this.instance ? { ...decl, instance: this.instance } : decl)
  }

  private command(cmd: AzCommand, command: string, what: string, replacement: string, span?: Span): CommandDeclaration {
    return {
      ...(this.instance ? { instance: this.instance } : {}),
      kind: 'command',
      source: 'cli',
      span: span ?? this.span(cmd.az.start, cmd.az.end),
      resource: command,
      command,
      deprecation: { what, replacement }
    }
  }

  private deprecated(cmd: AzCommand, command: string, what: string, replacement: string, span?: Span): void {
    this.declare(this.command(cmd, command, what, replacement, span))
  }

  private featureRegistration(cmd: AzCommand): void {
    const name = this.segment(cmd, 'name')
    const namespace = this.segment(cmd, 'namespace')
    if (!name || !/^(microsoft\.containerservice\/)?snapshotpreview$/i.test(name)) return
    if (namespace && namespace.toLowerCase() !== 'microsoft.containerservice') return
    this.deprecated(
      cmd,
      `az ${cmd.path} --name SnapshotPreview`,
      'a preview-era feature registration that node pool snapshots no longer need',
      'the GA az aks nodepool snapshot commands, which need no feature'
    )
  }

  /** `--aks-custom-headers AKSHTTPCustomFeatures=Microsoft.ContainerService/SnapshotPreview` on any command. */
  private header(cmd: AzCommand): void {
    for (const a of cmd.args) {
      if (a.flag !== 'aks-custom-headers' || !a.value) continue
      const v = this.evaluate(a.value).value
      if (!v.known || !/snapshotpreview/i.test(v.value)) continue
      this.deprecated(
        cmd,
        '--aks-custom-headers AKSHTTPCustomFeatures=Microsoft.ContainerService/SnapshotPreview',
        'the preview-era header of node pool snapshots, which they no longer need',
        `az ${cmd.path} without that header`,
        this.span(a.start, a.end)
      )
    }
  }

  /** What a command prints with `--query id` (or `--query location`). */
  private output(cmd: AzCommand): Eval | undefined {
    const query = this.segment(cmd, 'query')?.replace(/^\[?\s*|\s*\]?$/g, '')
    const sub = this.subscription(cmd)
    const rg = this.segment(cmd, 'resource-group')
    const partialId = (id: string, ref?: ResourceRef): Eval => ({
      value: id.includes(UNKNOWN_PART) ? { known: true, value: id, partial: true } : known(id),
      ref,
      uses: []
    })
    const q = query?.toLowerCase()
    const cmdText = `az ${cmd.path}`
    switch (cmd.path) {
      case 'aks nodepool show':
      case 'aks nodepool add': {
        if (q !== 'id') break
        const clusterKey = `${this.key(cmd, 'resource-group')}/${this.key(cmd, 'cluster-name')}`
        return partialId(poolId(sub, rg, this.segment(cmd, 'cluster-name'), this.segment(cmd, 'name', 'nodepool-name')), {
          type: 'pool',
          key: `${clusterKey}/${this.key(cmd, 'name', 'nodepool-name')}`,
          clusterKey
        })
      }
      case 'aks show':
      case 'aks create': {
        const key = `${this.key(cmd, 'resource-group')}/${this.key(cmd, 'name')}`
        if (q === 'id') return partialId(clusterId(sub, rg, this.segment(cmd, 'name')), { type: 'cluster', key })
        const state = this.clusters.get(key)
        if (q === 'location' && state?.location) return { value: known(state.location), uses: [] }
        if (q === 'kubernetesversion' && state?.controlPlaneVersion) return { value: known(state.controlPlaneVersion), uses: [] }
        break
      }
      case 'aks nodepool snapshot show':
      case 'aks nodepool snapshot create':
      case 'aks snapshot show':
      case 'aks snapshot create': {
        if (q !== 'id') break
        // `show --ids <snapshot id>` prints the id it was given.
        const ids = arg(cmd, 'ids')
        const given = ids?.value ? this.evaluate(ids.value, true).value : undefined
        const parsed = given?.known ? parseId(given.value.trim()) : undefined
        if (given?.known && parsed?.type === 'snapshot')
          return partialId(
            given.value.trim(),
            parsed.rg && parsed.name ? { type: 'snapshot', key: `${parsed.rg.toLowerCase()}/${parsed.name.toLowerCase()}` } : undefined
          )
        return partialId(snapshotId(sub, rg, this.segment(cmd, 'name')), {
          type: 'snapshot',
          key: `${this.key(cmd, 'resource-group')}/${this.key(cmd, 'name')}`
        })
      }
      case 'group show': {
        const region = this.groups.get(this.key(cmd, 'name', 'resource-group'))
        if (q === 'location' && region) return { value: known(region), uses: [] }
        break
      }
    }
    return { value: unknown(`the output of ${cmdText}`), uses: [] }
  }

  /** The `--snapshot-id` of a pool or upgrade, and what is known of that snapshot. */
  private snapshotRef(cmd: AzCommand): { ref?: SnapshotRef; properties?: Partial<SnapshotInfo>; declared?: Partial<SnapshotInfo> } {
    const a = arg(cmd, 'snapshot-id')
    if (!a && cmd.opaque) {
      // Arguments we cannot see may hold --snapshot-id: an unknown reference, which counts as present.
      const text = this.raw(cmd.opaque)
      return { ref: { id: unknown(`the arguments ${text} are not known`, this.span(cmd.opaque.start, cmd.opaque.end)) } }
    }
    if (!a) return {}
    const e = this.argValue(a, true)
    for (const use of e.uses) use.fed = true
    let declared: Partial<SnapshotInfo> | undefined
    if (e.ref?.type === 'snapshot') declared = this.snapshots.get(e.ref.key)?.properties
    else if (e.value.known && e.value.value) {
      const parsed = parseId(e.value.value)
      if (parsed?.type === 'snapshot' && parsed.rg && parsed.name)
        declared = this.snapshots.get(`${parsed.rg.toLowerCase()}/${parsed.name.toLowerCase()}`)?.properties
    }
    const value = e.value as Value<string | null>
    const ref: SnapshotRef = declared ? { id: value, resolved: declared } : { id: value }
    let properties = declared
    if (!properties && this.catalog && e.value.known && !e.value.partial && e.value.value)
      properties = findSnapshot(this.catalog, e.value.value)
    return { ref, properties, declared }
  }

  private createCluster(cmd: AzCommand): Eval | undefined {
    const rgKey = this.key(cmd, 'resource-group')
    const clusterKey = `${rgKey}/${this.key(cmd, 'name')}`
    const poolArg = arg(cmd, 'nodepool-name')
    const name: Value<string> = poolArg ? this.nameField(cmd, ['nodepool-name']) : known('nodepool1')
    const region = this.groups.get(rgKey)
    const location = arg(cmd, 'location') ? this.field(cmd, ['location']) : region ? known(region) : unknown(NOT_STATED)
    const kubernetesVersion = this.field(cmd, ['kubernetes-version'])
    const { ref, properties } = this.snapshotRef(cmd)
    // Without --kubernetes-version the control plane takes the snapshot's version.
    const controlPlaneVersion: Value<string> = arg(cmd, 'kubernetes-version')
      ? kubernetesVersion
      : ref && properties?.kubernetesVersion
        ? known(properties.kubernetesVersion)
        : unknown(ref ? "the snapshot's version is not known" : NOT_STATED)
    const decl: PoolDeclaration = {
      kind: 'pool',
      source: 'cli',
      span: this.span(cmd.az.start, cmd.az.end),
      resource: `az ${cmd.path} ${this.label(cmd, 'name')}`,
      name,
      cluster: this.nameField(cmd, ['name']),
      mode: known('System'),
      vmSize: this.field(cmd, ['node-vm-size']),
      location,
      kubernetesVersion,
      controlPlaneVersion,
      osType: this.field(cmd, ['os-type']),
      osSku: this.field(cmd, ['os-sku']),
      enableFips: this.switchValue(cmd, 'enable-fips-image'),
      ...(ref ? { snapshot: ref } : {}),
      system: true
    }
    this.declare(decl)
    const cluster: ClusterState = {
      location: knownText(location),
      controlPlaneVersion: knownText(controlPlaneVersion),
      pools: new Set()
    }
    this.clusters.set(clusterKey, cluster)
    this.remember(cluster, clusterKey, `${clusterKey}/${poolArg ? this.key(cmd, 'nodepool-name') : 'nodepool1'}`, decl, properties)
    return this.output(cmd)
  }

  private addPool(cmd: AzCommand): void {
    const clusterKey = `${this.key(cmd, 'resource-group')}/${this.key(cmd, 'cluster-name')}`
    const cluster = this.clusters.get(clusterKey)
    const mode = arg(cmd, 'mode') ? this.field(cmd, ['mode']) : known('User')
    const { ref, properties } = this.snapshotRef(cmd)
    const decl: PoolDeclaration = {
      kind: 'pool',
      source: 'cli',
      span: this.span(cmd.az.start, cmd.az.end),
      resource: `az aks nodepool add ${this.label(cmd, 'name', 'nodepool-name')}`,
      name: this.nameField(cmd, ['name', 'nodepool-name']),
      cluster: this.nameField(cmd, ['cluster-name']),
      mode,
      vmSize: this.field(cmd, ['node-vm-size']),
      location: cluster?.location ? known(cluster.location) : unknown("the cluster's region is not known"),
      kubernetesVersion: this.field(cmd, ['kubernetes-version']),
      controlPlaneVersion: cluster?.controlPlaneVersion
        ? known(cluster.controlPlaneVersion)
        : unknown("the cluster's control plane version is not known"),
      osType: this.field(cmd, ['os-type']),
      osSku: this.field(cmd, ['os-sku']),
      enableFips: this.switchValue(cmd, 'enable-fips-image'),
      ...(ref ? { snapshot: ref } : {}),
      system: mode.known && mode.value.toLowerCase() === 'system'
    }
    this.declare(decl)
    const state = cluster ?? { pools: new Set<string>() }
    if (!cluster) this.clusters.set(clusterKey, state)
    this.remember(state, clusterKey, `${clusterKey}/${this.key(cmd, 'name', 'nodepool-name')}`, decl, properties)
  }

  /** Records what a new pool is: what it states, else its snapshot's properties, else the CLI's defaults. */
  private remember(
    cluster: ClusterState,
    clusterKey: string,
    poolKey: string,
    decl: PoolDeclaration,
    snapshot?: Partial<SnapshotInfo>
  ): void {
    const fromSnapshot = decl.snapshot !== undefined
    const stated = <T>(v: Value<T>): T | undefined => (v.known && !v.partial ? v.value : undefined)
    const state: PoolState = {
      clusterKey,
      kubernetesVersion: stated(decl.kubernetesVersion) ?? snapshot?.kubernetesVersion,
      nodeImageVersion: snapshot?.nodeImageVersion,
      vmSize: stated(decl.vmSize) ?? snapshot?.vmSize,
      osType: stated(decl.osType) ?? (fromSnapshot ? snapshot?.osType : 'Linux'),
      osSku: stated(decl.osSku) ?? snapshot?.osSku,
      enableFips: stated(decl.enableFips) ?? (fromSnapshot ? snapshot?.enableFips : false)
    }
    this.pools.set(poolKey, state)
    cluster.pools.add(poolKey)
  }

  private poolKey(cmd: AzCommand): string {
    return `${this.key(cmd, 'resource-group')}/${this.key(cmd, 'cluster-name')}/${this.key(cmd, 'name', 'nodepool-name')}`
  }

  private upgradePool(cmd: AzCommand): void {
    const clusterKey = `${this.key(cmd, 'resource-group')}/${this.key(cmd, 'cluster-name')}`
    const poolKey = this.poolKey(cmd)
    const pool = this.pools.get(poolKey)
    const cluster = this.clusters.get(clusterKey)
    const { ref, properties } = this.snapshotRef(cmd)
    const nodeImageOnly = arg(cmd, 'node-image-only') !== undefined
    const kubernetesVersion = this.field(cmd, ['kubernetes-version'])
    const decl: UpgradeDeclaration = {
      kind: 'upgrade',
      source: 'cli',
      span: this.span(cmd.az.start, cmd.az.end),
      resource: `az aks nodepool upgrade ${this.label(cmd, 'name', 'nodepool-name')}`,
      scope: 'pool',
      name: this.nameField(cmd, ['name', 'nodepool-name']),
      cluster: this.nameField(cmd, ['cluster-name']),
      nodeImageOnly,
      controlPlaneOnly: false,
      kubernetesVersion,
      ...(ref ? { snapshot: ref } : {}),
      currentKubernetesVersion: pool?.kubernetesVersion
        ? known(pool.kubernetesVersion)
        : unknown("the pool's current version is not known"),
      currentNodeImageVersion: pool?.nodeImageVersion
        ? known(pool.nodeImageVersion)
        : unknown("the pool's current node image is not known"),
      location: cluster?.location ? known(cluster.location) : unknown("the cluster's region is not known"),
      controlPlaneVersion: cluster?.controlPlaneVersion
        ? known(cluster.controlPlaneVersion)
        : unknown("the cluster's control plane version is not known")
    }
    this.declare(decl)
    if (!pool) return
    // After the upgrade the pool runs the snapshot's versions, or the stated one with the latest image.
    if (ref) {
      pool.kubernetesVersion =
        knownText(kubernetesVersion) ?? properties?.kubernetesVersion ?? (nodeImageOnly ? pool.kubernetesVersion : undefined)
      pool.nodeImageVersion = properties?.nodeImageVersion
    } else {
      if (!nodeImageOnly) pool.kubernetesVersion = knownText(kubernetesVersion)
      pool.nodeImageVersion = undefined
    }
  }

  private upgradeCluster(cmd: AzCommand): void {
    const clusterKey = `${this.key(cmd, 'resource-group')}/${this.key(cmd, 'name')}`
    const cluster = this.clusters.get(clusterKey)
    const nodeImageOnly = arg(cmd, 'node-image-only') !== undefined
    const controlPlaneOnly = arg(cmd, 'control-plane-only') !== undefined
    const kubernetesVersion = this.field(cmd, ['kubernetes-version'])
    const decl: UpgradeDeclaration = {
      kind: 'upgrade',
      source: 'cli',
      span: this.span(cmd.az.start, cmd.az.end),
      resource: `az aks upgrade ${this.label(cmd, 'name')}`,
      scope: 'cluster',
      name: this.nameField(cmd, ['name']),
      cluster: this.nameField(cmd, ['name']),
      nodeImageOnly,
      controlPlaneOnly,
      kubernetesVersion,
      currentKubernetesVersion: cluster?.controlPlaneVersion
        ? known(cluster.controlPlaneVersion)
        : unknown("the cluster's current version is not known"),
      currentNodeImageVersion: unknown('a cluster upgrade covers several pools'),
      location: cluster?.location ? known(cluster.location) : unknown("the cluster's region is not known")
    }
    this.declare(decl)
    if (!cluster) return
    const version = knownText(kubernetesVersion)
    if (!nodeImageOnly) cluster.controlPlaneVersion = version
    if (controlPlaneOnly) return
    for (const key of cluster.pools) {
      const pool = this.pools.get(key)
      if (!pool) continue
      if (!nodeImageOnly) pool.kubernetesVersion = version
      pool.nodeImageVersion = undefined
    }
  }

  private takeSnapshot(cmd: AzCommand): Eval | undefined {
    const rgKey = this.key(cmd, 'resource-group')
    const sub = this.subscription(cmd)
    const source = arg(cmd, 'nodepool-id')
    const sourceEval = source ? this.argValue(source, true) : undefined
    let poolKey: string | undefined
    if (sourceEval?.ref?.type === 'pool') poolKey = sourceEval.ref.key
    else if (sourceEval?.value.known && sourceEval.value.value) {
      const parsed = parseId(sourceEval.value.value)
      if (parsed?.type === 'pool' && parsed.rg && parsed.cluster && parsed.name)
        poolKey = `${parsed.rg}/${parsed.cluster}/${parsed.name}`.toLowerCase()
    }
    const pool = poolKey ? this.pools.get(poolKey) : undefined
    const cluster = pool ? this.clusters.get(pool.clusterKey) : undefined
    const region = this.groups.get(rgKey)
    const location: Value<string> = arg(cmd, 'location')
      ? this.field(cmd, ['location'])
      : region
        ? known(region)
        : unknown("not stated, and the resource group's region is not known")
    const idText = snapshotId(sub, this.segment(cmd, 'resource-group'), this.segment(cmd, 'name'))
    const id: Value<string> = idText.includes(UNKNOWN_PART) ? { known: true, value: idText, partial: true } : known(idText)
    let properties: Partial<SnapshotInfo> | undefined
    if (pool) {
      properties = { id: idText }
      const name = this.segment(cmd, 'name')
      if (name) properties.name = name
      const loc = knownText(location)
      if (loc) properties.location = loc
      for (const k of ['kubernetesVersion', 'nodeImageVersion', 'vmSize', 'osType', 'osSku', 'enableFips'] as const)
        if (pool[k] !== undefined) (properties as Record<string, unknown>)[k] = pool[k]
      if (sourceEval?.value.known && !sourceEval.value.partial) properties.sourceResourceId = sourceEval.value.value
    }
    const decl: SnapshotDeclaration = {
      kind: 'snapshot',
      source: 'cli',
      span: this.span(cmd.az.start, cmd.az.end),
      resource: `az ${cmd.path} ${this.label(cmd, 'name')}`,
      name: this.nameField(cmd, ['name']),
      id,
      location,
      ...(!arg(cmd, 'location') && region ? { locationFromResourceGroup: true } : {}),
      sourceResourceId: source ? sourceEval!.value : unknown(NOT_STATED),
      sourceLocation: cluster?.location ? known(cluster.location) : unknown("the source pool's region is not known"),
      ...(properties ? { properties } : {})
    }
    this.declare(decl)
    this.snapshots.set(`${rgKey}/${this.key(cmd, 'name')}`, { id: idText, properties })
    return this.output(cmd)
  }
}

/** A word replaced by its value at one moment (array elements are expanded when the array is assigned). */
function frozen(word: Word, value: Value<string>): Word {
  return { parts: [{ kind: 'value', value, start: word.start, end: word.end }], start: word.start, end: word.end }
}

function quotedWord(raw: string): boolean {
  return /^["']/.test(raw)
}

function knownText(v: Value<string>): string | undefined {
  return v.known && !v.partial && v.value ? v.value : undefined
}

function stripSpan<T>(v: Value<T>): Value<T> {
  if (!v.span) return v
  const { span: _span, ...rest } = v
  void _span
  return rest as Value<T>
}
