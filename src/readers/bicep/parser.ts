/**
 * Recursive-descent Bicep parser (grammar: Azure/bicep docs/grammar.md).
 * Returns `{ ast, errors }` and never throws: a construct it cannot read is
 * reported once and skipped by `recover`, the one recovery routine, which
 * skips balanced brackets up to a synchronising token, so the declarations
 * after an error are still read. Nesting is counted: past MAX_DEPTH the
 * nested text is skipped as one error instead of overflowing the stack.
 */
import type * as A from './ast.js'
import { scan, type Token, type TokenKind } from './scanner.js'

export const MAX_DEPTH = 200

const OPENERS: Partial<Record<TokenKind, true>> = { '{': true, '[': true, '(': true, StringLeft: true }

const BINARY_PRECEDENCE: Partial<Record<TokenKind, number>> = {
  '??': 1,
  '||': 2,
  '&&': 3,
  '==': 4,
  '!=': 4,
  '=~': 4,
  '!~': 4,
  '<': 5,
  '<=': 5,
  '>': 5,
  '>=': 5,
  '+': 6,
  '-': 6,
  '*': 7,
  '/': 7,
  '%': 7
}

/** Operators that may start a continuation line: none of them can start an expression. */
const CONTINUATION: Partial<Record<TokenKind, true>> = {
  '??': true,
  '||': true,
  '&&': true,
  '==': true,
  '!=': true,
  '=~': true,
  '!~': true,
  '<': true,
  '<=': true,
  '>': true,
  '>=': true,
  '*': true,
  '/': true,
  '%': true,
  '?': true
}

const DECLARATION_KEYWORDS = new Set([
  'param',
  'var',
  'resource',
  'module',
  'output',
  'type',
  'func',
  'import',
  'metadata',
  'targetScope',
  'extension',
  'provider',
  'using',
  'extends',
  'assert',
  'test',
  'extensionConfig'
])

export interface ParseResult {
  ast: A.Program
  errors: A.SyntaxError[]
}

