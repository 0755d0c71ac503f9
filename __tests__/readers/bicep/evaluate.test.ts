import { describe, expect, it } from '@jest/globals'
import { Evaluation } from '../../../src/readers/bicep/evaluate.js'
import { parse } from '../../../src/readers/bicep/parser.js'
import { str, toJson, type Slot, type Val } from '../../../src/readers/bicep/values.js'

/** A value as a test reads it: JSON when known, `~text` when partly known, `?reason` when unknown. */
function show(v: Val): unknown {
  if (v.t === 'unknown') return `?${v.reason}`
  if (v.t === 'string' && v.partial) return `~${v.v}`
  if (v.t === 'resource') return `resource ${v.ref.symbol}`
  if (v.t === 'array') return v.items.map((s) => show(s.value))
  if (v.t === 'object') return Object.fromEntries([...v.props.values()].map((e) => [e.key, show(e.value)]))
  return toJson(v)
}

function evalVar(text: string, name = 'x', overrides: Record<string, Val> = {}): unknown {
  const { ast, errors } = parse(text)
  expect(errors).toEqual([])
  const values = new Map<string, Slot>(Object.entries(overrides).map(([k, value]) => [k, { value }]))
  const ev = new Evaluation({ path: 'main.bicep', text, ast }, values)
  const decl = ast.statements.find((s) => s.kind === 'Var' && s.name.name === name)
  if (!decl || decl.kind !== 'Var') throw new Error(`no var ${name}`)
  return show(ev.evaluate(decl.value))
}

