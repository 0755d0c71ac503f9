import { isMap, isPair, isScalar, isSeq, parseAllDocuments, visit, type Document, type Pair, type Scalar, type YAMLMap } from 'yaml'
import { known, unknown, type ParseProblem, type Value } from '../../model.js'
import type { Language, ScriptText } from './script.js'
import { OffsetMap, type LineIndex } from './text-map.js'

/**
 * Scripts held in GitHub workflow and Azure Pipelines YAML: `run:`,
 * `script:`, `bash:`, `pwsh:`/`powershell:` steps, the `inlineScript:` of
 * Azure CLI tasks and actions and the `Inline:` of AzurePowerShell tasks, each mapped back line by line (block scalars
 * keep their indentation as an offset) to the YAML file.
 */
const SCRIPT_KEYS = new Set(['run', 'script', 'inlinescript', 'bash', 'pwsh', 'powershell', 'before_script', 'after_script', 'inline'])

export function yamlScripts(path: string, text: string, index: LineIndex): { scripts: ScriptText[]; problems: ParseProblem[] } {
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false })
  const list = Array.isArray(docs) ? docs : [docs]
  const problems: ParseProblem[] = []
  const first = list.flatMap((d) => d.errors)[0]
  if (first) {
    // A YAML file that cannot hold scripts (a Helm template, a manifest) is not ours to judge.
    if (!mayHoldScripts(path, text)) return { scripts: [], problems: [] }
    const at = Math.min(first.pos[0], text.length)
    const message = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    const span = index.span(at, Math.min(first.pos[1], text.length))
    if (span.endLine !== span.line) Object.assign(span, { endLine: span.line, endColumn: span.column + 1 })
    problems.push({ message: `YAML syntax error: ${message}`, span })
    return { scripts: [], problems }
  }
  const scripts: ScriptText[] = []
  const runtime = runtimeVariables(text)
  for (const doc of list) collect(doc, path, text, index, scripts, runtime)
  return { scripts, problems }
}

/**
 * Variables a step of the file sets while the pipeline runs (`##vso[task.setvariable variable=NAME]` in Azure
 * Pipelines, `NAME=value >> $GITHUB_ENV` in GitHub): what `variables:`/`env:` declares for them is a placeholder,
 * not their value. Lowercase names.
 */
