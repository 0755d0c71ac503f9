import { describe, expect, it } from '@jest/globals'
import { Scope, evaluateAttribute } from '../../../src/readers/terraform/evaluate.js'
import { parseHcl } from '../../../src/readers/terraform/hcl.js'
import { applyType } from '../../../src/readers/terraform/types.js'
import { PartialString, Unknown, obj, toJson, type Val } from '../../../src/readers/terraform/values.js'

/** Evaluates one expression, with `var` holding the given values. */
async function ev(expr: string, vars: Record<string, unknown> = {}): Promise<unknown> {
  const parsed = await parseHcl('t.tf', `x = ${expr}\n`)
  if (parsed.problem) throw new Error(parsed.problem.message)
  const v = evaluateAttribute(parsed.body.attributes[0].expr, Scope.root({ var: toVal(vars) }))
  return plain(v)
}

function toVal(j: unknown): Val {
  if (j instanceof Unknown || j instanceof PartialString) return j
  if (Array.isArray(j)) return j.map(toVal)
  if (j && typeof j === 'object') return obj(Object.entries(j).map(([k, v]) => [k, toVal(v)]))
  return j as Val
}

/** Unknown values print as `?(reason)`, partial strings as `~text`. */
function plain(v: Val): unknown {
  if (v instanceof Unknown) return `?(${v.reason})`
  if (v instanceof PartialString) return `~${v.text}`
  if (Array.isArray(v)) return v.map(plain)
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x as Val)]))
  return v
}

const U = new Unknown('var.x has no value')

