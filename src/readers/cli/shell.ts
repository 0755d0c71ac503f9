import { unknown } from '../../model.js'
import { textParts } from './masks.js'
import { unknownAfterBranch, type Mask, type ParsedScript, type Part, type ScriptProblem, type Stmt, type Word } from './script.js'
import { copyTree, type SyntaxNode as Node } from './syntax-tree.js'
import { bashParser } from './wasm.js'

/**
 * Shell scripts through tree-sitter-bash: it keeps exact offsets, knows
 * quoting, `$(...)`, heredocs and continuations, and recovers from errors
 * instead of stopping, so one odd line of a runbook does not hide the rest.
 */
export async function parseShell(text: string, masks: Mask[]): Promise<ParsedScript> {
  const parser = await bashParser()
  // A CR before LF would be part of the last word of each line; a space keeps offsets
  // (and a continuation `\` CR LF becomes space `\` LF, still a continuation).
  const source = text
    .replace(/\\\r\n/g, ' \\\n')
    .replace(/\r(?=\n)/g, ' ')
    // `` `# note` `` comments a line of a continued command (a substitution holding only a comment, which prints
    // nothing); tree-sitter-bash reads the `#` as the start of a comment and never closes the backtick.
    .replace(/`#[^`\n]*`/g, (m) => ' '.repeat(m.length))
  const tree = parser.parse(source)
  if (!tree) return { stmts: [], problems: [{ message: 'the shell parser gave up on this script', start: 0, end: 0 }] }
  let root: Node
  try {
    root = copyTree(tree, source)
  } finally {
    tree.delete()
  }
  const builder = new Builder(source, masks)
  const stmts: Stmt[] = []
  builder.statements(root, stmts)
  unwrap(stmts, new Set([...WRAPPERS, ...builder.runners]))
  const problems: ScriptProblem[] = []
  if (root.hasError) {
    const problem = firstProblem(root, source)
    if (problem) problems.push(problem)
  }
  return { stmts, problems }
}

const REDIRECTS = new Set(['file_redirect', 'heredoc_redirect', 'herestring_redirect', 'variable_assignment', 'comment'])

/** Deeper `$( $( ... ) )` nesting than any real script has; beyond it values are unknown (and the stack stays safe). */
const MAX_DEPTH = 64

/** Commands that run the command given as their arguments: `time az ...`, `sudo az ...`, `timeout 600 az ...`, `... | xargs -I{} az ...`. */
const WRAPPERS = ['time', 'sudo', 'command', 'exec', 'nohup', 'timeout', 'env', 'nice', 'stdbuf', 'xargs']

/**
 * `retry az aks nodepool add ...`: a wrapper (or a function of the script
 * that runs its arguments, `"$@"`) runs the az command among its words. The
 * words before `az` are dropped so the command reads as the az it runs;
 * `echo az ...` and other commands that only print are left alone.
 */
function unwrap(stmts: Stmt[], wrappers: Set<string>): void {
  for (const [i, stmt] of stmts.entries()) {
    if (stmt.kind === 'loop') {
      unwrap(stmt.body, wrappers)
      continue
    }
    if (stmt.kind !== 'command') continue
    for (const w of stmt.words) for (const p of w.parts) if (p.kind === 'subst') unwrap(p.body, wrappers)
    const head = stmt.words[0]
    const name = head && head.parts.length === 1 && head.parts[0].kind === 'text' ? head.parts[0].text : undefined
    if (!name || !wrappers.has(name)) continue
    const at = stmt.words.findIndex((w, k) => k > 0 && w.parts.length === 1 && w.parts[0].kind === 'text' && w.parts[0].text === 'az')
    if (at <= 0) continue
    let words = stmt.words.slice(at)
    if (name === 'xargs') {
      const replace = xargsReplace(stmt.words.slice(1, at))
      const end = stmt.words[stmt.words.length - 1].end
      // Without a replace string, xargs appends the lines of its input as last arguments.
      words = replace
        ? words.map((w) => fromInput(w, replace))
        : [...words, { parts: [{ kind: 'value', value: unknown('the input of xargs'), start: end, end }], start: end, end }]
    }
    stmts[i] = { ...stmt, words, start: stmt.words[at].start }
  }
}

/** The replace string of `xargs -I {}` (`-I{}`, `-i`, `--replace[=R]`), which stands for each line of its input. */
function xargsReplace(options: Word[]): string | undefined {
  const texts = options.map((w) =>
    w.parts.every((p) => p.kind === 'text') ? w.parts.map((p) => (p.kind === 'text' ? p.text : '')).join('') : undefined
  )
  for (const [k, t] of texts.entries()) {
    if (t === undefined) continue
    if (t === '-I') return texts[k + 1]
    if (/^-I./.test(t)) return t.slice(2)
    if (t === '-i' || t === '--replace') return '{}'
    if (/^-i./.test(t)) return t.slice(2)
    if (t.startsWith('--replace=')) return t.slice('--replace='.length) || '{}'
  }
  return undefined
}

/** A word of an xargs command holding the replace string is a line of xargs' input: unknown. */
function fromInput(word: Word, replace: string): Word {
  const text = word.parts.map((p) => (p.kind === 'text' ? p.text : '\0')).join('')
  if (!text.includes(replace)) return word
  return {
    ...word,
    parts: [{ kind: 'value', value: unknown(`${replace} is a line of xargs' input`), start: word.start, end: word.end }]
  }
}

