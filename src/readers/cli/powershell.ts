import { known, unknown } from '../../model.js'
import { textParts } from './masks.js'
import { unknownAfterBranch, type Mask, type ParsedScript, type Part, type ScriptProblem, type Stmt, type Word } from './script.js'

/**
 * A small PowerShell reader (npm has no PowerShell parser): statements,
 * backtick continuations, comments, quoting rules of '...' and "...",
 * here-strings, `$Name = value` assignments (including `$id = az ... show`),
 * `$(...)` subexpressions and `$env:NAME`. Variable names are
 * case-insensitive, so they are kept lowercased.
 */
export function parsePowerShell(text: string, masks: Mask[]): ParsedScript {
  const parser = new PsParser(text, masks)
  const stmts = parser.statements(false)
  return { stmts, problems: parser.problems.slice(0, 1) }
}

const SEPARATORS = new Set([';', '|', '{', '}', '(', ')', '\n'])
const WORD_END = new Set([' ', '\t', '\r', '\n', ';', '|', '{', '}', '(', ')'])

class PsParser {
  pos = 0
  private depth = 0
  /** `{ ... }` blocks open around the current statement (function bodies, script blocks). */
  private braces = 0
  /** Per open block, the variables assigned in it: a block may not run (if/else, try/catch, switch, loops). */
  private blocks: Set<string>[] = []
  readonly problems: ScriptProblem[] = []
  constructor(
    private readonly src: string,
    private readonly masks: Mask[]
  ) {}

  /** Statements up to the end, or up to the `)` closing a subexpression when `nested`. */
  statements(nested: boolean): Stmt[] {
    const out: Stmt[] = []
    let words: Word[] = []
    let start = this.pos
    const flush = (): void => {
      // A function's param() defaults are not the script's: a call passes its own values.
      const groups = this.braces === 0 ? declarations(words) : [words]
      if (words.length)
        for (const group of groups) {
          const stmt = toStmt(group, group === words ? start : group[0].start)
          if (stmt.kind === 'assign' && !stmt.array) this.blocks[this.blocks.length - 1]?.add(stmt.name)
          out.push(stmt)
        }
      words = []
    }
    while (this.pos < this.src.length) {
      this.skipBlanks()
      if (this.pos >= this.src.length) break
      const c = this.src[this.pos]
      if (c === ')' && nested) break
      if (c === '#') {
        this.skipLineComment()
        continue
      }
      if (c === '<' && this.src[this.pos + 1] === '#') {
        this.skipBlockComment()
        continue
      }
      if (c === '@' && this.src[this.pos + 1] === '(' && words.length === 2 && isText(words[1], '=') && words[0].parts[0]?.kind === 'var') {
        // `$args = @('--snapshot-id', $id)`: an array, spliced where `@args` is used.
        this.pos += 2
        const body = this.statements(true)
        if (this.src[this.pos] === ')') this.pos++
        const items = body
          .flatMap((stmt) => (stmt.kind === 'command' ? stmt.words : []))
          .map((w) => (endsWithComma(w) ? withoutComma(w) : w))
          .filter((w) => w.parts.length > 0)
        const name = (words[0].parts[0] as Extract<Part, { kind: 'var' }>).name
        out.push({ kind: 'assign', name, array: items, start, end: this.pos })
        words = []
        start = this.pos
        continue
      }
      if (c === '(' && words.length === 2 && isText(words[1], '=')) {
        // `$x = (az ... --query id -o tsv)` is the same as `$x = $(...)`.
        const open = this.pos
        this.pos++
        const body = this.statements(true)
        if (this.src[this.pos] === ')') this.pos++
        words.push({ parts: [{ kind: 'subst', body, start: open, end: this.pos }], start: open, end: this.pos })
        continue
      }
      if (SEPARATORS.has(c) || (c === '&' && this.src[this.pos + 1] === '&')) {
        flush()
        if (c === '{') {
          this.braces++
          this.blocks.push(new Set())
        } else if (c === '}') {
          this.braces = Math.max(0, this.braces - 1)
          // After the block, what it assigned is unknown: it may not have run, or another branch ran.
          const assigned = this.blocks.pop()
          const at = this.pos + 1
          for (const name of assigned ?? []) {
            this.blocks[this.blocks.length - 1]?.add(name)
            out.push(unknownAfterBranch(name, at))
          }
        }
        this.pos += c === '&' ? 2 : 1
        start = this.pos
        continue
      }
      if (!words.length) start = this.pos
      words.push(this.word())
    }
    flush()
    return out
  }

