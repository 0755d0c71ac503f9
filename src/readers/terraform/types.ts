/**
 * Variable type constraints, for what they do to values: `optional(T, d)`
 * attributes missing from an object become `d` or null. Pool definitions in
 * real modules are `map(object({ vm_size = string, snapshot_id = optional(string) }))`,
 * and a pool that leaves `snapshot_id` out has it null (known empty).
 */
import type { Expr } from './ast.js'
import { Scope, evaluateAttribute } from './evaluate.js'
import { isObj, obj, type Val } from './values.js'

export function applyType(type: Expr, value: Val, depth = 0): Val {
  if (depth > 20 || value === null || typeof value !== 'object') return convertPrimitive(type, value)
  if (type.k !== 'call') return value
  const [arg] = type.args
  switch (type.name) {
    case 'map':
      return arg && isObj(value) ? obj(Object.entries(value).map(([k, v]) => [k, applyType(arg, v, depth + 1)])) : value
    case 'list':
    case 'set':
      return arg && Array.isArray(value) ? value.map((v) => applyType(arg, v, depth + 1)) : value
    case 'tuple':
      return arg?.k === 'tuple' && Array.isArray(value)
        ? value.map((v, i) => (arg.items[i] ? applyType(arg.items[i], v, depth + 1) : v))
        : value
    case 'optional':
      return arg ? applyType(arg, value, depth + 1) : value
    case 'object': {
      if (arg?.k !== 'object' || !isObj(value)) return value
      const entries: [string, Val][] = Object.entries(value)
      for (const item of arg.items) {
        const key = item.key.k === 'lit' ? String(item.key.value) : item.key.k === 'var' ? item.key.name : undefined
        if (key === undefined) continue
        const at = entries.findIndex(([k]) => k === key)
        const attrType = item.value
        if (at >= 0) {
          entries[at] = [key, applyType(attrType, entries[at][1], depth + 1)]
        } else if (attrType.k === 'call' && attrType.name === 'optional') {
          const d = attrType.args[1] ? evaluateAttribute(attrType.args[1], Scope.root({})) : null
          entries.push([key, attrType.args[0] && d !== null ? applyType(attrType.args[0], d, depth + 1) : d])
        }
      }
      return obj(entries)
    }
  }
  return value
}

/** `string` turns numbers and bools into strings, as Terraform converts them. */
function convertPrimitive(type: Expr, value: Val): Val {
  if (type.k === 'call' && type.name === 'optional' && type.args[0]) return convertPrimitive(type.args[0], value)
  if (type.k === 'var' && type.name === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return String(value)
  return value
}