/** Constructs whose parts may not run (tree-sitter-bash node types). */
const CONDITIONAL = new Set(['if_statement', 'case_statement', 'while_statement', 'list'])

/** The scalar variables a list of statements assigns, loop bodies included. */
function assignedIn(stmts: Stmt[], names = new Set<string>()): Set<string> {
  for (const st of stmts) {
    // Option arrays keep the last branch's elements (`OPTS=(--uptime-sla)` / `OPTS=()`): which flags they hold is what matters.
    if (st.kind === 'assign' && st.name && !st.array) names.add(st.name)
    if (st.kind === 'loop') assignedIn(st.body, names)
  }
  return names
}

class Builder {
  private depth = 0
  /** Functions of the script that run their arguments as a command (`retry() { until "$@"; do ...; done; }`). */
  readonly runners = new Set<string>()
  constructor(
    private readonly source: string,
    private readonly masks: Mask[]
  ) {}

  statements(node: Node, out: Stmt[]): void {
    for (const child of node.namedChildren) if (child) this.statement(child, out)
  }

  /**
   * `if`/`case`/`while` bodies and the later operands of `&&`/`||` may not run: inside them a
   * variable has the value the branch gives it, after them it is unknown (the first operand of
   * a list always runs: `ID=$(az ...) || exit 1` keeps its value).
   */
  private conditional(node: Node, out: Stmt[]): void {
    const kids = node.namedChildren.filter((c): c is Node => !!c)
    const always = node.type === 'list' ? kids.slice(0, 1) : []
    for (const k of always) this.statement(k, out)
    const inner: Stmt[] = []
    for (const k of kids.slice(always.length)) this.statement(k, inner)
    out.push(...inner)
    const at = node.endIndex
    for (const name of assignedIn(inner)) out.push(unknownAfterBranch(name, at))
  }

  private statement(child: Node, out: Stmt[]): void {
    switch (child.type) {
      case 'command':
        if (this.hasGlue(child)) this.glued(child, out, false)
        else out.push(this.command(child))
        break
      case 'variable_assignment':
        out.push(this.assignment(child))
        break
      case 'declaration_command':
        // `export NAME=value`, `local NAME=value`, `readonly ...`
        if (this.hasGlue(child)) this.glued(child, out, true)
        else for (const c of child.namedChildren) if (c?.type === 'variable_assignment') out.push(this.assignment(c))
        break
      case 'for_statement': {
        const variable = child.childForFieldName('variable')
        const body = child.childForFieldName('body')
        const stmts: Stmt[] = []
        if (body) this.statements(body, stmts)
        if (!variable) {
          out.push(...stmts)
          break
        }
        const values = child.children.filter((c) => c.field === 'value')
        // `for x in ...` lists words; `for x; do` (no `in`) walks the script's arguments.
        const hasIn = child.children.some((c) => c.type === 'in')
        out.push({
          kind: 'loop',
          name: variable.text,
          ...(hasIn ? { items: values.map((v) => this.word(v)) } : {}),
          body: stmts,
          start: variable.startIndex,
          end: variable.endIndex
        })
        break
      }
      case 'function_definition': {
        const name = child.childForFieldName('name')
        if (name && runsArguments(child)) this.runners.add(name.text)
        this.statements(child, out)
        break
      }
      case 'comment':
      case 'heredoc_body':
      case 'file_redirect':
      case 'heredoc_redirect':
      case 'herestring_redirect':
      case 'test_command':
        break
      default:
        if (this.depth < MAX_DEPTH * 4) {
          this.depth++
          if (CONDITIONAL.has(child.type)) this.conditional(child, out)
          else this.statements(child, out)
          this.depth--
        }
    }
  }