  private skipBlanks(): void {
    for (;;) {
      const c = this.src[this.pos]
      if (c === ' ' || c === '\t' || c === '\r') this.pos++
      else if (c === '`' && /^`\r?\n/.test(this.src.slice(this.pos, this.pos + 3))) this.pos += this.src[this.pos + 1] === '\r' ? 3 : 2
      else return
    }
  }

  private skipLineComment(): void {
    while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++
  }

  private skipBlockComment(): void {
    const end = this.src.indexOf('#>', this.pos + 2)
    this.pos = end < 0 ? this.src.length : end + 2
  }

  private word(): Word {
    const start = this.pos
    const parts: Part[] = []
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]
      if (WORD_END.has(c) || (c === '&' && this.src[this.pos + 1] === '&')) {
        if (this.pos === start && c === '(') break
        break
      }
      if (c === '`' && /^`\r?\n/.test(this.src.slice(this.pos, this.pos + 3))) break
      if (
        c === '@' &&
        (this.src[this.pos + 1] === '"' || this.src[this.pos + 1] === "'") &&
        /^\r?\n/.test(this.src.slice(this.pos + 2, this.pos + 4))
      )
        parts.push(...this.hereString())
      else if (c === '@' && this.pos === start && /[A-Za-z_]/.test(this.src[this.pos + 1] ?? '')) {
        // Splatting: `az aks nodepool add @commonArgs` passes the elements of an array as arguments.
        const m = /^@(\w+)/.exec(this.src.slice(this.pos, this.pos + 200))!
        this.pos += m[0].length
        parts.push({ kind: 'var', name: m[1].toLowerCase(), array: true, start, end: this.pos })
      } else if (c === "'") parts.push(...this.singleQuoted())
      else if (c === '"') parts.push(...this.doubleQuoted())
      else if (c === '$') parts.push(this.dollar(false))
      else parts.push(...this.bare())
    }
    return { parts, start, end: this.pos }
  }

  private bare(): Part[] {
    const start = this.pos
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]
      if (WORD_END.has(c) || c === '"' || c === "'" || c === '$') break
      if (c === '`') {
        if (/^`\r?\n/.test(this.src.slice(this.pos, this.pos + 3))) break
        this.pos += 2
        continue
      }
      this.pos++
    }
    if (this.pos === start) this.pos++
    return textParts(this.src, start, this.pos, this.masks, (raw) => raw.replace(/`(.)/g, '$1'))
  }

  private singleQuoted(): Part[] {
    const start = this.pos
    let i = start + 1
    for (;;) {
      const j = this.src.indexOf("'", i)
      if (j < 0) {
        this.unterminated(start, "'")
        this.pos = this.src.length
        return textParts(this.src, start + 1, this.pos, this.masks)
      }
      if (this.src[j + 1] === "'") {
        i = j + 2
        continue
      }
      this.pos = j + 1
      return textParts(this.src, start + 1, j, this.masks, (raw) => raw.replace(/''/g, "'"))
    }
  }

  private doubleQuoted(): Part[] {
    const start = this.pos
    this.pos++
    const parts: Part[] = []
    let textStart = this.pos
    const flushText = (): void => {
      if (this.pos > textStart) parts.push(...textParts(this.src, textStart, this.pos, this.masks, decodeDoubleQuoted))
    }
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]
      if (c === '`') {
        this.pos += 2
        continue
      }
      if (c === '"') {
        if (this.src[this.pos + 1] === '"') {
          this.pos += 2
          continue
        }
        flushText()
        this.pos++
        return parts
      }
      if (c === '$' && /[\w{(:]/.test(this.src[this.pos + 1] ?? '')) {
        flushText()
        parts.push(this.dollar(true))
        textStart = this.pos
        continue
      }
      this.pos++
    }
    flushText()
    this.unterminated(start, '"')
    return parts
  }

