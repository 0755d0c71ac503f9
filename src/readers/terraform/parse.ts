/**
 * Tree-sitter's HCL tree → the small AST of ast.ts. The grammar flattens an
 * expression's postfix parts (`var.a.b[0]` is `variable_expr get_attr get_attr
 * index` under one node, and binary operands are flattened the same way), so
 * the conversion regroups them. Blocks holding a syntax error are dropped:
 * the first error becomes a parse problem, and what tree-sitter recovered
 * around it is not trusted.
 */
import type { Node } from 'web-tree-sitter'
import type { ParseProblem, Span } from '../../model.js'
import type { Attribute, Block, Body, Expr, PostfixOp, TemplatePart } from './ast.js'

export interface ParsedHcl {
  body: Body
  problems: ParseProblem[]
}

const MAX_DEPTH = 200
const MAX_BLOCK_DEPTH = 64

export class Converter {
  private depth = 0
  constructor(
    private readonly file: string,
    private readonly text: string
  ) {}

  span(node: Node, end: Node = node): Span {
    return {
      file: this.file,
      line: node.startPosition.row + 1,
      column: node.startPosition.column + 1,
      endLine: end.endPosition.row + 1,
      endColumn: end.endPosition.column + 1
    }
  }

  /** Where blocks nest deeper than MAX_BLOCK_DEPTH (they are dropped; the file gets a parse problem). */
  tooDeep?: Span
  private blockDepth = 0

  body(node: Node): Body {
    const body: Body = { attributes: [], blocks: [] }
    if (this.blockDepth > MAX_BLOCK_DEPTH) {
      this.tooDeep ??= this.span(node)
      return body
    }
    for (const child of named(node)) {
      if (!child || child.hasError) continue
      if (child.type === 'attribute') {
        const attr = this.attribute(child)
        if (attr) body.attributes.push(attr)
      } else if (child.type === 'block') {
        body.blocks.push(this.block(child))
      }
    }
    return body
  }

  attribute(node: Node): Attribute | undefined {
    const name = named(node).find((c) => c?.type === 'identifier')
    const expr = named(node).find((c) => c?.type === 'expression')
    if (!name || !expr) return undefined
    return { name: name.text, expr: this.expr(expr), span: this.span(node) }
  }

  block(node: Node): Block {
    const labels: string[] = []
    let type = ''
    let open: Node | undefined
    let bodyNode: Node | undefined
    for (const child of kids(node)) {
      if (!child) continue
      if (child.type === 'identifier' && !type) type = child.text
      else if (child.type === 'identifier') labels.push(child.text)
      else if (child.type === 'string_lit') labels.push(this.literalText(child))
      else if (child.type === 'block_start') open = child
      else if (child.type === 'body') bodyNode = child
    }
    this.blockDepth++
    const body = bodyNode ? this.body(bodyNode) : { attributes: [], blocks: [] }
    this.blockDepth--
    return {
      type,
      labels,
      body,
      span: this.span(node, open ?? node)
    }
  }

  expr(node: Node): Expr {
    if (++this.depth > MAX_DEPTH) {
      this.depth--
      return { k: 'unsupported', what: 'expression nested too deeply', span: this.span(node) }
    }
    try {
      return this.exprInner(node)
    } finally {
      this.depth--
    }
  }