  private command(node: Node): Stmt {
    const words: Word[] = []
    for (const child of node.namedChildren) {
      if (!child || REDIRECTS.has(child.type)) continue
      const target = child.type === 'command_name' ? (child.firstNamedChild ?? child) : child
      words.push(this.word(target))
    }
    return { kind: 'command', words, start: node.startIndex, end: node.endIndex }
  }

  /**
   * tree-sitter-bash ends an unquoted word at a second `$NAME` that follows
   * text: `/subscriptions/$SUB/resourceGroups/$RG/providers/...` comes out as
   * `/subscriptions/$SUB/resourceGroups/$` and a next word `RG/providers/...`
   * (and in `A=...` the rest becomes a command name). Pieces that touch, the
   * first ending in that `$`, are one word again here.
   */
  private touches(a: Node, b: Node): boolean {
    const end = a.endIndex
    return (
      end === b.startIndex &&
      this.source[end - 1] === '$' &&
      this.source[end - 2] !== '\\' &&
      /[A-Za-z_]/.test(this.source[end] ?? '') &&
      a.type !== 'string' &&
      a.type !== 'raw_string'
    )
  }

  private hasGlue(node: Node): boolean {
    const kids = node.namedChildren.filter((c): c is Node => !!c)
    return kids.some((c, i) => i + 1 < kids.length && this.touches(c, kids[i + 1]))
  }

  /** A command or declaration with glued pieces: its words rebuilt, leading `NAME=value` words as assignments. */
  private glued(node: Node, out: Stmt[], declaration: boolean): void {
    const kids = node.namedChildren.filter((c): c is Node => !!c && (c.type === 'variable_assignment' || !REDIRECTS.has(c.type)))
    const groups: Node[][] = []
    for (const kid of kids) {
      const last = groups[groups.length - 1]
      if (last && this.touches(last[last.length - 1], kid)) last.push(kid)
      else groups.push([kid])
    }
    const assigns: Stmt[] = []
    const words: Word[] = []
    for (const group of groups) {
      const head = group[0]
      let name: string | undefined
      let append = false
      let parts: Part[]
      if (head.type === 'variable_assignment' && !words.length) {
        const n = head.childForFieldName('name')
        const value = head.childForFieldName('value')
        name = n?.text ?? ''
        append = n ? this.source.startsWith('+=', n.endIndex) : false
        parts = value ? this.parts(value) : []
      } else {
        parts = this.parts(head.type === 'command_name' ? (head.firstNamedChild ?? head) : head)
        // `B=/x/$S/y/$R` after a glued assignment is parsed as an argument: still an assignment.
        const first = parts[0]
        const m = !words.length && first?.kind === 'text' ? /^([A-Za-z_]\w*)(\+?)=/.exec(first.text) : null
        if (m && first?.kind === 'text') {
          name = m[1]
          append = m[2] === '+'
          const rest = first.text.slice(m[0].length)
          parts = [...(rest ? [{ ...first, text: rest, start: first.start + m[0].length }] : []), ...parts.slice(1)]
        }
      }
      for (const next of group.slice(1))
        parts = joinGlued(parts, this.parts(next.type === 'command_name' ? (next.firstNamedChild ?? next) : next))
      const start = head.startIndex
      const end = group[group.length - 1].endIndex
      if (name !== undefined) {
        const valueStart =
          head.type === 'variable_assignment'
            ? (head.childForFieldName('value')?.startIndex ?? end)
            : start + name.length + (append ? 2 : 1)
        assigns.push({ kind: 'assign', name, value: { parts, start: valueStart, end }, append, start, end })
      } else if (!declaration) words.push({ parts, start, end })
    }
    // Assignments before a command only set its environment; on their own (or after export/local) they set variables.
    if (words.length) out.push({ kind: 'command', words, start: node.startIndex, end: node.endIndex })
    else out.push(...assigns)
  }

