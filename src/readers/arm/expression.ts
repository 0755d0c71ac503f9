/**
 * The ARM template expression language: `[concat('a', parameters('b'))]`.
 * A small scanner and recursive-descent parser; errors are values.
 */

export type Expr =
  | { kind: 'literal'; value: string | number | boolean | null }
  | { kind: 'call'; name: string; args: Expr[] }
  | { kind: 'member'; object: Expr; name: string }
  | { kind: 'index'; object: Expr; index: Expr }

export type ParsedExpression = { ok: true; expr: Expr } | { ok: false; error: string }

/** Nesting beyond this is refused: real expressions nest a handful of calls, and it bounds the evaluator's recursion. */
const MAX_DEPTH = 64

/**
 * Whether a template string is an expression: `[...]`, but not `[[...]`
 * (the escape for a literal string starting with `[`).
 */
export function isExpression(text: string): boolean {
  return text.length >= 2 && text.startsWith('[') && text.endsWith(']') && !text.startsWith('[[')
}

/** The literal a `[[...` string stands for. */
export function unescapeLiteral(text: string): string {
  return text.startsWith('[[') ? text.slice(1) : text
}

type Token =
  | { type: 'ident'; text: string }
  | { type: 'string'; text: string }
  | { type: 'number'; value: number }
  | { type: 'punct'; text: '(' | ')' | ',' | '.' | '[' | ']' }
  | { type: 'end' }

function tokenize(source: string): Token[] | string {
  const tokens: Token[] = []
  let i = 0
  while (i < source.length) {
    const c = source[i]
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++
    } else if (c === "'") {
      let text = ''
      i++
      for (;;) {
        if (i >= source.length) return 'unterminated string literal'
        if (source[i] === "'") {
          if (source[i + 1] === "'") {
            text += "'"
            i += 2
            continue
          }
          i++
          break
        }
        text += source[i++]
      }
      tokens.push({ type: 'string', text })
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(source[i + 1] ?? ''))) {
      const match = /^-?[0-9]+(\.[0-9]+)?/.exec(source.slice(i))!
      tokens.push({ type: 'number', value: Number(match[0]) })
      i += match[0].length
    } else if (/[A-Za-z_$]/.test(c)) {
      const match = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(source.slice(i))!
      tokens.push({ type: 'ident', text: match[0] })
      i += match[0].length
    } else if ('(),.[]'.includes(c)) {
      tokens.push({ type: 'punct', text: c as '(' })
      i++
    } else {
      return `unexpected character '${c}'`
    }
  }
  tokens.push({ type: 'end' })
  return tokens
}

/** Parses the text of an expression string, brackets included. */
export function parseExpression(text: string): ParsedExpression {
  const scanned = tokenize(text.slice(1, -1))
  if (typeof scanned === 'string') return { ok: false, error: scanned }
  const tokens: Token[] = scanned
  let pos = 0
  let depth = 0
  const peek = (): Token => tokens[pos]
  const isPunct = (t: Token, p: string): boolean => t.type === 'punct' && t.text === p
  const expect = (p: string): void => {
    if (!isPunct(peek(), p)) throw new ExpressionError(`expected '${p}'`)
    pos++
  }

  function primary(): Expr {
    const t = peek()
    if (t.type === 'string') {
      pos++
      return { kind: 'literal', value: t.text }
    }
    if (t.type === 'number') {
      pos++
      return { kind: 'literal', value: t.value }
    }
    if (t.type === 'ident') {
      pos++
      let name = t.text
      // user-defined functions are called as namespace.name(...)
      if (isPunct(peek(), '.') && tokens[pos + 1]?.type === 'ident' && isPunct(tokens[pos + 2], '(')) {
        name += '.' + (tokens[pos + 1] as { text: string }).text
        pos += 2
      }
      if (isPunct(peek(), '(')) {
        pos++
        const args: Expr[] = []
        if (!isPunct(peek(), ')')) {
          for (;;) {
            args.push(expression())
            if (isPunct(peek(), ',')) {
              pos++
              continue
            }
            break
          }
        }
        expect(')')
        return { kind: 'call', name, args }
      }
      const lower = name.toLowerCase()
      if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true' }
      if (lower === 'null') return { kind: 'literal', value: null }
      throw new ExpressionError(`unexpected name '${name}'`)
    }
    throw new ExpressionError(t.type === 'end' ? 'unexpected end of expression' : 'unexpected token')
  }

  function expression(): Expr {
    if (++depth > MAX_DEPTH) throw new ExpressionError(`expression nested more than ${MAX_DEPTH} levels deep`)
    let expr = primary()
    for (;;) {
      const t = peek()
      if (isPunct(t, '.')) {
        pos++
        const name = peek()
        if (name.type !== 'ident') throw new ExpressionError('expected a property name after .')
        pos++
        expr = { kind: 'member', object: expr, name: name.text }
      } else if (isPunct(t, '[')) {
        pos++
        const index = expression()
        expect(']')
        expr = { kind: 'index', object: expr, index }
      } else break
    }
    depth--
    return expr
  }

  try {
    const expr = expression()
    if (peek().type !== 'end') return { ok: false, error: 'unexpected text after the expression' }
    return { ok: true, expr }
  } catch (error) {
    if (error instanceof ExpressionError) return { ok: false, error: error.message }
    throw error
  }
}

class ExpressionError extends Error {}
