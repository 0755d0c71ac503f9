/**
 * A small HCL syntax tree, built once from the tree-sitter tree (which is
 * then freed: it lives in wasm memory) or from `.tf.json`. Only what the
 * evaluator needs: expressions with their positions, attributes, blocks.
 */
import type { Span } from '../../model.js'

export type Expr =
  | { k: 'lit'; value: null | boolean | number | string; span: Span }
  | { k: 'tpl'; parts: TemplatePart[]; span: Span }
  | { k: 'var'; name: string; span: Span }
  | { k: 'attr'; obj: Expr; name: string; span: Span }
  | { k: 'index'; obj: Expr; key: Expr; span: Span }
  /** `a[*].b`, `a.*.b`: `ops` are applied to each element. */
  | { k: 'splat'; obj: Expr; ops: PostfixOp[]; span: Span }
  | { k: 'call'; name: string; args: Expr[]; expand: boolean; span: Span }
  | { k: 'tuple'; items: Expr[]; span: Span }
  | { k: 'object'; items: { key: Expr; value: Expr }[]; span: Span }
  | { k: 'cond'; cond: Expr; then: Expr; else: Expr; span: Span }
  | { k: 'unary'; op: string; operand: Expr; span: Span }
  | { k: 'binary'; op: string; left: Expr; right: Expr; span: Span }
  | {
      k: 'for'
      object: boolean
      keyVar?: string
      valVar: string
      coll: Expr
      keyExpr?: Expr
      valExpr: Expr
      cond?: Expr
      group: boolean
      span: Span
    }
  /** A construct the evaluator does not model (template `for` directives...): always unknown. */
  | { k: 'unsupported'; what: string; span: Span }

export type TemplatePart = string | Expr | { k: 'if'; cond: Expr; then: TemplatePart[]; else: TemplatePart[] }

export type PostfixOp = { k: 'attr'; name: string } | { k: 'index'; key: Expr }

export interface Attribute {
  name: string
  expr: Expr
  /** The whole `name = value`. */
  span: Span
}

export interface Block {
  type: string
  labels: string[]
  body: Body
  /** From the block type to the opening `{`: where a finding about the whole block points. */
  span: Span
}

export interface Body {
  attributes: Attribute[]
  blocks: Block[]
}

export function attribute(body: Body, name: string): Attribute | undefined {
  return body.attributes.find((a) => a.name === name)
}

export function blocksOf(body: Body, type: string): Block[] {
  return body.blocks.filter((b) => b.type === type)
}