  private assignment(node: Node): Stmt {
    const name = node.childForFieldName('name')
    const value = node.childForFieldName('value')
    const append = name ? this.source.startsWith('+=', name.endIndex) : false
    if (value?.type === 'array') {
      // `OPTS=(--name "$C" -g rg)`: option arrays spliced into commands later with "${OPTS[@]}".
      const array = value.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment').map((c) => this.word(c))
      return { kind: 'assign', name: name?.text ?? '', array, append, start: node.startIndex, end: node.endIndex }
    }
    return {
      kind: 'assign',
      name: name?.text ?? '',
      value: value ? this.word(value) : { parts: [], start: node.endIndex, end: node.endIndex },
      append,
      start: node.startIndex,
      end: node.endIndex
    }
  }

  word(node: Node): Word {
    return { parts: this.parts(node), start: node.startIndex, end: node.endIndex }
  }

  private parts(node: Node): Part[] {
    const s = node.startIndex
    const e = node.endIndex
    switch (node.type) {
      case 'word':
      case 'number':
        return textParts(this.source, s, e, this.masks, unescapeWord)
      case 'raw_string':
        return textParts(this.source, s + 1, Math.max(s + 1, e - 1), this.masks)
      case 'ansi_c_string':
        return textParts(this.source, s + 2, Math.max(s + 2, e - 1), this.masks, unescapeAnsiC)
      case 'string':
      case 'translated_string':
        return this.quoted(node)
      case 'concatenation':
        return this.gaps(node, s, e, unescapeWord)
      case 'simple_expansion': {
        const name = node.namedChildren[0]
        if (name?.type === 'variable_name') return [{ kind: 'var', name: name.text, start: s, end: e }]
        return [{ kind: 'value', value: unknown(`special parameter ${node.text}`), start: s, end: e }]
      }
      case 'expansion':
        return [this.expansion(node)]
      case 'command_substitution': {
        if (this.depth >= MAX_DEPTH) return [{ kind: 'value', value: unknown('command substitutions nested too deeply'), start: s, end: e }]
        const body: Stmt[] = []
        this.depth++
        this.statements(node, body)
        this.depth--
        return [{ kind: 'subst', body, start: s, end: e }]
      }
      case 'arithmetic_expansion':
        return [{ kind: 'value', value: unknown('arithmetic expansion'), start: s, end: e }]
      case 'process_substitution':
        return [{ kind: 'value', value: unknown('process substitution'), start: s, end: e }]
      case 'brace_expression':
        return [{ kind: 'value', value: unknown('brace expansion'), start: s, end: e }]
      default:
        return textParts(this.source, s, e, this.masks, unescapeWord)
    }
  }

  /** A double-quoted string: expansions inside, and the text between them. */
  private quoted(node: Node): Part[] {
    const open = node.type === 'translated_string' ? 2 : 1
    const close = this.source[node.endIndex - 1] === '"' && node.endIndex - node.startIndex > open ? 1 : 0
    return this.gaps(node, node.startIndex + open, node.endIndex - close, unescapeDoubleQuoted, true)
  }

  /** The parts of a node's children, with the text between them (string content, literal pieces). */
  private gaps(node: Node, start: number, end: number, decode: (raw: string) => string, quoted = false): Part[] {
    const parts: Part[] = []
    let at = start
    for (const child of node.namedChildren) {
      if (!child) continue
      if (child.type === 'string_content' || (quoted && child.type === 'word')) continue
      if (child.startIndex < at) continue
      if (child.startIndex > at) parts.push(...textParts(this.source, at, child.startIndex, this.masks, decode))
      parts.push(...this.parts(child))
      at = child.endIndex
    }
    if (at < end) parts.push(...textParts(this.source, at, end, this.masks, decode))
    return parts
  }