function runtimeVariables(text: string): Set<string> {
  const names = new Set<string>()
  for (const m of text.matchAll(/##vso\[task\.setvariable\s+variable\s*=\s*([\w.-]+)/gi)) names.add(m[1].toLowerCase())
  for (const m of text.matchAll(/\b([A-Za-z_]\w*)=[^\n]*>>\s*["']?\$\{?(env:)?GITHUB_ENV\b/g)) names.add(m[1].toLowerCase())
  return names
}

function mayHoldScripts(path: string, text: string): boolean {
  return (
    /(^|\/)\.github\/workflows\//.test(path) ||
    /pipelines?/i.test(path) ||
    /^\s*-?\s*(run|script|inlineScript|bash|pwsh|powershell)\s*:/m.test(text)
  )
}

type Ancestors = readonly unknown[]

function collect(doc: Document, path: string, text: string, index: LineIndex, out: ScriptText[], runtime: Set<string>): void {
  const root = doc.contents
  const github = /(^|\/)\.github\/workflows\//.test(path) || (isMap(root) && root.has('jobs') && (root.has('on') || root.has(true)))
  const pipelines =
    !github &&
    (/pipelines?/i.test(path) || (isMap(root) && ['trigger', 'pr', 'pool', 'stages', 'extends', 'steps', 'jobs'].some((k) => root.has(k))))
  visit(doc, {
    Pair(_, pair, ancestors) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined
      if (!key || !SCRIPT_KEYS.has(key.toLowerCase())) return
      const parent = ancestors[ancestors.length - 1]
      if (!isMap(parent)) return
      const language = languageOf(key.toLowerCase(), parent, ancestors, pipelines)
      if (!language || disabled(ancestors)) return
      const env = environment(ancestors, pipelines, language, runtime)
      if (isScalar(pair.value) && typeof pair.value.value === 'string') {
        const script = scalarScript(pair.value, text, index, language)
        if (script) out.push({ ...script, ...env, pipelines, reportProblems: true })
      } else if (isSeq(pair.value)) {
        // GitLab-style `script:` lists: one shell session, one line each.
        const map = new OffsetMap()
        let body = ''
        for (const item of pair.value.items) {
          if (!isScalar(item) || typeof item.value !== 'string') continue
          // An item may be a block scalar (`- |`) of several lines: mapped line by line like a `run: |`.
          const script = scalarScript(item, text, index, language)
          if (!script) continue
          const block = item.type === 'BLOCK_LITERAL' || item.type === 'BLOCK_FOLDED'
          map.append(script.map, body.length)
          body += block ? script.text : script.text.replace(/\n/g, ' ') + '\n'
        }
        if (body)
          out.push({
            text: body,
            language,
            span: (s, e) => map.span(index, s, e),
            ...env,
            pipelines,
            session: parent,
            reportProblems: true
          })
      }
    }
  })
}

/** Which shell runs a script key, or undefined when it is not a shell script (actions/github-script's JavaScript). */
function languageOf(key: string, parent: YAMLMap, ancestors: Ancestors, pipelines: boolean): Language | undefined {
  if (key === 'pwsh' || key === 'powershell') return 'powershell'
  if (key === 'bash') return 'shell'
  const holder = pairKey(ancestors[ancestors.length - 2])
  if (key === 'inline') {
    // AzurePowerShell@N's inline script (`ScriptType: InlineScript`, `Inline: |`); no other task's `inline` is a script.
    const task = ancestors[ancestors.length - 3]
    const name = isMap(task) ? (stringAt(task, 'task') ?? '') : ''
    return holder === 'inputs' && /^AzurePowerShell@/i.test(name) ? 'powershell' : undefined
  }
  if (key === 'run') {
    const shell = stringAt(parent, 'shell') ?? defaultShell(ancestors)
    if (shell)
      return /^(pwsh|powershell)\b/i.test(shell)
        ? 'powershell'
        : /^(bash|sh)\b/.test(shell)
          ? 'shell'
          : /^cmd\b/i.test(shell)
            ? 'cmd'
            : undefined
    return ancestors.some((a) => isMap(a) && /windows/i.test(stringAt(a, 'runs-on') ?? '')) ? 'powershell' : 'shell'
  }
  if (holder === 'with') {
    // Action inputs: azure/cli's and azure/powershell's `inlineScript`; `script` is github-script's JavaScript.
    if (key !== 'inlinescript') return undefined
    const step = ancestors[ancestors.length - 3]
    const uses = isMap(step) ? (stringAt(step, 'uses') ?? '') : ''
    return /powershell/i.test(uses) ? 'powershell' : 'shell'
  }
  if (holder === 'inputs') {
    const task = ancestors[ancestors.length - 3]
    const name = isMap(task) ? (stringAt(task, 'task') ?? '') : ''
    const type = (stringAt(parent, 'scriptType') ?? stringAt(parent, 'scripttype') ?? '').toLowerCase()
    if (type === 'batch' || /^CmdLine@/i.test(name)) return 'cmd'
    if (type === 'ps' || type === 'pscore' || /^(PowerShell|AzurePowerShell)@/i.test(name)) return 'powershell'
    return 'shell'
  }
  // An Azure Pipelines `script:` step runs in cmd.exe on a Windows agent.
  if (key === 'script' && pipelines && windowsPool(ancestors)) return 'cmd'
  return 'shell'
}

/** The nearest `pool:` around a step names a Microsoft-hosted Windows image (`windows-latest`, `windows-2022`, `vs2017-win2016`). */
function windowsPool(ancestors: Ancestors): boolean {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i]
    if (!isMap(a) || !a.has('pool')) continue
    const pool = a.get('pool')
    const image = isMap(pool) ? stringAt(pool, 'vmImage') : undefined
    return image !== undefined && /^(windows|vs\d{4}|win)/i.test(image)
  }
  return false
}

/**
 * A step or job that never runs, as a resource whose condition is known false is not linted:
 * Azure Pipelines `enabled: false` or `condition: false`, GitHub `if: false` (or `if: ${{ false }}`).
 */
function disabled(ancestors: Ancestors): boolean {
  return ancestors.some((a) => {
    if (!isMap(a)) return false
    const off = (v: unknown) => v === false || (typeof v === 'string' && /^\s*(\$\{\{\s*)?false(\s*\}\})?\s*$/i.test(v))
    return a.get('enabled') === false || off(a.get('condition')) || off(a.get('if'))
  })
}

function defaultShell(ancestors: Ancestors): string | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i]
    if (!isMap(a)) continue
    const defaults = a.get('defaults')
    const run = isMap(defaults) ? defaults.get('run') : undefined
    const shell = isMap(run) ? run.get('shell') : undefined
    if (typeof shell === 'string') return shell
  }
  return undefined
}

function pairKey(node: unknown): string | undefined {
  return isPair(node) && isScalar((node as Pair).key) ? String(((node as Pair).key as Scalar).value).toLowerCase() : undefined
}

function stringAt(map: YAMLMap, key: string): string | undefined {
  const v = map.get(key)
  return typeof v === 'string' ? v : undefined
}

