/**
 * Bicep scanner: text → tokens with offsets. Never throws; a bad character or
 * an unterminated string becomes an error token plus a `ScanError`.
 *
 * Strings with `${...}` are split the way the Bicep lexer splits them
 * (left / middle / right pieces), with a stack so that interpolations nest:
 * `'a${'b${c}'}'` is StringLeft, StringLeft, Identifier, StringRight, StringRight.
 */
import { LineIndex } from '../line-index.js'

export type TokenKind =
  | 'Identifier'
  | 'Integer'
  | 'String' // a complete string, no interpolation
  | 'StringLeft' // `'abc${`
  | 'StringMiddle' // `}abc${`
  | 'StringRight' // `}abc'`
  | 'NewLine'
  | 'EOF'
  | 'Error'
  | '{'
  | '}'
  | '['
  | ']'
  | '('
  | ')'
  | ','
  | '.'
  | '...'
  | '::'
  | ':'
  | '?'
  | '??'
  | '='
  | '=='
  | '!='
  | '=~'
  | '!~'
  | '<'
  | '<='
  | '>'
  | '>='
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '!'
  | '&&'
  | '||'
  | '=>'
  | '@'
  | '|'
  | '^'

export interface Token {
  kind: TokenKind
  start: number
  end: number
  /** Identifier text, decoded string piece, or integer text. */
  value: string
  /** For string pieces of a `'''` string (always set: one object shape keeps the parser's property reads fast). */
  multiline: boolean
}

export interface ScanError {
  message: string
  start: number
  end: number
}

interface Template {
  /** Open `{` inside the current `${...}`: a `}` closes the interpolation only at zero. */
  braces: number
  multiline: boolean
  /** For `$$'''...$${x}'''`: how many `$` open an interpolation. */
  dollars: number
}

/** Punctuation by first character; longer forms first. */
const PUNCTUATION: Record<string, [string, TokenKind][]> = {}
for (const p of [
  '...',
  '::',
  '??',
  '==',
  '!=',
  '=~',
  '!~',
  '<=',
  '>=',
  '&&',
  '||',
  '=>',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  ',',
  '.',
  ':',
  '?',
  '=',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '!',
  '@',
  '|',
  '^'
] as TokenKind[])
  (PUNCTUATION[p[0]!] ??= []).push([p, p])

const ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", n: '\n', r: '\r', t: '\t', $: '$' }

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || isDigit(c)
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}
function isNewLine(c: number): boolean {
  return c === 10 || c === 13
}