describe('Bicep evaluator', () => {
  const table: [string, string, unknown][] = [
    ['parameter default', "param p string = 'a'\nvar x = p", 'a'],
    ['parameter without default', 'param p string\nvar x = p', "?parameter 'p' has no default value"],
    ['known empty default', "param p string = ''\nvar x = p", ''],
    ['null default', 'param p string? = null\nvar x = p', null],
    ['defaults that use other parameters', "param a string = 'aks'\nparam b string = '${a}-pool'\nvar x = b", 'aks-pool'],
    ['variables of variables', "var a = 'x'\nvar b = [a, a]\nvar x = length(b)", 2],
    ['a cycle is unknown, not a hang', 'var a = b\nvar b = a\nvar x = a', "?'a' refers to itself"],
    ['interpolation', "param n string = 'aks'\nvar x = 'cluster-${n}-${1 + 2}'", 'cluster-aks-3'],
    ['interpolation with an unknown part', "param rg string\nvar x = 'id/${rg}/end'", '~id/{?}/end'],
    ['interpolation of nothing known', "param rg string\nvar x = '${rg}'", '?an interpolated string of unknown values'],
    ['nested interpolation', "var a = 'in'\nvar x = 'a${'b${a}c'}d'", 'abincd'],
    ['multi-line string', "var x = '''\nline\n'''", 'line\n'],
    ['concat of strings and of arrays', "var x = [concat('a', 'b', 1), concat([1], [2, 3])]", ['ab1', [1, 2, 3]]],
    ['format', "var x = format('{0}-{1}-{0}', 'a', 2)", 'a-2-a'],
    ['toLower and toUpper keep unknown parts', "param p string\nvar x = toUpper('ab${p}cd')", '~AB{?}CD'],
    [
      'union of objects merges deeply, last wins',
      'var x = union({ a: 1, o: { b: 1, c: 1 } }, { o: { c: 2 }, d: 3 })',
      { a: 1, o: { b: 1, c: 2 }, d: 3 }
    ],
    ['union of arrays', 'var x = union([1, 2], [2, 3])', [1, 2, 3]],
    [
      'empty and contains',
      "var x = [empty(''), empty([1]), empty({}), empty(null), contains([1, 2], 2), contains({ a: 1 }, 'A'), contains('Hello', 'ell')]",
      [true, false, true, true, true, true, true]
    ],
    ['empty of an unknown value is unknown', 'param p string\nvar x = empty(p)', "?empty() of parameter 'p' has no default value"],
    ['ternary on a known condition', "param big bool = true\nvar x = big ? 'Standard_D8s_v5' : 'Standard_D2s_v5'", 'Standard_D8s_v5'],
    ['ternary on an unknown condition', "param big bool\nvar x = big ? 'a' : 'b'", "?a condition on parameter 'big' has no default value"],
    ['logical operators short-circuit past unknowns', 'param u bool\nvar x = [false && u, true || u, u || true]', [false, true, true]],
    [
      'comparison operators',
      "var x = ['a' == 'A', 'a' =~ 'A', 'a' != 'b', 'a' !~ 'A', 2 > 1, 1 >= 2, 3 % 2, 7 / 2, -(2)]",
      [false, true, true, false, true, false, 1, 3, -2]
    ],
    ['?? and .? and !', 'var o = { a: null, b: { c: 1 } }\nvar x = [o.a ?? 5, o.?missing, o.b.?c, o.?b!.c]', [5, null, 1, 1]],
    ['property access is case-insensitive', "var o = { vmSize: 'x' }\nvar x = o.VMSIZE", 'x'],
    ['a missing property is unknown', 'var o = {}\nvar x = o.nope', "?property 'nope' is not set"],
    ['indexes, from the end, by string', "var a = [1, 2, 3]\nvar o = { k: 'v' }\nvar x = [a[0], a[^1], o['k'], a[?9]]", [1, 3, 'v', null]],
    ['for loops with index and filter', 'var x = [for (v, i) in [10, 20, 30]: if (i != 1) v + i]', [10, 32]],
    ['for over range', "var x = [for i in range(1, 3): 'p${i}']", ['p1', 'p2', 'p3']],
    ['for over an unknown list is unknown', 'param ps array\nvar x = [for p in ps: p]', "?parameter 'ps' has no default value"],
    [
      'lambdas: map, filter, reduce, toObject',
      "var x = [map([1, 2], v => v * 2), filter([1, 2, 3], v => v > 1), reduce([1, 2, 3], 0, (a, v) => a + v), toObject(['a'], k => k, k => 1)]",
      [[2, 4], [2, 3], 6, { a: 1 }]
    ],
    [
      'user-defined functions',
      "func pool(name string) object => { name: name, mode: 'User' }\nvar x = pool('np1')",
      { name: 'np1', mode: 'User' }
    ],
    ['spread', 'var a = { p: 1 }\nvar x = { ...a, q: 2 }', { p: 1, q: 2 }],
    [
      'items',
      'var x = items({ b: 2, a: 1 })',
      [
        { key: 'a', value: 1 },
        { key: 'b', value: 2 }
      ]
    ],
    ['json and string', "var x = [json('{\"a\": [1]}'), string(3), int('4'), bool('true')]", [{ a: [1] }, '3', 4, true]],
    ['resourceGroup().location is unknown', 'var x = resourceGroup().location', "?the resource group's region (known at deployment)"],
    [
      'resourceId() with unknown subscription and group',
      "var x = resourceId('Microsoft.ContainerService/snapshots', 'snap1')",
      '~/subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ContainerService/snapshots/snap1'
    ],
    [
      'resourceId() with a resource group',
      "var x = resourceId('rg-snap', 'Microsoft.ContainerService/managedClusters/agentPools', 'aks', 'np1')",
      '~/subscriptions/{?}/resourceGroups/rg-snap/providers/Microsoft.ContainerService/managedClusters/aks/agentPools/np1'
    ],
    [
      'resourceId() fully known',
      "var x = resourceId('00000000-0000-0000-0000-000000000000', 'rg', 'Microsoft.ContainerService/snapshots', 's')",
      '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/s'
    ],
    [
      'subscriptionResourceId()',
      "var x = subscriptionResourceId('Microsoft.Resources/resourceGroups', 'rg')",
      '~/subscriptions/{?}/providers/Microsoft.Resources/resourceGroups/rg'
    ],
    ['subscription().subscriptionId is unknown', 'var x = subscription().subscriptionId', '?the subscription id (known at deployment)'],
    ['az. and sys. namespaces', "var x = sys.concat('a', az.toLower('B'))", 'ab'],
    ['functions evaluated at deployment are unknown', "var x = uniqueString('a')", '?uniqueString() is not evaluated'],
    [
      'symbolic resource ids, names and declared properties',
      "resource c 'Microsoft.ContainerService/managedClusters@2024-01-01' = {\n  name: 'aks'\n  location: 'eastus'\n  properties: { kubernetesVersion: '1.30.4' }\n}\nresource p 'Microsoft.ContainerService/managedClusters/agentPools@2024-01-01' = {\n  parent: c\n  name: 'np1'\n}\nvar x = [p.id, p.name, c.location, c.properties.kubernetesVersion]",
      [
        '~/subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ContainerService/managedClusters/aks/agentPools/np1',
        'np1',
        'eastus',
        '1.30.4'
      ]
    ],
    [
      'existing resources: id known, properties read at deployment',
      "resource c 'Microsoft.ContainerService/managedClusters@2024-01-01' existing = {\n  name: 'aks'\n  scope: resourceGroup('rg-aks')\n}\nvar x = [c.id, c.location]",
      [
        '~/subscriptions/{?}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks',
        "?'location' of existing resource 'c' (read at deployment)"
      ]
    ],
    [
      'nested resources and ::',
      "resource c 'Microsoft.ContainerService/managedClusters@2024-01-01' existing = {\n  name: 'aks'\n  resource np 'agentPools' existing = {\n    name: 'np1'\n  }\n}\nvar x = c::np.id",
      '~/subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ContainerService/managedClusters/aks/agentPools/np1'
    ],
    [
      'old-style child names',
      "resource p 'Microsoft.ContainerService/managedClusters/agentPools@2024-01-01' = {\n  name: 'aks/np1'\n}\nvar x = p.id",
      '~/subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ContainerService/managedClusters/aks/agentPools/np1'
    ],
    [
      'resource loops are lists of resources',
      "resource s 'Microsoft.ContainerService/snapshots@2024-01-01' = [for n in ['a', 'b']: {\n  name: n\n}]\nvar x = s[1].name",
      'b'
    ],
    ['module outputs are unknown', "module m './m.bicep' = {\n  name: 'm'\n}\nvar x = m.outputs.id", "?an output of module 'm'"],
    [
      'imported symbols are unknown',
      "import { defaults } from './shared.bicep'\nvar x = defaults",
      "?'defaults' is imported from another file"
    ]
  ]
  it.each(table)('%s', (_name, text, expected) => {
    expect(evalVar(text)).toEqual(expected)
  })

  it('uses values passed in over defaults (module params, .bicepparam)', () => {
    expect(evalVar("param p string = 'default'\nvar x = p", 'x', { p: str('given') })).toBe('given')
    expect(evalVar('param p string\nvar x = p', 'x', { p: str('given') })).toBe('given')
  })

  it('stops evaluating chains deeper than its limit with an unknown value', () => {
    const chain = Array.from({ length: 2000 }, (_, k) => `var v${k} = v${k + 1}`).join('\n') + "\nvar v2000 = 'end'\nvar x = v0"
    expect(evalVar(chain)).toBe('?evaluation too deep')
  })
})

