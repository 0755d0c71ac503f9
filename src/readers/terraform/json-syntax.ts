/**
 * Terraform's JSON syntax (`.tf.json`, `.tfvars.json`) into the same AST as
 * HCL. Strings may hold `${...}` templates: those are parsed by the HCL
 * grammar, and every part of them points at the JSON string. Whether an
 * object is a nested block or an attribute depends on the provider schema in
 * Terraform; here an object or array of objects is both (a block for
 * `default_node_pool`, an attribute value for `tags` or an azapi `body`).
 */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser'
import type { Span } from '../../model.js'
import { scanSuppressions } from '../../policy/suppressions.js'
import type { SuppressionDirective } from '../types.js'
import type { Attribute, Block, Body, Expr } from './ast.js'
import type { ParsedFile } from './config.js'
import { problemAt } from './hcl.js'
import { Converter } from './parse.js'
import { LineIndex } from '../line-index.js'
import { treeSitterParser } from '../tree-sitter.js'

/** Positions of JSON nodes (jsonc-parser offsets) in the file. */
export class Positions extends LineIndex {
  at(offset: number): { line: number; column: number } {
    return this.position(offset)
  }

  override span(node: JsonNode | number, length?: number): Span {
    if (typeof node === 'number') return super.span(node, length ?? node)
    return super.span(node.offset, node.offset + (length ?? node.length))
  }
}

export function parseJson(file: string, text: string): { root?: JsonNode; problem?: ParsedFile['problem']; positions: Positions } {
  const positions = new Positions(file, text)
  const errors: ParseError[] = []
  let root: JsonNode | undefined
  try {
    root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false })
  } catch {
    // jsonc-parser recurses per nesting level: thousands of levels overflow the stack.
    return { positions, problem: problemAt(file, 'JSON nested too deeply to read.') }
  }
  if (errors.length) {
    const p = positions.at(errors[0].offset)
    return {
      root,
      positions,
      problem: problemAt(
        file,
        `JSON syntax error: ${printParseErrorCode(errors[0].error)} at line ${p.line}, column ${p.column}.`,
        p.line,
        p.column
      )
    }
  }
  return { root, positions }
}

/** A JSON value as an expression: literals, tuples and objects keep their spans. */
export function jsonExpr(node: JsonNode, pos: Positions, templates?: Map<JsonNode, Expr>, depth = 0): Expr {
  const span = node.type === 'object' || node.type === 'array' ? pos.span(node, 1) : pos.span(node)
  if (depth > 100) return { k: 'unsupported', what: 'value nested too deeply', span }
  switch (node.type) {
    case 'object':
      return {
        k: 'object',
        items: (node.children ?? []).flatMap((p) =>
          p.children?.length === 2
            ? [
                {
                  key: { k: 'lit' as const, value: String(p.children[0].value), span: pos.span(p.children[0]) },
                  value: jsonExpr(p.children[1], pos, templates, depth + 1)
                }
              ]
            : []
        ),
        span
      }
    case 'array':
      return { k: 'tuple', items: (node.children ?? []).map((c) => jsonExpr(c, pos, templates, depth + 1)), span }
    case 'string':
      return templates?.get(node) ?? { k: 'lit', value: node.value as string, span }
    case 'number':
    case 'boolean':
      return { k: 'lit', value: node.value as number | boolean, span }
    default:
      return { k: 'lit', value: null, span }
  }
}

/** `.tf.json`: top-level keys are block types; labels are nested object keys. */
export async function parseTerraformJson(file: string, text: string, vars: boolean): Promise<ParsedFile> {
  const { root, problem, positions } = parseJson(file, text)
  const empty: Body = { attributes: [], blocks: [] }
  if (problem || !root || root.type !== 'object')
    return { path: file, body: empty, problem: problem ?? problemAt(file, 'A Terraform JSON file must hold an object.') }
  const templates = await parseTemplates(root, positions)
  if (vars) return { path: file, body: bodyOf(root, positions, templates, 0) }
  const body: Body = { attributes: [], blocks: [] }
  const LABELS: Record<string, number> = { resource: 2, data: 2, variable: 1, output: 1, module: 1, provider: 1, locals: 0, terraform: 0 }
  for (const prop of root.children ?? []) {
    const [k, v] = prop.children ?? []
    if (!k || !v) continue
    const type = String(k.value)
    const n = LABELS[type]
    if (n === undefined) continue
    const collect = (node: JsonNode, labels: string[], at: JsonNode) => {
      if (labels.length === n) {
        for (const item of node.type === 'array' ? (node.children ?? []) : [node])
          if (item.type === 'object')
            body.blocks.push({ type, labels, body: bodyOf(item, positions, templates, 0), span: positions.span(at) })
        return
      }
      if (node.type !== 'object') return
      for (const p of node.children ?? []) {
        const [lk, lv] = p.children ?? []
        if (lk && lv) collect(lv, [...labels, String(lk.value)], labels.length === n - 1 ? lk : at)
      }
    }
    collect(v, [], k)
  }
  return { path: file, body }
}