  private expansion(node: Node): Part {
    const s = node.startIndex
    const e = node.endIndex
    const text = node.text
    const plain = /^\$\{([A-Za-z_]\w*)\}$/.exec(text)
    if (plain) return { kind: 'var', name: plain[1], start: s, end: e }
    const array = /^\$\{([A-Za-z_]\w*)\[[@*]\]\}$/.exec(text)
    if (array) return { kind: 'var', name: array[1], start: s, end: e, array: true }
    const fallback = /^\$\{([A-Za-z_]\w*)(:?[-=])([^$`]*)\}$/.exec(text)
    if (fallback) {
      const at = s + 2 + fallback[1].length + fallback[2].length
      const word: Word = { parts: textParts(this.source, at, e - 1, this.masks, unquoteFallback), start: at, end: e - 1 }
      return { kind: 'var', name: fallback[1], start: s, end: e, fallback: word }
    }
    return { kind: 'value', value: unknown(`parameter expansion ${text}`), start: s, end: e }
  }
}

/** Joins the parts of a piece ending in a bare `$` to the next piece, whose leading name is the variable. */
function joinGlued(left: Part[], right: Part[]): Part[] {
  const out = [...left]
  const last = out[out.length - 1]
  if (last?.kind === 'text' && last.text.endsWith('$')) {
    if (last.text.length > 1) out[out.length - 1] = { ...last, text: last.text.slice(0, -1), end: last.end - 1 }
    else out.pop()
  }
  const first = right[0]
  const m = first?.kind === 'text' ? /^[A-Za-z_]\w*/.exec(first.text) : null
  if (!m || first?.kind !== 'text') return [...out, ...right]
  const variable: Part = { kind: 'var', name: m[0], start: first.start - 1, end: first.start + m[0].length }
  const rest = first.text.slice(m[0].length)
  return [...out, variable, ...(rest ? [{ ...first, text: rest, start: first.start + m[0].length }] : []), ...right.slice(1)]
}

/** Whether a function's body runs its arguments as a command: a command named `"$@"` (or `$@`, `"${@}"`). */
function runsArguments(fn: Node): boolean {
  const todo: Node[] = [fn]
  for (let n = todo.pop(); n; n = todo.pop()) {
    if (n.type === 'command') {
      const head = n.childForFieldName('name') ?? n.namedChildren.find((c) => c?.type === 'command_name')
      if (head && /^"?\$(@|\{@\})"?$/.test(head.text)) return true
    }
    for (const c of n.namedChildren) if (c) todo.push(c)
  }
  return false
}

function unescapeWord(raw: string): string {
  return raw.replace(/\\\r?\n/g, '').replace(/\\(.)/g, '$1')
}

function unescapeDoubleQuoted(raw: string): string {
  return raw.replace(/\\\r?\n/g, '').replace(/\\([\\"$`])/g, '$1')
}

function unescapeAnsiC(raw: string): string {
  return raw.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c)
}

function unquoteFallback(raw: string): string {
  return raw.replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1')
}

/** The first syntax error, pointing at what opened the unfinished construct. */
function firstProblem(root: Node, source: string): ScriptProblem | undefined {
  let found: Node | undefined
  const visit = (node: Node): void => {
    if (found) return
    if (node.isMissing || node.type === 'ERROR') {
      found = node
      return
    }
    if (!node.hasError) return
    for (const child of node.children) if (child) visit(child)
  }
  visit(root)
  if (!found) return undefined
  if (found.isMissing) {
    const parent = found.parent
    if (parent && (parent.type === 'string' || parent.type === 'raw_string'))
      return {
        message: `unterminated quoted string (the ${source[parent.startIndex]} here is never closed)`,
        start: parent.startIndex,
        end: parent.startIndex + 1
      }
    if (parent && parent.type === 'command_substitution')
      return { message: 'unterminated command substitution: $( is never closed', start: parent.startIndex, end: parent.startIndex + 2 }
    return { message: `shell syntax error: expected ${found.type}`, start: found.startIndex, end: found.startIndex }
  }
  // Recovery often starts the ERROR node lines before the culprit: a quote left
  // unpaired inside it (outside any string) is what the shell would choke on.
  const quote = unpairedQuote(found)
  if (quote)
    return {
      message: `unterminated quoted string (the ${quote.type} here is never closed)`,
      start: quote.startIndex,
      end: quote.startIndex + 1
    }
  const text = source.slice(found.startIndex, found.endIndex)
  const first = text.split('\n')[0].slice(0, 40)
  return { message: `shell syntax error near '${first}'`, start: found.startIndex, end: found.startIndex + Math.min(first.length, 40) }
}

function unpairedQuote(node: Node): Node | undefined {
  let last: Node | undefined
  for (const child of node.children) {
    if (!child) continue
    if (child.type === '"' || child.type === "'") last = child
    else if (child.type !== 'string' && child.type !== 'raw_string' && child.childCount) {
      const inner = unpairedQuote(child)
      if (inner) last = inner
    }
  }
  return last
}