/** Variables set around the script: workflow/job/step `env:`, pipeline `variables:` (also reachable as `$(name)`). */
function environment(
  ancestors: Ancestors,
  pipelines: boolean,
  language: Language,
  runtime: Set<string>
): Pick<ScriptText, 'env' | 'macros'> {
  const env = new Map<string, Value<string>>()
  const macros = new Map<string, Value<string>>()
  const setVar = (name: string, raw: unknown): void => {
    const value = runtime.has(name.toLowerCase()) ? unknown(`${name} is set by a step while the pipeline runs`) : variableValue(raw)
    if (pipelines) macros.set(name.toLowerCase(), value)
    const envName = pipelines ? name.replace(/\./g, '_').toUpperCase() : name
    env.set(language === 'powershell' ? `env:${envName.toLowerCase()}` : language === 'cmd' ? envName.toUpperCase() : envName, value)
  }
  for (const a of ancestors) {
    if (!isMap(a)) continue
    const e = a.get('env')
    if (isMap(e))
      for (const item of e.items)
        if (isScalar(item.key)) setVar(String(item.key.value), isScalar(item.value) ? item.value.value : undefined)
    const v = a.get('variables')
    if (isMap(v))
      for (const item of v.items)
        if (isScalar(item.key)) setVar(String(item.key.value), isScalar(item.value) ? item.value.value : undefined)
    if (isSeq(v))
      for (const item of v.items) {
        if (!isMap(item)) continue
        const name = item.get('name')
        if (typeof name === 'string') setVar(name, item.get('value'))
      }
  }
  return { env, macros }
}

function variableValue(raw: unknown): Value<string> {
  if (raw === null || raw === undefined) return known('')
  const text = String(raw)
  if (/\$\{\{|\$\(|\$\[/.test(text)) return unknown(`set by a workflow expression (${text})`)
  return known(text)
}

/** The script of a scalar and the map from its offsets to the YAML file. */
function scalarScript(
  node: Scalar,
  text: string,
  index: LineIndex,
  language: Language
): (Omit<ScriptText, 'reportProblems'> & { map: OffsetMap }) | undefined {
  if (!node.range) return undefined
  const [start, end] = node.range
  const map = new OffsetMap()
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    const headerEnd = text.indexOf('\n', start)
    if (headerEnd < 0 || headerEnd >= end) {
      map.add(0, start)
      return { text: '', language, span: (s, e) => index.span(start + s, start + e), map }
    }
    const lines: { at: number; text: string }[] = []
    let at = headerEnd + 1
    while (at < end) {
      let nl = text.indexOf('\n', at)
      if (nl < 0 || nl > end) nl = end
      lines.push({ at, text: text.slice(at, nl) })
      at = nl + 1
    }
    const indent = Math.min(...lines.filter((l) => l.text.trim()).map((l) => /^ */.exec(l.text)![0].length), Infinity)
    const cut = Number.isFinite(indent) ? indent : 0
    let body = ''
    lines.forEach((line, i) => {
      const strip = Math.min(cut, /^ */.exec(line.text)![0].length)
      map.add(body.length, line.at + strip)
      body += line.text.slice(strip)
      if (i < lines.length - 1) {
        // A folded scalar joins a line to the next one with a space, unless either is blank or more indented.
        const next = lines[i + 1].text
        const fold =
          node.type === 'BLOCK_FOLDED' &&
          line.text.trim() &&
          next.trim() &&
          !/^\s/.test(line.text.slice(cut)) &&
          !/^\s/.test(next.slice(cut))
        body += fold ? ' ' : '\n'
      }
    })
    return { text: body + '\n', language, span: (s, e) => map.span(index, s, e), map }
  }
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE'
  const value = String(node.value)
  const inner = text.slice(start + (quoted ? 1 : 0), quoted ? end - 1 : end)
  // A flow scalar over several lines is folded: each line break and the indentation after it become one
  // space. Rebuilt line by line (when no escape changes lengths), every piece keeps its own position.
  if (inner.includes('\n') && !/\\|''/.test(inner)) {
    let body = ''
    let at = start + (quoted ? 1 : 0)
    for (const line of inner.split('\n')) {
      const lead = body ? /^[ \t]*/.exec(line)![0].length : 0
      const content = line.slice(lead).replace(/[ \t\r]+$/, '')
      if (body && content) body += ' '
      if (content) {
        map.add(body.length, at + lead)
        body += content
      }
      at += line.length + 1
    }
    if (body.replace(/\s+/g, ' ') === value.replace(/\s+/g, ' '))
      return { text: body, language, span: (s, e) => map.span(index, s, e), map }
  }
  const fallback = new OffsetMap()
  fallback.add(0, start + (quoted ? 1 : 0))
  return { text: value, language, span: (s, e) => fallback.span(index, s, e), map: fallback }
}