describe('Bicep evaluator: bounded work', () => {
  it('turns values built by doubling into unknowns instead of exhausting memory', () => {
    const strings = ["var s0 = 'ab'", ...Array.from({ length: 40 }, (_, k) => `var s${k + 1} = '\${s${k}}\${s${k}}'`), 'var x = s20'].join(
      '\n'
    )
    expect(evalVar(strings)).toBe('?a string too long to evaluate')
    const lists = [
      'var a0 = [1, 2]',
      ...Array.from({ length: 40 }, (_, k) => `var a${k + 1} = concat(a${k}, a${k})`),
      'var x = length(a40)'
    ].join('\n')
    expect(evalVar(lists)).toBe('?length() of an unknown value')
  })

  it('stops nested loops over large ranges', () => {
    const text = 'var x = [for i in range(0, 10000): [for j in range(0, 10000): i * j]][9999]'
    expect(evalVar(text)).toBe('?too much to evaluate (nested loops over large lists)')
  })
})

describe('Bicep evaluator: objects not fully known', () => {
  const table: [string, string, unknown][] = [
    [
      'a spread of an unknown object keeps what comes after it',
      'param extra object\nvar o = { a: 1, ...extra, b: 2 }\nvar x = [o.b, o.a, o.?c]',
      [2, "?a spread of parameter 'extra' has no default value", "?a spread of parameter 'extra' has no default value"]
    ],
    [
      'union() with an unknown object keeps what is merged after it',
      "param extra object\nvar o = union({ a: 1 }, extra, { b: 2 })\nvar x = [o.b, o.a, contains(o, 'b'), empty(o)]",
      [2, "?union() with parameter 'extra' has no default value", true, false]
    ],
    ['union() of known objects is known', "var o = union({ a: 1 }, { b: 2 })\nvar x = [contains(o, 'c'), length(o)]", [false, 2]],
    [
      'a key known only at deployment',
      "param id string\nvar o = { '${id}': {}, name: 'n' }\nvar x = [o.name, contains(o, 'other')]",
      ['n', '?contains() of a property whose name is known only at deployment']
    ]
  ]
  it.each(table)('%s', (_name, text, expected) => {
    expect(evalVar(text)).toEqual(expected)
  })
})