function bodyOf(node: JsonNode, pos: Positions, templates: Map<JsonNode, Expr>, depth: number): Body {
  const body: Body = { attributes: [], blocks: [] }
  for (const prop of node.children ?? []) {
    const [k, v] = prop.children ?? []
    if (!k || !v) continue
    const name = String(k.value)
    if (name === '//') continue
    const attr: Attribute = { name, expr: jsonExpr(v, pos, templates), span: pos.span(prop) }
    body.attributes.push(attr)
    if (depth > 20) continue
    const items = v.type === 'array' ? (v.children ?? []) : [v]
    if (items.length && items.every((i) => i.type === 'object')) {
      for (const item of items) {
        if (name === 'dynamic') {
          for (const p of item.children ?? []) {
            const [dk, dv] = p.children ?? []
            if (dk && dv?.type === 'object') body.blocks.push(block(name, [String(dk.value)], dv, dk, pos, templates, depth))
          }
        } else body.blocks.push(block(name, [], item, k, pos, templates, depth))
      }
    }
  }
  return body
}

function block(
  type: string,
  labels: string[],
  node: JsonNode,
  at: JsonNode,
  pos: Positions,
  templates: Map<JsonNode, Expr>,
  depth: number
): Block {
  return { type, labels, body: bodyOf(node, pos, templates, depth + 1), span: pos.span(at) }
}

/** Every JSON string holding `${` or `%{` is an HCL template: parse them all with the grammar, pointing at the string. */
async function parseTemplates(root: JsonNode, pos: Positions): Promise<Map<JsonNode, Expr>> {
  const strings: JsonNode[] = []
  const walk = (n: JsonNode, depth: number) => {
    if (depth > 100) return
    if (n.type === 'string' && /[$%]\{/.test(n.value as string)) strings.push(n)
    for (const c of n.children ?? []) walk(c, depth + 1)
  }
  walk(root, 0)
  const out = new Map<JsonNode, Expr>()
  if (!strings.length) return out
  const parser = await treeSitterParser('terraform')
  for (const s of strings) {
    const source = `x = "${(s.value as string).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`
    const tree = parser.parse(source)
    if (!tree) continue
    try {
      const conv = new Converter(pos.file, source)
      const body = tree.rootNode.namedChildren.find((c) => c?.type === 'body')
      const attr = body ? conv.body(body).attributes[0] : undefined
      if (attr) out.set(s, respan(attr.expr, pos.span(s)))
    } finally {
      tree.delete()
    }
  }
  return out
}

function respan(e: Expr, span: Span): Expr {
  return JSON.parse(JSON.stringify(e), (key, value) => (key === 'span' ? span : value)) as Expr
}

/**
 * Terraform's JSON syntax has no comments but ignores `"//"` properties, which
 * serve as comments (cdktf writes them too). `"//": "aks-snapshot-ignore
 * <rule> -- <reason>"` in an object (a resource, a `default_node_pool`) counts
 * as a comment on the line of that object's key, so it covers the findings of
 * what is declared there; `aks-snapshot-ignore-file` covers the whole file.
 */
export function jsonCommentSuppressions(file: string, text: string): SuppressionDirective[] {
  if (!text.includes('aks-snapshot-ignore')) return []
  const { root, positions } = parseJson(file, text)
  if (!root) return []
  const out: SuppressionDirective[] = []
  const walk = (node: JsonNode, depth: number) => {
    if (depth > 100) return
    if (node.type === 'object') {
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? []
        if (key?.value !== '//' || value?.type !== 'string' || !String(value.value).includes('aks-snapshot-ignore')) continue
        // The engine's own comment syntax, read from a '#' comment of the same text.
        const [d] = scanSuppressions('comment.tf', `# ${String(value.value).trim()}`)
        if (!d) continue
        const holder = d.scope === 'line' && node.parent?.type === 'property' ? node.parent : prop
        const start = positions.span(holder, 1)
        out.push({ ...d, span: { ...start, endLine: start.line, endColumn: start.column + 1 } })
      }
    }
    for (const c of node.children ?? []) walk(c, depth + 1)
  }
  walk(root, 0)
  return out
}