  private hereString(): Part[] {
    const quote = this.src[this.pos + 1]
    const bodyStart = this.src.indexOf('\n', this.pos) + 1
    const close = new RegExp(`\\r?\\n${quote}@`, 'g')
    close.lastIndex = bodyStart - 1
    const m = close.exec(this.src)
    const bodyEnd = m ? m.index : this.src.length
    if (!m) this.unterminated(this.pos, `@${quote}`)
    this.pos = m ? m.index + m[0].length : this.src.length
    return textParts(this.src, bodyStart, bodyEnd, this.masks)
  }

  /** `$name`, `${name}`, `$env:NAME`, `$(...)`; in strings, a lone `$` is text. */
  private dollar(inString: boolean): Part {
    const start = this.pos
    const next = this.src[this.pos + 1]
    if (next === '(') {
      this.pos += 2
      if (this.depth >= 64) {
        // Deeper than any real script: skip to the matching parenthesis, value unknown.
        let level = 1
        while (this.pos < this.src.length && level > 0) {
          const ch = this.src[this.pos++]
          if (ch === '(') level++
          else if (ch === ')') level--
        }
        return { kind: 'value', value: unknown('subexpressions nested too deeply'), start, end: this.pos }
      }
      this.depth++
      const body = this.statements(true)
      this.depth--
      if (this.src[this.pos] === ')') this.pos++
      else this.problems.push({ message: 'unterminated subexpression: $( is never closed', start, end: start + 2 })
      return { kind: 'subst', body, start, end: this.pos }
    }
    if (next === '{') {
      const close = this.src.indexOf('}', this.pos)
      this.pos = close < 0 ? this.src.length : close + 1
      return variable(this.src.slice(start + 2, close < 0 ? this.pos : close), start, this.pos)
    }
    const m = /^\$((?:[A-Za-z]+:)?[\w?]+)/.exec(this.src.slice(this.pos, this.pos + 200))
    if (!m) {
      this.pos++
      return { kind: 'text', text: '$', start, end: this.pos }
    }
    this.pos += m[0].length
    void inString
    return variable(m[1], start, this.pos)
  }

  private unterminated(start: number, quote: string): void {
    this.problems.push({ message: `unterminated string (the ${quote} here is never closed)`, start, end: start + quote.length })
  }
}

function variable(name: string, start: number, end: number): Part {
  const lower = name.toLowerCase()
  if (lower === 'true' || lower === 'false') return { kind: 'value', value: known(lower), start, end }
  if (lower === 'null') return { kind: 'value', value: known(''), start, end }
  if (lower === '_' || lower === 'args' || lower === 'psitem')
    return { kind: 'value', value: unknown(`automatic variable $${name}`), start, end }
  const scoped = /^(?:script|global|local|private|using):(.*)$/.exec(lower)
  return { kind: 'var', name: scoped ? scoped[1] : lower, start, end }
}