describe('Terraform expressions', () => {
  it('evaluates templates, heredocs and escapes', async () => {
    expect(await ev('"pool-${var.n}-${upper(var.s)}"', { n: 2, s: 'gpu' })).toBe('pool-2-GPU')
    expect(await ev('"a\\"b\\n$${literal}"')).toBe('a"b\n${literal}')
    expect(await ev('"%{ if var.on }on%{ else }off%{ endif }"', { on: false })).toBe('off')
    expect(await ev('<<-EOT\n    line ${var.n}\n      indented\n    EOT', { n: 1 })).toBe('line 1\n  indented\n')
    expect(await ev('"${var.s}"', { s: 7 })).toBe(7)
  })

  it('keeps known parts of a string with unknown parts, and propagates unknowns with their reason', async () => {
    expect(await ev('"/subscriptions/${var.sub}/resourceGroups/rg"', { sub: U })).toBe('~/subscriptions/{?}/resourceGroups/rg')
    expect(await ev('lower("A-${var.x}")', { x: U })).toBe('~a-{?}')
    expect(await ev('var.x.vm_size', { x: U })).toBe('?(var.x has no value)')
    expect(await ev('length(var.x)', { x: U })).toBe('?(var.x has no value)')
  })

  it('parses nested conditionals to the right, as HCL does', async () => {
    expect(await ev('var.a ? "x" : var.b ? "y" : "z"', { a: false, b: true })).toBe('y')
    expect(await ev('var.a ? "x" : var.b ? "y" : "z"', { a: true, b: U })).toBe('x')
    expect(await ev('(var.a ? false : true) ? "p" : "q"', { a: true })).toBe('q')
    // An unknown condition whose branches agree is still known.
    expect(await ev('var.x ? "same" : "same"', { x: U })).toBe('same')
    expect(await ev('var.x ? "a" : "b"', { x: U })).toBe('?(var.x has no value)')
  })

  it('evaluates operators with precedence, short-circuits and comments inside expressions', async () => {
    expect(await ev('1 + 2 * 3 == 7 && !false')).toBe(true)
    expect(await ev('var.x || true', { x: U })).toBe(true)
    expect(await ev('[\n  # first\n  1, # one\n  2\n][1]')).toBe(2)
    expect(await ev('-var.n % 4', { n: 6 })).toBe(-2)
  })

  it('evaluates for expressions, splats and indexes', async () => {
    const pools = { b: { vm: 'Standard_E4s_v5', on: true }, a: { vm: 'Standard_D4s_v5', on: true }, c: { vm: 'x', on: false } }
    expect(await ev('{ for k, p in var.pools : k => p.vm if p.on }', { pools })).toEqual({ a: 'Standard_D4s_v5', b: 'Standard_E4s_v5' })
    expect(await ev('[for k, p in var.pools : upper(k)]', { pools })).toEqual(['A', 'B', 'C'])
    expect(
      await ev('{ for p in var.l : p.g => p.n... }', {
        l: [
          { g: 'x', n: 1 },
          { g: 'x', n: 2 }
        ]
      })
    ).toEqual({ x: [1, 2] })
    expect(await ev('var.l[*].n', { l: [{ n: 1 }, { n: 2 }] })).toEqual([1, 2])
    expect(await ev('var.l.*.n', { l: [{ n: 3 }] })).toEqual([3])
    expect(await ev('var.l.0.n', { l: [{ n: 4 }] })).toBe(4)
  })

  it('evaluates the functions that appear around pool settings', async () => {
    const p = { vm_size: 'Standard_D4s_v5', snapshot_id: null }
    expect(await ev('lookup(var.p, "vm_size", "Standard_B2s")', { p })).toBe('Standard_D4s_v5')
    expect(await ev('lookup(var.p, "os_sku", "Ubuntu")', { p })).toBe('Ubuntu')
    expect(await ev('try(var.p.missing.deep, "fallback")', { p })).toBe('fallback')
    expect(await ev('try(var.x.deep, "fallback")', { x: U })).toBe('?(var.x has no value)')
    expect(await ev('can(var.p.vm_size)', { p })).toBe(true)
    expect(await ev('coalesce(var.p.snapshot_id, "", "snap")', { p })).toBe('snap')
    expect(await ev('coalesce(var.x, "snap")', { x: U })).toBe('?(var.x has no value)')
    expect(await ev('merge(var.a, { b = 2 }, null)', { a: { a: 1, b: 1 } })).toEqual({ a: 1, b: 2 })
    expect(await ev('format("%s-%03d-%v", "np", 7, true)')).toBe('np-007-true')
    expect(await ev('concat(["a"], ["b", "c"])')).toEqual(['a', 'b', 'c'])
    expect(await ev('tostring(1.5)')).toBe('1.5')
    expect(await ev('jsonencode({ a = [1, "x", null] })')).toBe('{"a":[1,"x",null]}')
    expect(await ev('jsondecode("{\\"k\\": true}").k')).toBe(true)
    expect(await ev('element(["a", "b"], 3)')).toBe('b')
    expect(await ev('contains(["System", "User"], "User")')).toBe(true)
    expect(await ev('length({ a = 1, b = 2 })')).toBe(2)
    expect(await ev('regex("^Standard_([A-Z]+)", "Standard_NC6s_v3")')).toEqual(['NC'])
    expect(await ev('can(regex("^Basic_", "Standard_D2"))')).toBe(false)
    expect(await ev('replace("a.b.c", ".", "-")')).toBe('a-b-c')
    expect(await ev('split(",", "a,b")')).toEqual(['a', 'b'])
    expect(await ev('keys({ b = 1, a = 2 })')).toEqual(['a', 'b'])
    expect(await ev('flatten([[1], [2, [3]]])')).toEqual([1, 2, 3])
    expect(await ev('templatefile("x.tpl", {})')).toBe('?(templatefile() is not evaluated)')
  })

  it('turns evaluation errors into unknown values naming the problem', async () => {
    expect(await ev('var.p.nope', { p: { a: 1 } })).toBe('?(no attribute "nope")')
    expect(await ev('["a"][5]')).toBe('?(index 5 is out of range)')
    expect(await ev('"x" + 1')).toBe('?(expected a number, not string)')
  })

  it('fills optional object attributes from the variable type', async () => {
    const parsed = await parseHcl(
      't.tf',
      'x = map(object({ vm_size = string, snapshot_id = optional(string), count = optional(number, 1), v = optional(string, 2) }))\n'
    )
    const type = parsed.body.attributes[0].expr
    const value = applyType(type, toVal({ gpu: { vm_size: 'Standard_NC6s_v3' } }))
    expect(toJson(value)).toEqual({ gpu: { vm_size: 'Standard_NC6s_v3', snapshot_id: null, count: 1, v: '2' } })
  })
})
