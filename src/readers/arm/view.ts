import type { Node } from 'jsonc-parser'
import { known, NOT_STATED, unknown, type Span, type Value } from '../../model.js'
import { MAX_COPY, type Scope } from './evaluate.js'
import { isExpression } from './expression.js'
import { child, entries, stringValue, type JsonDocument } from './json.js'
import { getProperty, isObject, PStr, Unk, type RV } from './values.js'

/**
 * A place in a template seen through evaluation: a literal JSON node (so
 * properties inside keep their own spans) or, once an expression has been
 * evaluated, a value whose parts all share the expression's span. Findings
 * then point at the property in the resource that uses a value, even when the
 * value comes from a parameter default or a variable.
 */
export type View =
  | { kind: 'node'; node: Node; scope: Scope; doc: JsonDocument }
  | { kind: 'value'; value: RV; span: Span }
  | { kind: 'copy'; loop: Node; node: Node; scope: Scope; doc: JsonDocument }

export interface Item {
  view: View
  /** Set when items share one span (a property copy loop, an array from a parameter). */
  instance?: string
}

export function nodeView(node: Node, scope: Scope, doc: JsonDocument): View {
  return { kind: 'node', node, scope, doc }
}

export function spanOfView(view: View): Span {
  return view.kind === 'value' ? view.span : view.doc.spanOf(view.node)
}

/** Evaluates a literal-expression node into a value view; leaves objects and arrays as nodes. */
function settle(view: View): View {
  if (view.kind === 'node' && view.node.type === 'string' && isExpression(view.node.value as string)) {
    return { kind: 'value', value: view.scope.evaluate(view.node), span: view.doc.spanOf(view.node) }
  }
  return view
}

/** A property of an object (case-insensitive), following a property `copy` loop of that name. */
export function get(view: View | undefined, name: string): View | undefined {
  if (!view) return undefined
  const v = settle(view)
  if (v.kind === 'value') {
    if (!isObject(v.value)) {
      return v.value instanceof Unk || v.value instanceof PStr ? { kind: 'value', value: v.value, span: v.span } : undefined
    }
    const value = getProperty(v.value, name)
    return value === undefined ? undefined : { kind: 'value', value, span: v.span }
  }
  if (v.kind !== 'node' || v.node.type !== 'object') return undefined
  const direct = child(v.node, name)
  if (direct) return { kind: 'node', node: direct, scope: v.scope, doc: v.doc }
  const copies = child(v.node, 'copy')
  for (const loop of copies?.type === 'array' ? (copies.children ?? []) : []) {
    if (stringValue(child(loop, 'name'))?.toLowerCase() === name.toLowerCase()) {
      return { kind: 'copy', loop, node: loop, scope: v.scope, doc: v.doc }
    }
  }
  return undefined
}

/** The items of an array, one per element or loop instance. */
export function items(view: View | undefined, label: string): Item[] {
  if (!view) return []
  const v = settle(view)
  if (v.kind === 'copy') {
    const name = stringValue(child(v.loop, 'name')) ?? label
    const input = child(v.loop, 'input')
    if (!input) return []
    const count = v.scope.evaluate(child(v.loop, 'count'))
    if (typeof count !== 'number') {
      const reason = count instanceof Unk || count instanceof PStr ? count.reason : 'copy count is not a number'
      return [{ view: nodeView(input, v.scope.withCopy(name, new Unk(reason)), v.doc), instance: `${name}[?]` }]
    }
    const out: Item[] = []
    for (let i = 0; i < Math.min(count, MAX_COPY); i++) {
      out.push({ view: nodeView(input, v.scope.withCopy(name, i), v.doc), instance: `${name}[${i}]` })
    }
    return out
  }
  if (v.kind === 'node') {
    if (v.node.type !== 'array') return []
    return (v.node.children ?? []).map((node) => ({ view: nodeView(node, v.scope, v.doc) }))
  }
  if (Array.isArray(v.value)) {
    return v.value.map((value, i) => ({ view: { kind: 'value', value, span: v.span }, instance: `${label}[${i}]` }))
  }
  if (v.value instanceof Unk || v.value instanceof PStr) {
    // an array we cannot see into: one item whose every property is unknown
    return [{ view: { kind: 'value', value: new Unk(v.value.reason), span: v.span }, instance: `${label}[?]` }]
  }
  return []
}

/** The evaluated value of a view. */
export function valueOf(view: View | undefined): RV | undefined {
  if (!view) return undefined
  if (view.kind === 'value') return view.value
  if (view.kind === 'node') return view.scope.evaluate(view.node)
  return items(view, '').map((item) => valueOf(item.view) ?? null)
}

export function keys(view: View | undefined): string[] {
  if (!view) return []
  const v = settle(view)
  if (v.kind === 'node') return entries(v.node).map(([name]) => name)
  if (v.kind === 'value' && isObject(v.value)) return Object.keys(v.value)
  return []
}

export interface StringOptions {
  /** Keep a partially known string (`{?}` parts) as a partial known value: ids only. */
  partial?: boolean
  /** `null` stays a known empty value (a snapshot reference), instead of meaning "not stated". */
  keepNull?: boolean
}

/** A string property as a declaration value, with the span of the place that states it. */
export function stringOf(view: View | undefined, options: StringOptions = {}): Value<string> {
  if (!view) return unknown(NOT_STATED)
  const span = spanOfView(view)
  const value = valueOf(view)
  return toStringValue(value, span, options) as Value<string>
}

export function toStringValue(value: RV | undefined, span: Span | undefined, options: StringOptions = {}): Value<string | null> {
  if (value === undefined) return unknown(NOT_STATED, span)
  if (value === null) return options.keepNull ? known(null, span) : unknown(NOT_STATED, span)
  if (typeof value === 'string') return known(value, span)
  if (typeof value === 'number') return known(String(value), span)
  if (value instanceof PStr) {
    if (!options.partial) return unknown(value.reason, span)
    const out: Value<string> = { known: true, value: value.text, partial: true }
    if (span) out.span = span
    return out
  }
  if (value instanceof Unk) return unknown(value.reason, span)
  return unknown('not a string', span)
}

export function booleanOf(view: View | undefined): Value<boolean> {
  if (!view) return unknown(NOT_STATED)
  const span = spanOfView(view)
  const value = valueOf(view)
  if (typeof value === 'boolean') return known(value, span)
  if (value === null) return unknown(NOT_STATED, span)
  if (value instanceof Unk || value instanceof PStr) return unknown(value.reason, span)
  return unknown('not a boolean', span)
}