  private exprInner(node: Node): Expr {
    const span = this.span(node)
    switch (node.type) {
      case 'expression':
        return this.sequence(kids(node).filter(isNode), span)
      case 'literal_value':
        return this.literal(node)
      case 'variable_expr':
        return { k: 'var', name: node.text, span }
      case 'template_expr': {
        const inner = named(node)[0]
        return inner ? this.template(inner) : { k: 'lit', value: '', span }
      }
      case 'collection_value':
        return named(node)[0] ? this.expr(named(node)[0]) : { k: 'unsupported', what: 'collection', span }
      case 'tuple':
        return {
          k: 'tuple',
          items: named(node)
            .filter((c): c is Node => c?.type === 'expression')
            .map((c) => this.expr(c)),
          span
        }
      case 'object': {
        const items: { key: Expr; value: Expr }[] = []
        for (const el of named(node)) {
          if (el?.type !== 'object_elem') continue
          const key = el.childForFieldName('key')
          const value = el.childForFieldName('val')
          if (key && value) items.push({ key: this.objectKey(key), value: this.expr(value) })
        }
        return { k: 'object', items, span }
      }
      case 'function_call': {
        const name = named(node).find((c) => c?.type === 'identifier')?.text ?? ''
        const argsNode = named(node).find((c) => c?.type === 'function_arguments')
        const args = argsNode
          ? named(argsNode)
              .filter((c): c is Node => c?.type === 'expression')
              .map((c) => this.expr(c))
          : []
        const expand = !!argsNode?.namedChildren.some((c) => c?.type === 'ellipsis')
        return { k: 'call', name, args, expand, span }
      }
      case 'conditional': {
        const [c, t, e] = named(node)
          .filter(isNode)
          .map((n) => n)
        if (!c || !t || !e) return { k: 'unsupported', what: 'conditional', span }
        return this.conditional(c, this.expr(t), this.expr(e), span)
      }
      case 'operation':
        return named(node)[0] ? this.expr(named(node)[0]) : { k: 'unsupported', what: 'operation', span }
      case 'unary_operation': {
        const [op, ...rest] = kids(node).filter(isNode)
        return { k: 'unary', op: op.type, operand: this.sequence(rest, span), span }
      }
      case 'binary_operation': {
        const children = kids(node).filter(isNode)
        // The operator is the first anonymous child that is not a parenthesis of the left operand.
        let level = 0
        let at = -1
        for (let i = 0; i < children.length; i++) {
          const c = children[i]
          if (c.isNamed) continue
          if (c.type === '(') level++
          else if (c.type === ')') level--
          else if (level === 0) {
            at = i
            break
          }
        }
        if (at < 0) return { k: 'unsupported', what: 'operation', span }
        return {
          k: 'binary',
          op: children[at].type,
          left: this.sequence(children.slice(0, at), span),
          right: this.sequence(children.slice(at + 1), span),
          span
        }
      }
      case 'for_expr':
        return named(node)[0] ? this.forExpr(named(node)[0]) : { k: 'unsupported', what: 'for', span }
      default:
        return { k: 'unsupported', what: node.type, span }
    }
  }

  /** HCL's conditional is right-associative; the grammar nests `a ? b : c ? d : e` to the left, so rotate it back. */
  private conditional(condNode: Node, then: Expr, els: Expr, span: Span): Expr {
    const inner = condNode.type === 'expression' && kids(condNode).length === 1 ? kids(condNode)[0] : null
    if (inner?.type === 'conditional') {
      const [c, t, e] = named(inner).filter(isNode)
      if (c && t && e) {
        const rest = this.conditional(e, then, els, { ...this.span(e), endLine: span.endLine, endColumn: span.endColumn })
        return this.conditional(c, this.expr(t), rest, span)
      }
    }
    return { k: 'cond', cond: this.expr(condNode), then, else: els, span }
  }

  /** A head term (maybe parenthesised) followed by postfix parts: attribute access, index, splat. */
  private sequence(nodes: Node[], span: Span): Expr {
    if (nodes.length === 0) return { k: 'unsupported', what: 'empty expression', span }
    let i: number
    let head: Expr
    if (nodes[0].type === '(') {
      const close = nodes.findIndex((n, j) => j > 0 && n.type === ')')
      const inner = nodes[1]
      head = inner ? this.expr(inner) : { k: 'unsupported', what: 'parenthesis', span }
      i = close > 0 ? close + 1 : nodes.length
    } else if (nodes.length === 1 && nodes[0].type !== 'expression') {
      if (!['get_attr', 'index', 'splat'].includes(nodes[0].type)) return this.exprInner(nodes[0])
      head = { k: 'unsupported', what: nodes[0].type, span }
      i = 1
    } else {
      head = this.expr(nodes[0])
      i = 1
    }
    let result = head
    for (; i < nodes.length; i++) {
      const n = nodes[i]
      const s: Span = { ...span, endLine: this.span(n).endLine, endColumn: this.span(n).endColumn }
      if (n.type === 'splat') {
        const kind = named(n)[0]
        const ops = kind ? this.postfixOps(named(kind).filter(isNode)) : []
        result = { k: 'splat', obj: result, ops, span: s }
        continue
      }
      const op = this.postfix(n)
      if (!op) continue
      result = op.k === 'attr' ? { k: 'attr', obj: result, name: op.name, span: s } : { k: 'index', obj: result, key: op.key, span: s }
    }
    return result
  }