export function scan(text: string): { tokens: Token[]; errors: ScanError[] } {
  const tokens: Token[] = []
  const errors: ScanError[] = []
  const templates: Template[] = []
  const n = text.length
  let pos = 0

  const push = (kind: TokenKind, start: number, end: number, value = '', multiline = false) => {
    tokens.push({ kind, start, end, value, multiline })
  }

  /** Scans the body of a single-quoted string from `pos` (just after `'` or `}`); emits one piece. */
  const scanStringPiece = (start: number, first: boolean) => {
    let value = ''
    while (pos < n) {
      const c = text.charCodeAt(pos)
      if (c === 39 /* ' */) {
        pos++
        push(first ? 'String' : 'StringRight', start, pos, value)
        return
      }
      if (c === 36 /* $ */ && text.charCodeAt(pos + 1) === 123 /* { */) {
        pos += 2
        push(first ? 'StringLeft' : 'StringMiddle', start, pos, value)
        templates.push({ braces: 0, multiline: false, dollars: 1 })
        return
      }
      if (isNewLine(c)) break
      if (c === 92 /* \ */) {
        const e = text[pos + 1]
        if (e !== undefined && e in ESCAPES) {
          value += ESCAPES[e]
          pos += 2
          continue
        }
        if (e === 'u' && text[pos + 2] === '{') {
          const close = text.indexOf('}', pos + 3)
          const hex = close > 0 ? text.slice(pos + 3, close) : ''
          if (/^[0-9a-fA-F]{1,6}$/.test(hex) && parseInt(hex, 16) <= 0x10ffff) {
            value += String.fromCodePoint(parseInt(hex, 16))
            pos = close + 1
            continue
          }
        }
        errors.push({ message: `The escape sequence '\\${e ?? ''}' is not recognized.`, start: pos, end: Math.min(n, pos + 2) })
        value += e ?? ''
        pos += 2
        continue
      }
      // copy a run of ordinary characters at once
      let run = pos + 1
      while (run < n) {
        const d = text.charCodeAt(run)
        if (d === 39 || d === 36 || d === 92 || d === 10 || d === 13) break
        run++
      }
      value += text.slice(pos, run)
      pos = run
    }
    errors.push({ message: 'The string is not terminated (missing closing quote).', start, end: pos })
    push('Error', start, pos, value)
  }

  /** Scans the body of a `'''` string from `pos`; `dollars` > 0 when the string is interpolated (`$'''`). */
  const scanMultilinePiece = (start: number, first: boolean, dollars: number) => {
    let value = ''
    // A newline right after the opening quotes is not part of the value.
    if (first) {
      if (text.charCodeAt(pos) === 13 && text.charCodeAt(pos + 1) === 10) pos += 2
      else if (isNewLine(text.charCodeAt(pos))) pos++
    }
    while (pos < n) {
      if (text.startsWith("'''", pos)) {
        // `''''` ends at the last run of three quotes: the extra quote belongs to the value.
        let q = pos + 3
        while (text.charCodeAt(q) === 39) q++
        value += text.slice(pos, q - 3)
        pos = q
        push(first ? 'String' : 'StringRight', start, pos, value, true)
        return
      }
      if (dollars > 0 && text.startsWith('$'.repeat(dollars) + '{', pos)) {
        pos += dollars + 1
        push(first ? 'StringLeft' : 'StringMiddle', start, pos, value, true)
        templates.push({ braces: 0, multiline: true, dollars })
        return
      }
      let run = pos + 1
      while (run < n) {
        const d = text.charCodeAt(run)
        if (d === 39 || d === 36) break
        run++
      }
      value += text.slice(pos, run)
      pos = run
    }
    errors.push({ message: "The multi-line string is not terminated (missing closing ''').", start, end: pos })
    push('Error', start, pos, value)
  }

  while (pos < n) {
    const c = text.charCodeAt(pos)
    const start = pos
    if (c === 32 || c === 9 || c === 0xfeff || c === 11 || c === 12 || c === 0xa0) {
      pos++
      continue
    }
    if (isNewLine(c)) {
      while (pos < n) {
        const d = text.charCodeAt(pos)
        if (isNewLine(d) || d === 32 || d === 9) pos++
        else if (d === 47 && text.charCodeAt(pos + 1) === 47) {
          // a comment line between newlines does not break the run
          while (pos < n && !isNewLine(text.charCodeAt(pos))) pos++
        } else break
      }
      push('NewLine', start, pos)
      continue
    }
    if (c === 47 /* / */ && text.charCodeAt(pos + 1) === 47) {
      while (pos < n && !isNewLine(text.charCodeAt(pos))) pos++
      continue
    }
    if (c === 47 && text.charCodeAt(pos + 1) === 42 /* * */) {
      const close = text.indexOf('*/', pos + 2)
      if (close < 0) {
        errors.push({ message: 'The multi-line comment is not terminated (missing */).', start, end: n })
        pos = n
      } else pos = close + 2
      continue
    }
    if (c === 35 /* # */ && /^#(disable-next-line|disable-diagnostics|restore-diagnostics)\b/.test(text.slice(pos, pos + 30))) {
      // Compiler directives (`#disable-next-line BCP081`) read like comments for us.
      while (pos < n && !isNewLine(text.charCodeAt(pos))) pos++
      continue
    }
    if (isIdentStart(c)) {
      pos++
      while (pos < n && isIdentPart(text.charCodeAt(pos))) pos++
      push('Identifier', start, pos, text.slice(start, pos))
      continue
    }
    if (isDigit(c)) {
      pos++
      while (pos < n && isDigit(text.charCodeAt(pos))) pos++
      push('Integer', start, pos, text.slice(start, pos))
      continue
    }
    if (c === 39 /* ' */) {
      if (text.startsWith("'''", pos)) {
        pos += 3
        scanMultilinePiece(start, true, 0)
      } else {
        pos++
        scanStringPiece(start, true)
      }
      continue
    }
    if (c === 36 /* $ */) {
      let d = pos
      while (text.charCodeAt(d) === 36) d++
      if (text.startsWith("'''", d)) {
        const dollars = d - pos
        pos = d + 3
        scanMultilinePiece(start, true, dollars)
        continue
      }
    }
    const top = templates[templates.length - 1]
    if (c === 123 /* { */ && top) top.braces++
    if (c === 125 /* } */ && top) {
      if (top.braces === 0) {
        templates.pop()
        pos++
        if (top.multiline) scanMultilinePiece(start, false, top.dollars)
        else scanStringPiece(start, false)
        continue
      }
      top.braces--
    }
    const candidates = PUNCTUATION[text[pos]!]
    let matched = false
    if (candidates)
      for (const [p, kind] of candidates) {
        if (p.length === 1 || text.startsWith(p, pos)) {
          pos += p.length
          push(kind, start, pos, p)
          matched = true
          break
        }
      }
    if (matched) continue
    // Any other character: one error token per run of unknown characters.
    const cp = text.codePointAt(pos) ?? c
    pos += cp > 0xffff ? 2 : 1
    errors.push({ message: `Unexpected character '${String.fromCodePoint(cp)}'.`, start, end: pos })
    push('Error', start, pos, String.fromCodePoint(cp))
  }
  push('EOF', n, n)
  return { tokens, errors }
}

/** Offsets → 1-based line and column (the readers' shared LineIndex; the file name comes with spans elsewhere). */
export class LineMap extends LineIndex {
  constructor(text: string) {
    super('', text)
  }
}