export function parse(text: string): ParseResult {
  const { tokens, errors: scanErrors } = scan(text)
  const errors: A.SyntaxError[] = scanErrors.map((e) => ({ ...e }))
  // Index of the matching closer for every opener (one pass), so look-ahead and skipping stay linear.
  const match = new Int32Array(tokens.length).fill(-1)
  {
    const stack: number[] = []
    for (let k = 0; k < tokens.length; k++) {
      const kind = tokens[k]!.kind
      if (kind === '{' || kind === '[' || kind === '(' || kind === 'StringLeft') stack.push(k)
      else if ((kind === '}' || kind === ']' || kind === ')' || kind === 'StringRight') && stack.length) match[stack.pop()!] = k
    }
  }

  // Declarations that start a line at column 1 (`param x`, `resource r '...'`): an unclosed
  // bracket stops there, so the declarations after it are still read.
  const isDeclarationStart = (k: number): boolean => {
    const t = tokens[k]!
    if (t.kind !== 'Identifier') return false
    // column 1 only: the first character of the text or of a line
    if (t.start > 0) {
      const before = text.charCodeAt(t.start - 1)
      if (before !== 10 && before !== 13) return false
    }
    if (!DECLARATION_KEYWORDS.has(t.value)) return false
    const next = tokens[k + 1]!
    return next.kind === 'Identifier' || next.kind === 'String' || (t.value === 'targetScope' && next.kind === '=')
  }
  let nextDeclaration: Int32Array | undefined
  /** Where skipping an opener ends: after its closer, else (unclosed) at the next declaration. */
  const skipTarget = (k: number): number => {
    const close = match[k]!
    if (close >= 0) return close + 1
    if (!nextDeclaration) {
      nextDeclaration = new Int32Array(tokens.length)
      for (let j = tokens.length - 1, after = tokens.length - 1; j >= 0; j--) {
        if (isDeclarationStart(j)) after = j
        nextDeclaration[j] = after
      }
    }
    return nextDeclaration[k + 1]!
  }

  let i = 0
  let skipNewLines = false
  let depth = 0

  const raw = (): Token => tokens[i]!
  const cur = (): Token => {
    if (skipNewLines) while (tokens[i]!.kind === 'NewLine') i++
    return tokens[i]!
  }
  const advance = (): Token => {
    const t = cur()
    if (t.kind !== 'EOF') i++
    return t
  }
  const isKeyword = (t: Token, word: string) => t.kind === 'Identifier' && t.value === word
  const skipLines = () => {
    while (tokens[i]!.kind === 'NewLine') i++
  }
  /** The next token after any newlines, without moving. */
  const peekPastLines = (): Token => {
    let k = i
    while (tokens[k]!.kind === 'NewLine') k++
    return tokens[k]!
  }
  const describe = (t: Token): string => {
    if (t.kind === 'EOF') return 'the end of the file'
    if (t.kind === 'NewLine') return 'a new line'
    const s = text.slice(t.start, t.end)
    return `'${s.length > 40 ? s.slice(0, 40) + '…' : s}'`
  }
  const error = (message: string, start: number, end: number) => {
    errors.push({ message, start, end })
  }
  const missing = (): A.Missing => {
    const t = cur()
    return { kind: 'Missing', start: t.start, end: t.start }
  }

  /**
   * Reports `message` at the current token, then skips tokens, brackets
   * balanced, until one of `sync` at the same nesting level (not consumed)
   * or the end. A stray closer is skipped.
   */
  const recover = (message: string, sync: TokenKind[]): void => {
    const t = cur()
    if (t.kind !== 'Error') error(message.replace('{found}', describe(t)), t.start, t.end)
    while (true) {
      const r = raw()
      if (r.kind === 'EOF') return
      if (sync.includes(r.kind)) return
      if (OPENERS[r.kind]) {
        i = skipTarget(i)
        continue
      }
      if (i > 0 && isDeclarationStart(i)) return
      i++
    }
  }

  const expect = (kind: TokenKind, what: string): Token | undefined => {
    const t = cur()
    if (t.kind === kind) {
      i++
      return t
    }
    if (t.kind !== 'Error') error(`Expected ${what} but found ${describe(t)}.`, t.start, t.end)
    return undefined
  }
  const expectKeyword = (word: string): boolean => {
    const t = cur()
    if (isKeyword(t, word)) {
      i++
      return true
    }
    if (t.kind !== 'Error') error(`Expected '${word}' but found ${describe(t)}.`, t.start, t.end)
    return false
  }
  const identifier = (what: string): A.Identifier => {
    const t = cur()
    if (t.kind === 'Identifier') {
      i++
      return { kind: 'Identifier', name: t.value, start: t.start, end: t.end }
    }
    if (t.kind !== 'Error') error(`Expected ${what} but found ${describe(t)}.`, t.start, t.end)
    return { kind: 'Identifier', name: '', start: t.start, end: t.start }
  }

  /** Guards recursion; on overflow skips the nested construct at the cursor and returns false. */
  const enter = (): boolean => {
    if (depth < MAX_DEPTH) {
      depth++
      return true
    }
    const t = cur()
    error(`The expression is nested more than ${MAX_DEPTH} levels deep.`, t.start, t.end)
    if (OPENERS[t.kind]) i = skipTarget(i)
    else if (t.kind !== 'EOF') i++
    return false
  }

  const withNewLines = <T>(skip: boolean, fn: () => T): T => {
    // nothing in the parser throws, so no try/finally
    const saved = skipNewLines
    skipNewLines = skip
    const result = fn()
    skipNewLines = saved
    return result
  }

  // ── strings ───────────────────────────────────────────────────────────
  const parseString = (): A.StringLiteral | A.Missing => {
    const t = cur()
    if (t.kind === 'String') {
      i++
      return { kind: 'String', parts: [t.value], exprs: [], multiline: !!t.multiline, start: t.start, end: t.end }
    }
    if (t.kind !== 'StringLeft') {
      if (t.kind === 'Error') i++
      else error(`Expected a string but found ${describe(t)}.`, t.start, t.end)
      return { kind: 'Missing', start: t.start, end: t.start }
    }
    i++
    const parts = [t.value]
    const exprs: A.Expression[] = []
    let end = t.end
    withNewLines(true, () => {
      while (true) {
        exprs.push(parseExpression())
        const p = cur()
        if (p.kind === 'StringMiddle') {
          i++
          parts.push(p.value)
          continue
        }
        if (p.kind === 'StringRight') {
          i++
          parts.push(p.value)
          end = p.end
          return
        }
        recover("Expected '}' to end the interpolation but found {found}.", ['StringMiddle', 'StringRight', 'NewLine'])
        const q = raw()
        if (q.kind === 'StringMiddle') {
          i++
          parts.push(q.value)
          continue
        }
        if (q.kind === 'StringRight') {
          i++
          parts.push(q.value)
          end = q.end
          return
        }
        parts.push('')
        end = q.start
        return
      }
    })
    return { kind: 'String', parts, exprs, multiline: !!t.multiline, start: t.start, end }
  }

  // ── expressions ───────────────────────────────────────────────────────
  const parseExpression = (): A.Expression => {
    if (!enter()) return missing()
    try {
      const condition = parseBinary(1)
      if (continues('?')) {
        i++
        skipLines()
        const whenTrue = parseExpression()
        if (!continues(':')) {
          const t = cur()
          error(`Expected ':' but found ${describe(t)}.`, t.start, t.end)
          return { kind: 'Ternary', condition, whenTrue, whenFalse: missing(), start: condition.start, end: whenTrue.end }
        }
        i++
        skipLines()
        const whenFalse = parseExpression()
        return { kind: 'Ternary', condition, whenTrue, whenFalse, start: condition.start, end: whenFalse.end }
      }
      return condition
    } finally {
      depth--
    }
  }

  /** True when the next token is `kind`, on this line or (for operators that cannot start an expression) the next. */
  const continues = (kind: TokenKind): boolean => {
    const t = cur()
    if (t.kind === kind) return true
    if (t.kind === 'NewLine' && (CONTINUATION[kind] || kind === ':')) {
      const next = peekPastLines()
      if (next.kind === kind) {
        skipLines()
        return true
      }
    }
    return false
  }

  const parseBinary = (minPrecedence: number): A.Expression => {
    let left = parseUnary()
    while (true) {
      let t = cur()
      if (t.kind === 'NewLine') {
        const next = peekPastLines()
        if (CONTINUATION[next.kind] && next.kind !== '?' && BINARY_PRECEDENCE[next.kind]) t = next
      }
      const precedence = BINARY_PRECEDENCE[t.kind]
      if (precedence === undefined || precedence < minPrecedence) return left
      skipLines()
      i++
      skipLines()
      if (!enter()) return left
      const right = parseBinary(precedence + 1)
      depth--
      left = { kind: 'Binary', operator: t.kind as A.BinaryOperator, left, right, start: left.start, end: right.end }
    }
  }

  const parseUnary = (): A.Expression => {
    const t = cur()
    if (t.kind === '!' || t.kind === '-' || t.kind === '+') {
      if (!enter()) return missing()
      i++
      const operand = parseUnary()
      depth--
      return { kind: 'Unary', operator: t.kind, operand, start: t.start, end: operand.end }
    }
    return parsePostfix(parsePrimary())
  }

  const parsePostfix = (expr: A.Expression): A.Expression => {
    while (true) {
      const t = cur()
      if (t.kind === '.') {
        i++
        let safe = false
        if (cur().kind === '?') {
          safe = true
          i++
        }
        const name = identifier('a property name')
        if (cur().kind === '(' && !safe) {
          const { args, end } = parseArguments()
          expr = { kind: 'Call', name, args, object: expr, start: expr.start, end }
        } else expr = { kind: 'PropertyAccess', object: expr, name, safe, start: expr.start, end: name.end }
        continue
      }
      if (t.kind === '[') {
        i++
        let safe = false
        let fromEnd = false
        const index = withNewLines(true, () => {
          if (cur().kind === '?') {
            safe = true
            i++
          }
          if (cur().kind === '^') {
            fromEnd = true
            i++
          }
          return parseExpression()
        })
        const close = withNewLines(true, () => expect(']', "']'"))
        expr = { kind: 'IndexAccess', object: expr, index, safe, fromEnd, start: expr.start, end: close ? close.end : index.end }
        continue
      }
      if (t.kind === '::') {
        i++
        const name = identifier('a nested resource name')
        expr = { kind: 'ResourceAccess', object: expr, name, start: expr.start, end: name.end }
        continue
      }
      if (t.kind === '!') {
        i++
        expr = { kind: 'NonNull', expression: expr, start: expr.start, end: t.end }
        continue
      }
      return expr
    }
  }

  const parseArguments = (): { args: A.Expression[]; end: number } => {
    const open = cur()
    i++ // (
    const args: A.Expression[] = []
    return withNewLines(true, () => {
      if (cur().kind === ')') return { args, end: advance().end }
      while (true) {
        args.push(parseExpression())
        const t = cur()
        if (t.kind === ',') {
          i++
          continue
        }
        if (t.kind === ')') return { args, end: advance().end }
        recover("Expected ',' or ')' but found {found}.", [',', ')'])
        const r = cur()
        if (r.kind === ',') {
          i++
          continue
        }
        if (r.kind === ')') return { args, end: advance().end }
        return { args, end: r.start > open.end ? r.start : open.end }
      }
    })
  }

  const lambdaAhead = (): boolean => {
    const close = match[i]!
    if (close < 0) return false
    let k = close + 1
    while (tokens[k]!.kind === 'NewLine') k++
    return tokens[k]!.kind === '=>'
  }

  const parsePrimary = (): A.Expression => {
    const t = cur()
    if (isDeclarationStart(i)) {
      // an unclosed construct ran into the next declaration: leave it to the statement loop
      error(`Expected an expression but found ${describe(t)}.`, t.start, t.end)
      return missing()
    }
    switch (t.kind) {
      case 'Identifier': {
        if (t.value === 'true' || t.value === 'false') {
          i++
          return { kind: 'Boolean', value: t.value === 'true', start: t.start, end: t.end }
        }
        if (t.value === 'null') {
          i++
          return { kind: 'Null', start: t.start, end: t.end }
        }
        const next = tokens[i + 1]!
        if (next.kind === '=>') {
          i++
          const name: A.Identifier = { kind: 'Identifier', name: t.value, start: t.start, end: t.end }
          return parseLambdaBody([{ name, start: t.start, end: t.end }], t.start)
        }
        const name: A.Identifier = { kind: 'Identifier', name: t.value, start: t.start, end: t.end }
        i++
        if (next.kind === '(') {
          const { args, end } = parseArguments()
          return { kind: 'Call', name, args, start: t.start, end }
        }
        return name
      }
      case 'Integer':
        i++
        return { kind: 'Integer', value: Number(t.value), start: t.start, end: t.end }
      case 'String':
      case 'StringLeft':
        return parseString()
      case '[': {
        const k = peekAfter(i + 1)
        if (isKeyword(k, 'for')) return parseFor()
        return parseArray()
      }
      case '{':
        return parseObject()
      case '(': {
        if (lambdaAhead()) return parseLambda()
        i++
        const expression = withNewLines(true, () => parseExpression())
        const close = withNewLines(true, () => expect(')', "')'"))
        return { kind: 'Parenthesized', expression, start: t.start, end: close ? close.end : expression.end }
      }
      case 'Error':
        i++
        return { kind: 'Missing', start: t.start, end: t.end }
      default:
        error(`Expected an expression but found ${describe(t)}.`, t.start, t.end)
        return missing()
    }
  }

  const peekAfter = (k: number): Token => {
    while (tokens[k]!.kind === 'NewLine') k++
    return tokens[k]!
  }

  const parseLambdaParameters = (): A.LambdaParameter[] => {
    const params: A.LambdaParameter[] = []
    i++ // (
    withNewLines(true, () => {
      while (cur().kind !== ')' && cur().kind !== 'EOF') {
        const name = identifier('a parameter name')
        let type: A.TypeExpression | undefined
        if (cur().kind !== ',' && cur().kind !== ')') type = parseType()
        params.push({ name, type, start: name.start, end: type ? type.end : name.end })
        if (cur().kind === ',') i++
        else if (cur().kind !== ')') recover("Expected ',' or ')' but found {found}.", [',', ')'])
        if (name.start === name.end && cur().kind !== ')' && cur().kind !== ',') break
      }
      expect(')', "')'")
    })
    return params
  }

  const parseLambda = (): A.Expression => {
    const start = cur().start
    const params = parseLambdaParameters()
    return parseLambdaBody(params, start)
  }

  const parseLambdaBody = (parameters: A.LambdaParameter[], start: number, returnType?: A.TypeExpression): A.Lambda => {
    skipLines()
    expect('=>', "'=>'")
    skipLines()
    const body = parseExpression()
    return { kind: 'Lambda', parameters, returnType, body, start, end: body.end }
  }

  const parseArray = (): A.Expression => {
    const open = cur()
    i++
    const items: (A.Expression | A.Spread)[] = []
    const end = withNewLines(false, () => {
      while (true) {
        skipLines()
        const t = cur()
        if (t.kind === ']') return advance().end
        if (t.kind === 'EOF' || isDeclarationStart(i)) {
          error(`Expected ']' but found ${describe(t)}.`, t.start, t.end)
          return t.start
        }
        if (t.kind === '...') {
          i++
          const expression = parseExpression()
          items.push({ kind: 'Spread', expression, start: t.start, end: expression.end })
        } else items.push(parseExpression())
        const s = cur()
        if (s.kind === ',' || s.kind === 'NewLine') i++
        else if (s.kind !== ']') recover("Expected ',', a new line or ']' but found {found}.", ['NewLine', ',', ']'])
        if (cur().kind === ',') i++
      }
    })
    return { kind: 'Array', items, start: open.start, end }
  }

  const parseObject = (): A.Expression => {
    const open = cur()
    i++
    const properties: (A.Property | A.Spread | A.ResourceDecl)[] = []
    const end = withNewLines(false, () => {
      while (true) {
        skipLines()
        const t = cur()
        if (t.kind === '}') return advance().end
        if (t.kind === 'EOF' || isDeclarationStart(i)) {
          error(`Expected '}' but found ${describe(t)}.`, t.start, t.end)
          return t.start
        }
        if (t.kind === '...') {
          i++
          const expression = parseExpression()
          properties.push({ kind: 'Spread', expression, start: t.start, end: expression.end })
        } else {
          const decorators = parseDecorators()
          const k = cur()
          let key: A.Identifier | A.StringLiteral | undefined
          let nested = false
          if (isKeyword(k, 'resource') && tokens[i + 1]!.kind === 'Identifier') {
            // a nested child resource
            nested = true
            const declaration = parseDeclaration(decorators)
            if (declaration) properties.push(declaration as A.ResourceDecl)
          } else if (k.kind === 'Identifier') {
            i++
            key = { kind: 'Identifier', name: k.value, start: k.start, end: k.end }
          } else if (k.kind === 'String' || k.kind === 'StringLeft') {
            const s = parseString()
            if (s.kind === 'String') key = s
          }
          if (nested) {
            // read above
          } else if (!key) {
            recover('Expected a property name but found {found}.', ['NewLine', ',', '}'])
          } else if (cur().kind !== ':') {
            recover("Expected ':' but found {found}.", ['NewLine', ',', '}'])
          } else {
            i++
            const value = parseExpression()
            properties.push({ kind: 'Property', key, value, decorators, start: decorators[0]?.start ?? key.start, end: value.end })
          }
        }
        const s = cur()
        if (s.kind === ',' || s.kind === 'NewLine') i++
        else if (s.kind !== '}') recover("Expected ',', a new line or '}' but found {found}.", ['NewLine', ',', '}'])
        if (cur().kind === ',') i++
      }
    })
    return { kind: 'Object', properties, start: open.start, end }
  }

  const parseFor = (): A.Expression => {
    const open = cur()
    i++
    const result = withNewLines(true, (): A.Expression => {
      advance() // for
      let item: A.Identifier | undefined
      let index: A.Identifier | undefined
      if (cur().kind === '(') {
        i++
        item = identifier('the loop item name')
        if (expect(',', "','")) index = identifier('the loop index name')
        expect(')', "')'")
      } else item = identifier('the loop item name')
      expectKeyword('in')
      const source = parseExpression()
      expect(':', "':'")
      const body = isKeyword(cur(), 'if') ? parseIf() : withNewLines(false, () => parseExpression())
      let end = body.end
      const close = cur()
      if (close.kind === ']') {
        i++
        end = close.end
      } else recover("Expected ']' to end the loop but found {found}.", [']', 'NewLine'])
      return { kind: 'For', item, index, source, body, start: open.start, end }
    })
    return result
  }

  const parseIf = (): A.IfCondition => {
    const keyword = cur()
    i++ // if
    const open = cur()
    let condition: A.Expression
    if (open.kind === '(') {
      i++
      condition = withNewLines(true, () => parseExpression())
      withNewLines(true, () => expect(')', "')'"))
    } else {
      error(`Expected '(' but found ${describe(open)}.`, open.start, open.end)
      condition = missing()
    }
    const body = withNewLines(false, () => parseExpression())
    return { kind: 'If', condition, body, start: keyword.start, end: body.end }
  }

  // ── types ─────────────────────────────────────────────────────────────
  const parseType = (): A.TypeExpression => {
    if (!enter()) return missing()
    try {
      // a union may start on the next line with a leading `|`
      if (cur().kind === 'NewLine' && peekPastLines().kind === '|') skipLines()
      const start = cur().start
      if (cur().kind === '|') i++
      const first = parseSingularType()
      const members: A.TypeExpression[] = [first]
      while (true) {
        const t = cur()
        const next = t.kind === 'NewLine' ? peekPastLines() : t
        if (next.kind !== '|') break
        skipLines()
        i++
        skipLines()
        members.push(parseSingularType())
      }
      if (members.length === 1 && start === first.start) return first
      return { kind: 'UnionType', members, start, end: members[members.length - 1]!.end }
    } finally {
      depth--
    }
  }

  const parseSingularType = (): A.TypeExpression => {
    let type = parsePrimaryType()
    while (true) {
      const t = cur()
      if (t.kind === '[') {
        const next = tokens[i + 1]!
        if (next.kind === ']') {
          i += 2
          type = { kind: 'ArrayType', item: type, start: type.start, end: next.end }
          continue
        }
        if (type.kind === 'TypeReference' && (next.kind === 'Integer' || next.kind === '*') && tokens[i + 2]!.kind === ']') {
          type.path.push(`[${next.value}]`)
          type.end = tokens[i + 2]!.end
          i += 3
          continue
        }
        return type
      }
      if (t.kind === '?') {
        i++
        type = { kind: 'NullableType', type, start: type.start, end: t.end }
        continue
      }
      if (t.kind === '!') {
        // `nullable!`: the non-null form of a nullable type
        i++
        type = { ...type, end: t.end }
        continue
      }
      if (t.kind === '.' && type.kind === 'TypeReference') {
        i++
        const p = cur()
        if (p.kind === '*' || p.kind === 'Identifier') {
          i++
          type.path.push(p.value)
          type.end = p.end
        } else error(`Expected a property name but found ${describe(p)}.`, p.start, p.end)
        continue
      }
      return type
    }
  }

  const parsePrimaryType = (): A.TypeExpression => {
    const t = cur()
    switch (t.kind) {
      case 'Identifier': {
        if (t.value === 'true' || t.value === 'false' || t.value === 'null') {
          const value = parsePrimary() as A.BooleanLiteral | A.NullLiteral
          return { kind: 'TypeLiteral', value, start: t.start, end: t.end }
        }
        i++
        if ((t.value === 'sys' || t.value === 'az') && cur().kind === '.' && /^resource(In|Out)put$/.test(tokens[i + 1]!.value)) {
          i++
          return parsePrimaryType()
        }
        if ((t.value === 'resourceInput' || t.value === 'resourceOutput' || t.value === 'resource') && cur().kind === '<') {
          i++
          skipLines()
          const s = parseString()
          skipLines()
          const close = expect('>', "'>'")
          return {
            kind: 'TypeReference',
            name: t.value,
            resourceType: s.kind === 'String' ? s : undefined,
            path: [],
            start: t.start,
            end: close ? close.end : s.end
          }
        }
        if (t.value === 'resource' && (cur().kind === 'String' || cur().kind === 'StringLeft')) {
          const s = parseString()
          return s.kind === 'String' ? { kind: 'ResourceType', type: s, start: t.start, end: s.end } : s
        }
        return { kind: 'TypeReference', name: t.value, path: [], start: t.start, end: t.end }
      }
      case 'String':
      case 'StringLeft': {
        const s = parseString()
        return s.kind === 'String' ? { kind: 'TypeLiteral', value: s, start: s.start, end: s.end } : s
      }
      case 'Integer': {
        i++
        return {
          kind: 'TypeLiteral',
          value: { kind: 'Integer', value: Number(t.value), start: t.start, end: t.end },
          start: t.start,
          end: t.end
        }
      }
      case '-':
      case '!': {
        const value = parseUnary()
        return { kind: 'TypeLiteral', value: value as A.Unary, start: t.start, end: value.end }
      }
      case '{':
        return parseObjectType()
      case '[':
        return parseTupleType()
      case '(': {
        i++
        const type = withNewLines(true, () => parseType())
        const close = withNewLines(true, () => expect(')', "')'"))
        return { kind: 'ParenthesizedType', type, start: t.start, end: close ? close.end : type.end }
      }
      default:
        if (t.kind === 'Error') {
          i++
          return { kind: 'Missing', start: t.start, end: t.end }
        }
        error(`Expected a type but found ${describe(t)}.`, t.start, t.end)
        return missing()
    }
  }

  const parseObjectType = (): A.TypeExpression => {
    const open = cur()
    i++
    const properties: A.ObjectTypeProperty[] = []
    const end = withNewLines(false, () => {
      while (true) {
        skipLines()
        const t = cur()
        if (t.kind === '}') return advance().end
        if (t.kind === 'EOF' || isDeclarationStart(i)) {
          error(`Expected '}' but found ${describe(t)}.`, t.start, t.end)
          return t.start
        }
        const decorators = parseDecorators()
        const k = cur()
        let key: A.Identifier | A.StringLiteral | '*' | undefined
        if (k.kind === 'Identifier') {
          i++
          key = { kind: 'Identifier', name: k.value, start: k.start, end: k.end }
        } else if (k.kind === '*') {
          i++
          key = '*'
        } else if (k.kind === 'String' || k.kind === 'StringLeft') {
          const s = parseString()
          if (s.kind === 'String') key = s
        }
        if (!key) recover('Expected a property name but found {found}.', ['NewLine', ',', '}'])
        else if (cur().kind !== ':') recover("Expected ':' but found {found}.", ['NewLine', ',', '}'])
        else {
          i++
          const type = parseType()
          properties.push({ decorators, key, type, start: decorators[0]?.start ?? k.start, end: type.end })
        }
        const s = cur()
        if (s.kind === ',' || s.kind === 'NewLine') i++
        else if (s.kind !== '}') recover("Expected ',', a new line or '}' but found {found}.", ['NewLine', ',', '}'])
        if (cur().kind === ',') i++
      }
    })
    return { kind: 'ObjectType', properties, start: open.start, end }
  }

  const parseTupleType = (): A.TypeExpression => {
    const open = cur()
    i++
    const items: A.TupleType['items'] = []
    const end = withNewLines(false, () => {
      while (true) {
        skipLines()
        const t = cur()
        if (t.kind === ']') return advance().end
        if (t.kind === 'EOF' || isDeclarationStart(i)) {
          error(`Expected ']' but found ${describe(t)}.`, t.start, t.end)
          return t.start
        }
        const decorators = parseDecorators()
        items.push({ decorators, type: parseType() })
        const s = cur()
        if (s.kind === ',' || s.kind === 'NewLine') i++
        else if (s.kind !== ']') recover("Expected ',', a new line or ']' but found {found}.", ['NewLine', ',', ']'])
        if (cur().kind === ',') i++
      }
    })
    return { kind: 'TupleType', items, start: open.start, end }
  }

  // ── statements ────────────────────────────────────────────────────────
  const parseDecorators = (): A.Decorator[] => {
    const decorators: A.Decorator[] = []
    while (cur().kind === '@') {
      const at = advance()
      const expression = withNewLines(false, () => parsePostfix(parsePrimary()))
      decorators.push({ kind: 'Decorator', expression, start: at.start, end: expression.end })
      skipLines()
    }
    return decorators
  }

  const parseBody = (): A.Expression | A.IfCondition => (isKeyword(cur(), 'if') ? parseIf() : parseExpression())

  const parseStatement = (): A.Statement | undefined => parseDeclaration(parseDecorators())

  const parseDeclaration = (decorators: A.Decorator[]): A.Statement | undefined => {
    const k = cur()
    if (k.kind !== 'Identifier' || !DECLARATION_KEYWORDS.has(k.value)) {
      recover('Expected a declaration (param, var, resource, module, output, type, func, import...) but found {found}.', ['NewLine'])
      return undefined
    }
    i++
    const keyword = { start: k.start, end: k.end }
    const start = decorators[0]?.start ?? k.start
    const base = { decorators, keyword, start }
    const done = <T extends A.Statement>(s: Omit<T, 'end'>, end: number): T => {
      const statement = s as T
      statement.end = end
      return statement
    }
    switch (k.value) {
      case 'param': {
        const name = identifier('a parameter name')
        let type: A.TypeExpression | undefined
        if (cur().kind !== '=') type = parseType()
        let value: A.Expression | undefined
        if (cur().kind === '=') {
          i++
          value = parseExpression()
        }
        return done<A.ParamDecl>({ kind: 'Param', ...base, name, type, value }, (value ?? type ?? name).end)
      }
      case 'var': {
        const name = identifier('a variable name')
        let type: A.TypeExpression | undefined
        if (cur().kind !== '=') type = parseType()
        expect('=', "'='")
        const value = parseExpression()
        return done<A.VarDecl>({ kind: 'Var', ...base, name, type, value }, value.end)
      }
      case 'resource':
      case 'module':
      case 'test': {
        const name = identifier(`a ${k.value} name`)
        const type = parseString()
        let existing = false
        if (k.value === 'resource' && isKeyword(cur(), 'existing')) {
          existing = true
          i++
        }
        expect('=', "'='")
        skipLines()
        const value = parseBody()
        if (k.value === 'resource') return done<A.ResourceDecl>({ kind: 'Resource', ...base, name, type, existing, value }, value.end)
        if (k.value === 'module') return done<A.ModuleDecl>({ kind: 'Module', ...base, name, path: type, value }, value.end)
        return done<A.TestDecl>({ kind: 'Test', ...base, name, path: type, value: value as A.Expression }, value.end)
      }
      case 'output': {
        const name = identifier('an output name')
        const type = parseType()
        expect('=', "'='")
        const value = parseExpression()
        return done<A.OutputDecl>({ kind: 'Output', ...base, name, type, value }, value.end)
      }
      case 'type': {
        const name = identifier('a type name')
        expect('=', "'='")
        if (peekPastLines().kind === '|') skipLines()
        const type = parseType()
        return done<A.TypeDecl>({ kind: 'Type', ...base, name, type }, type.end)
      }
      case 'func': {
        const name = identifier('a function name')
        let lambda: A.Lambda | A.Missing
        if (cur().kind === '(') {
          const lstart = cur().start
          const params = parseLambdaParameters()
          const returnType = cur().kind === '=>' ? undefined : parseType()
          lambda = parseLambdaBody(params, lstart, returnType)
        } else {
          const t = cur()
          error(`Expected '(' but found ${describe(t)}.`, t.start, t.end)
          lambda = missing()
        }
        return done<A.FuncDecl>({ kind: 'Func', ...base, name, lambda }, lambda.end)
      }
      case 'import': {
        const t = cur()
        if (t.kind === 'String' || t.kind === 'StringLeft') {
          // Legacy provider import: `import 'az@1.0.0' with {...} as alias`.
          const specification = parseString()
          let config: A.Expression | undefined
          let alias: A.Identifier | undefined
          if (isKeyword(cur(), 'with')) {
            i++
            config = parseExpression()
          }
          if (isKeyword(cur(), 'as')) {
            i++
            alias = identifier('an alias')
          }
          const end = (alias ?? config ?? specification).end
          return done<A.ImportDecl>(
            { kind: 'Import', ...base, specification: specification.kind === 'String' ? specification : undefined, wildcardAlias: alias },
            end
          )
        }
        let symbols: A.ImportDecl['symbols']
        let wildcardAlias: A.Identifier | undefined
        if (t.kind === '*') {
          i++
          expectKeyword('as')
          wildcardAlias = identifier('an alias')
        } else if (t.kind === '{') {
          i++
          symbols = []
          const list = symbols
          withNewLines(true, () => {
            while (cur().kind !== '}' && cur().kind !== 'EOF') {
              const s = cur()
              let name: A.Identifier | A.StringLiteral | undefined
              if (s.kind === 'Identifier') name = identifier('a symbol name')
              else if (s.kind === 'String') name = parseString() as A.StringLiteral
              else {
                recover('Expected a symbol name but found {found}.', [',', '}'])
                if (cur().kind === ',') i++
                continue
              }
              let alias: A.Identifier | undefined
              if (isKeyword(cur(), 'as')) {
                i++
                alias = identifier('an alias')
              }
              list.push({ name, alias })
              if (cur().kind === ',') i++
            }
            expect('}', "'}'")
          })
        } else {
          error(`Expected '{', '*' or a string but found ${describe(t)}.`, t.start, t.end)
        }
        let from: A.StringLiteral | A.Missing | undefined
        if (expectKeyword('from')) from = parseString()
        return done<A.ImportDecl>({ kind: 'Import', ...base, symbols, wildcardAlias, from }, from ? from.end : cur().start)
      }
      case 'metadata': {
        const name = identifier('a metadata name')
        expect('=', "'='")
        const value = parseExpression()
        return done<A.MetadataDecl>({ kind: 'Metadata', ...base, name, value }, value.end)
      }
      case 'targetScope': {
        expect('=', "'='")
        const value = parseExpression()
        return done<A.TargetScopeDecl>({ kind: 'TargetScope', ...base, value }, value.end)
      }
      case 'extension':
      case 'extensionConfig':
      case 'provider': {
        const s = cur()
        const specification = s.kind === 'Identifier' ? identifier('an extension name') : parseString()
        let config: A.Expression | undefined
        let alias: A.Identifier | undefined
        if (isKeyword(cur(), 'with')) {
          i++
          config = parseExpression()
        }
        if (isKeyword(cur(), 'as')) {
          i++
          alias = identifier('an alias')
        }
        return done<A.ExtensionDecl>({ kind: 'Extension', ...base, specification, config, alias }, (alias ?? config ?? specification).end)
      }
      case 'using': {
        let path: A.StringLiteral | A.Missing | undefined
        let end: number
        if (isKeyword(cur(), 'none')) end = advance().end
        else {
          path = parseString()
          end = path.end
        }
        let config: A.Expression | undefined
        if (isKeyword(cur(), 'with')) {
          i++
          config = parseExpression()
          end = config.end
        }
        return done<A.UsingDecl>({ kind: 'Using', ...base, path, config }, end)
      }
      case 'extends': {
        const path = parseString()
        return done<A.ExtendsDecl>({ kind: 'Extends', ...base, path }, path.end)
      }
      default: {
        // assert
        const name = identifier('an assertion name')
        expect('=', "'='")
        const value = parseExpression()
        return done<A.AssertDecl>({ kind: 'Assert', ...base, name, value }, value.end)
      }
    }
  }

  const statements: A.Statement[] = []
  while (true) {
    skipNewLines = false
    skipLines()
    if (raw().kind === 'EOF') break
    const before = i
    const statement = parseStatement()
    if (statement) statements.push(statement)
    const t = raw()
    if (t.kind !== 'NewLine' && t.kind !== 'EOF') recover('Expected a new line after the declaration but found {found}.', ['NewLine'])
    if (i === before) i++ // always make progress
  }

  errors.sort((a, b) => a.start - b.start || a.end - b.end)
  return { ast: { kind: 'Program', statements, start: 0, end: text.length }, errors }
}