  private postfixOps(nodes: Node[]): PostfixOp[] {
    return nodes.map((n) => this.postfix(n)).filter((p): p is PostfixOp => !!p)
  }

  private postfix(n: Node): PostfixOp | undefined {
    if (n.type === 'get_attr') {
      const id = named(n).find((c) => c?.type === 'identifier')
      return id ? { k: 'attr', name: id.text } : undefined
    }
    if (n.type === 'index') {
      const inner = named(n)[0]
      if (inner?.type === 'new_index') {
        const e = named(inner).find((c) => c?.type === 'expression')
        return e ? { k: 'index', key: this.expr(e) } : undefined
      }
      if (inner?.type === 'legacy_index') {
        const digits = inner.text.replace(/^\./, '')
        return { k: 'index', key: { k: 'lit', value: Number(digits), span: this.span(inner) } }
      }
    }
    return undefined
  }

  private objectKey(node: Node): Expr {
    // A bare identifier key is a string, not a variable; `(expr)` is evaluated.
    const only = kids(node).length === 1 ? kids(node)[0] : null
    if (only?.type === 'variable_expr') return { k: 'lit', value: only.text, span: this.span(only) }
    return this.expr(node)
  }

  private literal(node: Node): Expr {
    const span = this.span(node)
    const inner = named(node)[0]
    if (!inner) return { k: 'unsupported', what: 'literal', span }
    switch (inner.type) {
      case 'numeric_lit':
        return { k: 'lit', value: Number(inner.text), span }
      case 'bool_lit':
        return { k: 'lit', value: inner.text === 'true', span }
      case 'null_lit':
        return { k: 'lit', value: null, span }
      case 'string_lit':
        return { k: 'lit', value: this.literalText(inner), span }
    }
    return { k: 'unsupported', what: inner.type, span }
  }

  private literalText(stringLit: Node): string {
    return named(stringLit)
      .filter((c) => c?.type === 'template_literal')
      .map((c) => unescapeQuoted(c!.text))
      .join('')
  }

  private template(node: Node): Expr {
    const span = this.span(node)
    if (node.type === 'heredoc_template') return this.heredoc(node, span)
    const parts = this.templateParts(kids(node).filter(isNode), true)
    return simplifyTemplate(parts, span)
  }