function decodeDoubleQuoted(raw: string): string {
  return raw.replace(/`(.)/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r', '0': '' })[c] ?? c).replace(/""/g, '"')
}

/** A type literal or attribute end before a typed variable: `[string] $Name = 'x'`, the `]` of `[Parameter(Mandatory)]`. */
const TYPE_WORD = /^(?:\]|\[[\w.]+(?:\[\])?\])$/

/**
 * The entries of a `param(...)` block are typed assignments separated by
 * commas: `[string] $ClusterName = 'aks-ops', [string] $SnapshotId = ''`.
 * A default is a value of the script, as a Bicep parameter's default is;
 * the types are dropped and each entry becomes its own `$Name = value`.
 */
function declarations(words: Word[]): Word[][] {
  const isAssignmentAt = (k: number): boolean => {
    while (k < words.length && isTypeWord(words[k])) k++
    const w = words[k]
    return w?.parts[0]?.kind === 'var' && w.parts.length === 1 && words[k + 1] !== undefined && isText(words[k + 1], '=')
  }
  if (!isAssignmentAt(0) || (!isTypeWord(words[0]) && !words.some((w) => endsWithComma(w)))) return [words]
  const groups: Word[][] = []
  let group: Word[] = []
  for (const [k, w] of words.entries()) {
    if (!group.length && isTypeWord(w)) continue
    if (endsWithComma(w) && (k === words.length - 1 || isAssignmentAt(k + 1))) {
      const trimmed = withoutComma(w)
      group.push(trimmed)
      groups.push(group)
      group = []
      continue
    }
    group.push(w)
  }
  if (group.length) groups.push(group)
  return groups.filter((g) => g.length)
}

function isTypeWord(word: Word): boolean {
  return word.parts.length === 1 && word.parts[0].kind === 'text' && TYPE_WORD.test(word.parts[0].text)
}

function endsWithComma(word: Word): boolean {
  const last = word.parts[word.parts.length - 1]
  return last?.kind === 'text' && last.text.endsWith(',') && last.end === word.end
}

function withoutComma(word: Word): Word {
  const last = word.parts[word.parts.length - 1] as Extract<Part, { kind: 'text' }>
  const parts = word.parts.slice(0, -1)
  if (last.text.length > 1) parts.push({ ...last, text: last.text.slice(0, -1), end: last.end - 1 })
  return { ...word, parts, end: word.end - 1 }
}

/** `$x = value`, `$x = az ...` (the command's output), or a command. */
function toStmt(words: Word[], start: number): Stmt {
  const end = words[words.length - 1].end
  const first = words[0]
  const head = first.parts[0]
  // `$null = az ...` discards the output but still runs the command: an assignment like any other.
  const discarded = head?.kind === 'value' && head.value.known && head.value.value === '' && first.parts.length === 1
  const name = head?.kind === 'var' ? head.name : discarded ? 'null' : undefined
  if (name !== undefined) {
    let rest: Word[] | undefined
    const glued = first.parts[1]
    if (!glued && words[1] && isText(words[1], '=')) rest = words.slice(2)
    else if (glued?.kind === 'text' && glued.text.startsWith('=')) {
      // `$x=value`, `$x=$(...)`: the value is the rest of the word.
      const valueStart = glued.start + 1
      const tail: Part[] = glued.text.length > 1 ? [{ kind: 'text', text: glued.text.slice(1), start: valueStart, end: glued.end }] : []
      tail.push(...first.parts.slice(2))
      rest = tail.length ? [{ parts: tail, start: valueStart, end: first.end }, ...words.slice(1)] : words.slice(1)
    }
    if (rest) {
      let value: Word | undefined
      const keyword = rest[0]?.parts.length === 1 && rest[0].parts[0].kind === 'text' ? rest[0].parts[0].text.toLowerCase() : ''
      if (['if', 'switch', 'try', 'foreach', 'for', 'while', 'do'].includes(keyword)) {
        // `$x = if (...) { 'a' } else { '' }`: the value of whichever branch runs.
        const v = unknown(`$${name} is the value of ${keyword === 'if' ? 'an' : 'a'} ${keyword} statement`)
        value = { parts: [{ kind: 'value', value: v, start: rest[0].start, end: rest[0].end }], start: rest[0].start, end: rest[0].end }
      } else if (rest.length === 1) value = rest[0]
      else if (rest.length > 1) {
        // `$x = & az ...`: the call operator runs the command.
        const run = isText(rest[0], '&') ? rest.slice(1) : rest
        const body: Stmt[] = [{ kind: 'command', words: run, start: run[0].start, end: run[run.length - 1].end }]
        value = { parts: [{ kind: 'subst', body, start: rest[0].start, end }], start: rest[0].start, end }
      }
      return { kind: 'assign', name, value, start, end }
    }
  }
  // The call operator: `& az aks ...`
  const cmdWords = isText(first, '&') ? words.slice(1) : words
  return { kind: 'command', words: cmdWords, start, end }
}

function isText(word: Word, text: string): boolean {
  return word.parts.length === 1 && word.parts[0].kind === 'text' && word.parts[0].text === text
}