  private templateParts(nodes: Node[], quoted: boolean): TemplatePart[] {
    const parts: TemplatePart[] = []
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]
      if (n.type === 'template_literal') parts.push(quoted ? unescapeQuoted(n.text) : unescapeHeredoc(n.text))
      else if (n.type === 'template_interpolation') {
        const e = named(n).find((c) => c?.type === 'expression')
        if (e) parts.push(this.expr(e))
      } else if (n.type === 'template_directive') {
        const d = named(n)[0]
        if (d?.type === 'template_if') parts.push(this.templateIf(d, quoted))
        else parts.push({ k: 'unsupported', what: 'template for directive', span: this.span(n) })
      }
    }
    return parts
  }

  private templateIf(node: Node, quoted: boolean): TemplatePart {
    const intro = named(node).find((c) => c?.type === 'template_if_intro')
    const condNode = intro?.namedChildren.find((c) => c?.type === 'expression')
    const then: Node[] = []
    const els: Node[] = []
    let target = then
    for (const c of kids(node)) {
      if (!c) continue
      if (c.type === 'template_else_intro') target = els
      else if (['template_literal', 'template_interpolation', 'template_directive'].includes(c.type)) target.push(c)
    }
    if (!condNode) return { k: 'unsupported', what: 'template if', span: this.span(node) }
    return { k: 'if', cond: this.expr(condNode), then: this.templateParts(then, quoted), else: this.templateParts(els, quoted) }
  }

  /** Heredoc literals are cut from the source text, since the grammar's literal tokens drop line breaks and spaces. */
  private heredoc(node: Node, span: Span): Expr {
    const ids = named(node).filter((c): c is Node => c?.type === 'heredoc_identifier')
    const open = ids[0]
    const close = ids[ids.length - 1]
    if (!open || !close || open === close) return { k: 'lit', value: '', span }
    const indent = node.text.startsWith('<<-')
    const bodyStart = this.text.indexOf('\n', open.endIndex) + 1
    const bodyEnd = this.text.lastIndexOf('\n', close.startIndex) + 1
    const pieces: TemplatePart[] = []
    let pos = bodyStart
    for (const c of named(node)) {
      if (!c || (c.type !== 'template_interpolation' && c.type !== 'template_directive')) continue
      if (c.startIndex < bodyStart || c.endIndex > bodyEnd) continue
      pieces.push(unescapeHeredoc(this.text.slice(pos, c.startIndex)))
      pieces.push(...this.templateParts([c], false))
      pos = c.endIndex
    }
    pieces.push(unescapeHeredoc(this.text.slice(pos, bodyEnd)))
    const parts = indent ? stripIndent(pieces) : pieces
    return simplifyTemplate(parts, span)
  }

  private forExpr(node: Node): Expr {
    const span = this.span(node)
    const intro = named(node).find((c) => c?.type === 'for_intro')
    if (!intro) return { k: 'unsupported', what: 'for', span }
    const ids = named(intro)
      .filter((c): c is Node => c?.type === 'identifier')
      .map((c) => c.text)
    const collNode = named(intro).find((c) => c?.type === 'expression')
    const exprs = named(node).filter((c): c is Node => c?.type === 'expression')
    const condNode = named(node)
      .find((c) => c?.type === 'for_cond')
      ?.namedChildren.find((c) => c?.type === 'expression')
    const object = node.type === 'for_object_expr'
    if (!collNode || exprs.length < (object ? 2 : 1)) return { k: 'unsupported', what: 'for', span }
    return {
      k: 'for',
      object,
      keyVar: ids.length > 1 ? ids[0] : undefined,
      valVar: ids[ids.length - 1],
      coll: this.expr(collNode),
      keyExpr: object ? this.expr(exprs[0]) : undefined,
      valExpr: this.expr(object ? exprs[1] : exprs[0]),
      cond: condNode ? this.expr(condNode) : undefined,
      group: kids(node).some((c) => c?.type === 'ellipsis'),
      span
    }
  }
}

function isNode(n: Node | null): n is Node {
  return !!n
}

/** Children without comments, which the grammar allows anywhere (inside tuples, calls, conditionals...). */
function kids(n: Node): Node[] {
  return n.children.filter((c): c is Node => !!c && c.type !== 'comment')
}

function named(n: Node): Node[] {
  return n.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment')
}

function simplifyTemplate(parts: TemplatePart[], span: Span): Expr {
  if (parts.every((p) => typeof p === 'string')) return { k: 'lit', value: parts.join(''), span }
  // "${x}" alone is x itself, with its type (HCL does the same).
  if (parts.length === 1 && typeof parts[0] !== 'string' && parts[0].k !== 'if') return parts[0]
  return { k: 'tpl', parts, span }
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' }

export function unescapeQuoted(raw: string): string {
  return unescapeHeredoc(
    raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (m, e: string) => {
      if (e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16))
      return ESCAPES[e] ?? m
    })
  )
}

function unescapeHeredoc(raw: string): string {
  return raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{')
}

/** `<<-` strips the smallest indentation of the lines (interpolations count as text). */
function stripIndent(parts: TemplatePart[]): TemplatePart[] {
  const text = parts.map((p) => (typeof p === 'string' ? p : 'x')).join('')
  const widths = text
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => /^[ \t]*/.exec(l)![0].length)
  const indent = widths.length ? Math.min(...widths) : 0
  if (indent === 0) return parts
  let atLineStart = true
  return parts.map((p) => {
    if (typeof p !== 'string') {
      atLineStart = false
      return p
    }
    const out = p
      .split('\n')
      .map((line, i) => (i > 0 || atLineStart ? line.slice(Math.min(indent, /^[ \t]*/.exec(line)![0].length)) : line))
      .join('\n')
    atLineStart = p.endsWith('\n')
    return out
  })
}

/** The first syntax error of a tree, as a parse problem. */
export function firstSyntaxError(root: Node, conv: Converter): ParseProblem | undefined {
  if (!root.hasError) return undefined
  // Depth first, in document order, without recursion: a tree can be thousands of levels deep.
  let found: Node | undefined
  const stack: Node[] = [root]
  while (stack.length && !found) {
    const n = stack.pop()!
    if (n.isError || n.isMissing) found = n
    else {
      const children = kids(n).filter((c) => c.hasError || c.isMissing)
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
    }
  }
  if (!found) return undefined
  if (found.isMissing) {
    const missing = missingProblem(found, conv)
    if (missing) return missing
  }
  const span = conv.span(found)
  const near = found.text.split('\n')[0].slice(0, 30)
  const message = found.isMissing
    ? `Terraform syntax error: missing '${found.type}' at line ${span.line}, column ${span.column}.`
    : `Terraform syntax error at line ${span.line}, column ${span.column}${near ? `: unexpected '${near}'` : ''}.`
  const endColumn = span.line === span.endLine && span.endColumn > span.column ? span.endColumn : span.column + 1
  return { message, span: { ...span, endLine: span.line, endColumn } }
}

/**
 * Tree-sitter's recovery names the token it invented, often an internal one
 * (`quoted_template_end`, or `<<` when it reads `x == 1` as a heredoc): say
 * what the user wrote instead. A string or heredoc that is never closed is
 * reported where it opens, not at the end of the file where it is noticed.
 */
function missingProblem(found: Node, conv: Converter): ParseProblem | undefined {
  if (/^[)}\]:,=?"]$/.test(found.type)) return undefined
  const at = (node: Node, message: string): ParseProblem => {
    const span = conv.span(node)
    return { message, span: { ...span, endLine: span.line, endColumn: span.column + 1 } }
  }
  let container: Node | null = found.parent
  while (container && container.type !== 'string_lit' && container.type !== 'heredoc_template') container = container.parent
  const where = (n: Node) => `line ${n.startPosition.row + 1}, column ${n.startPosition.column + 1}`
  if (container?.type === 'string_lit' && found.type === 'quoted_template_end')
    return at(container, `Terraform syntax error: unterminated string (the " at ${where(container)} is never closed).`)
  if (container?.type === 'heredoc_template') {
    const start = container.children.find((c) => c?.type === 'heredoc_start')
    const phantom = !start || start.hasError || start.children.some((c) => c?.isMissing)
    if (!phantom) {
      const ident = container.children.find((c) => c?.type === 'heredoc_identifier' && !c.isMissing)
      const name = ident?.text ?? 'the heredoc'
      return at(container, `Terraform syntax error: unterminated heredoc (no line closes ${name} opened at ${where(container)}).`)
    }
    // `x == 1`: no heredoc was written; the token there is the error.
    const near = container.text.trimStart().split(/\s/)[0].slice(0, 30)
    if (near) return at(container, `Terraform syntax error at ${where(container)}: unexpected '${near}'.`)
  }
  return undefined
}
