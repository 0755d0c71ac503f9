import { describe, expect, it } from '@jest/globals'
import { Scope, UNKNOWN_DEPLOYMENT } from '../../../src/readers/arm/evaluate.js'
import { isExpression, parseExpression } from '../../../src/readers/arm/expression.js'
import { parseJson } from '../../../src/readers/arm/json.js'
import { PStr, Unk, type RV } from '../../../src/readers/arm/values.js'

/** A scope over a small template, with optional given parameter values. */
function scopeOf(given: Record<string, RV> = {}): Scope {
  const doc = parseJson(
    't.json',
    `{
      "parameters": {
        "name": { "type": "string", "defaultValue": "aks1" },
        "empty": { "type": "string", "defaultValue": "" },
        "nothing": { "type": "string", "defaultValue": null },
        "noDefault": { "type": "string" },
        "optional": { "type": "array", "nullable": true },
        "count": { "type": "int", "defaultValue": 3 },
        "pools": { "type": "array", "defaultValue": [ { "name": "sys", "vmSize": "Standard_D4s_v5" }, { "name": "gpu" } ] },
        "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
        "derived": { "type": "string", "defaultValue": "[concat(parameters('name'), '-x')]" },
        "selfish": { "type": "string", "defaultValue": "[parameters('selfish')]" }
      },
      "variables": {
        "prefix": "[toUpper(parameters('name'))]",
        "obj": { "a": 1, "nested": { "b": "[parameters('name')]" } },
        "loopA": "[variables('loopB')]",
        "loopB": "[variables('loopA')]",
        "copy": [ { "name": "sizes", "count": 2, "input": "[format('Standard_D{0}s_v5', mul(copyIndex('sizes', 1), 2))]" } ]
      }
    }`
  )
  return Scope.forTemplate(doc.root, new Map(Object.entries(given).map(([k, v]) => [k.toLowerCase(), v])), UNKNOWN_DEPLOYMENT)
}

const evaluate = (text: string, scope = scopeOf()): RV => scope.evaluateString(text)
/** Unknowns shown as `?(reason)` and partial strings as `~text`, so tables read easily. */
function show(v: RV): unknown {
  if (v instanceof Unk) return `?(${v.reason})`
  if (v instanceof PStr) return `~${v.text}`
  if (Array.isArray(v)) return v.map(show)
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, show(x)]))
  return v
}

describe('expression syntax', () => {
  it.each([
    ['[concat(1,2)]', true],
    ["[[concat('a')]", false],
    ['plain', false],
    ['[', false],
    ['[]', true]
  ])('%s is an expression: %s', (text, expected) => {
    expect(isExpression(text)).toBe(expected)
  })

  it('parses literals, escapes, calls, property access and indexes', () => {
    const parsed = parseExpression("[f('it''s', -2, 1.5, true, null)[0].x.y]")
    expect(parsed).toEqual({
      ok: true,
      expr: {
        kind: 'member',
        name: 'y',
        object: {
          kind: 'member',
          name: 'x',
          object: {
            kind: 'index',
            index: { kind: 'literal', value: 0 },
            object: {
              kind: 'call',
              name: 'f',
              args: [
                { kind: 'literal', value: "it's" },
                { kind: 'literal', value: -2 },
                { kind: 'literal', value: 1.5 },
                { kind: 'literal', value: true },
                { kind: 'literal', value: null }
              ]
            }
          }
        }
      }
    })
  })

  it('parses user-defined function names with a namespace', () => {
    expect(parseExpression("[my.fn('a')]")).toEqual({
      ok: true,
      expr: { kind: 'call', name: 'my.fn', args: [{ kind: 'literal', value: 'a' }] }
    })
  })

  it.each([
    ["[concat('a']", "expected ')'"],
    ["[concat('a)]", 'unterminated string literal'],
    ['[concat(a)]', "unexpected name 'a'"],
    ['[f() g()]', 'unexpected text after the expression'],
    ['[f(#)]', "unexpected character '#'"],
    ['[f().]', 'expected a property name after .'],
    ['[]', 'unexpected end of expression']
  ])('reports %s as an error: %s', (text, error) => {
    expect(parseExpression(text)).toEqual({ ok: false, error })
  })

  it('refuses absurd nesting instead of overflowing the stack', () => {
    const text = '[' + 'concat('.repeat(50_000) + "'a'" + ')'.repeat(50_000) + ']'
    expect(parseExpression(text)).toEqual({ ok: false, error: 'expression nested more than 64 levels deep' })
    expect(show(evaluate(text))).toBe('?(expression not understood (expression nested more than 64 levels deep))')
  })
})

describe('template functions', () => {
  it.each<[string, unknown]>([
    // literals and escapes
    ['[[not an expression]', '[not an expression]'],
    ["['it''s']", "it's"],
    ['[true]', true],
    ['[null()]', null],
    // parameters and variables, lazily and case-insensitively
    ["[parameters('NAME')]", 'aks1'],
    ["[parameters('empty')]", ''],
    ["[parameters('nothing')]", null],
    ["[parameters('noDefault')]", "?(parameter 'noDefault' has no default value)"],
    ["[parameters('missing')]", "?(parameter 'missing' is not declared)"],
    ["[length(coalesce(parameters('optional'), createArray()))]", 0],
    ["[parameters('derived')]", 'aks1-x'],
    ["[parameters('selfish')]", '?(circular reference)'],
    ["[parameters('location')]", "?(the resource group's location is only known at deployment)"],
    ["[variables('prefix')]", 'AKS1'],
    ["[variables('obj').nested.b]", 'aks1'],
    ["[variables('obj').missing]", "?(property 'missing' does not exist)"],
    ["[variables('loopA')]", '?(circular reference)'],
    ["[variables('sizes')]", ['Standard_D2s_v5', 'Standard_D4s_v5']],
    ["[parameters('pools')[1].name]", 'gpu'],
    ["[parameters('pools')[5]]", '?(index 5 is out of range)'],
    // strings
    ["[concat('a', 'b', 1)]", 'ab1'],
    ["[concat(parameters('noDefault'), '-pool')]", '~{?}-pool'],
    ["[concat(parameters('noDefault'))]", "?(parameter 'noDefault' has no default value)"],
    ['[concat(createArray(1), createArray(2, 3))]', [1, 2, 3]],
    ["[format('{0}-{1:N2}-{0,-5}-{{x}}', 'a', 'b')]", 'a-b-a-{x}'],
    ["[format('{0}', true)]", 'True'],
    ["[format('{1}', 'a')]", '?(format(): format item {1} has no argument)'],
    ["[format('{0}/{1}', parameters('noDefault'), 'p')]", '~{?}/p'],
    ["[toLower('AbC')]", 'abc'],
    ["[toUpper('AbC')]", 'ABC'],
    ["[toLower(concat('X', parameters('noDefault')))]", '~x{?}'],
    ['[string(3)]', '3'],
    ["[string(createObject('a', 1))]", '{"a":1}'],
    ["[int('42')]", 42],
    ["[int('x')]", '?(int(): not an integer)'],
    ["[bool('True')]", true],
    ["[length('abc')]", 3],
    ["[length(parameters('pools'))]", 2],
    ["[first('abc')]", 'a'],
    ['[last(createArray(1, 2))]', 2],
    ["[split('a/b,c', createArray('/', ','))]", ['a', 'b', 'c']],
    ["[replace('1.29.4', '.', '-')]", '1-29-4'],
    ["[substring('Standard_D4s_v5', 9, 3)]", 'D4s'],
    ["[substring('abc', 2, 5)]", '?(substring(): out of range)'],
    ['[json(\'{"a": [1]}\').a[0]]', 1],
    ["[json('{')]", '?(json(): not valid JSON)'],
    // logic
    ["[if(equals(parameters('name'), 'aks1'), 'yes', 'no')]", 'yes'],
    ["[if(false, parameters('missing'), 'no')]", 'no'],
    ["[if(empty(parameters('noDefault')), 'same', 'same')]", 'same'],
    ["[if(empty(parameters('noDefault')), 'a', 'b')]", "?(parameter 'noDefault' has no default value)"],
    ["[coalesce(null(), parameters('nothing'), 'c')]", 'c'],
    ["[coalesce(parameters('noDefault'), 'c')]", "?(parameter 'noDefault' has no default value)"],
    ["[empty(parameters('empty'))]", true],
    ["[empty(parameters('nothing'))]", true],
    ['[empty(createArray())]', true],
    ["[empty(parameters('noDefault'))]", "?(parameter 'noDefault' has no default value)"],
    ["[equals('a', 'A')]", false],
    ["[equals(createObject('A', 1), createObject('a', 1))]", true],
    ['[not(true)]', false],
    ["[and(true, parameters('noDefault'))]", "?(parameter 'noDefault' has no default value)"],
    ["[and(false, parameters('noDefault'))]", false],
    ["[or(true, parameters('noDefault'))]", true],
    ["[contains('Standard_D4s_v5', 'D4')]", true],
    ["[contains(createArray('a', 'b'), 'b')]", true],
    ["[contains(createObject('Key', 1), 'key')]", true],
    ["[greater(parameters('count'), 2)]", true],
    // objects and arrays
    ["[createObject('a', 1, 'b', createArray(2))]", { a: 1, b: [2] }],
    [
      "[union(createObject('a', 1, 'n', createObject('x', 1)), createObject('b', 2, 'n', createObject('y', 2)))]",
      { a: 1, n: { x: 1, y: 2 }, b: 2 }
    ],
    ['[union(createArray(1, 2), createArray(2, 3))]', [1, 2, 3]],
    ["[tryGet(parameters('pools')[1], 'vmSize')]", null],
    ["[tryGet(parameters('pools'), 0, 'vmSize')]", 'Standard_D4s_v5'],
    ['[range(1, 3)]', [1, 2, 3]],
    // lambdas, as Bicep compiles for-expressions over arrays
    ["[map(parameters('pools'), lambda('p', lambdaVariables('p').name))]", ['sys', 'gpu']],
    ["[map(parameters('pools'), lambda('p', 'i', concat(lambdaVariables('p').name, string(lambdaVariables('i')))))]", ['sys0', 'gpu1']],
    ["[filter(parameters('pools'), lambda('p', contains(lambdaVariables('p'), 'vmSize')))]", [{ name: 'sys', vmSize: 'Standard_D4s_v5' }]],
    [
      "[toObject(parameters('pools'), lambda('p', lambdaVariables('p').name))]",
      { sys: { name: 'sys', vmSize: 'Standard_D4s_v5' }, gpu: { name: 'gpu' } }
    ],
    ["[map(parameters('noDefault'), lambda('p', 1))]", "?(parameter 'noDefault' has no default value)"],
    ['[map(createArray(1), 5)]', '?(map() without a lambda)'],
    ["[lambdaVariables('x')]", "?(lambdaVariables('x') outside its lambda)"],
    [
      "[uri('https://store.blob.core.windows.net/t/main.json', 'nested/pool.json')]",
      'https://store.blob.core.windows.net/t/nested/pool.json'
    ],
    // resource ids: unknown subscription and group become {?}
    [
      "[resourceId('Microsoft.ContainerService/snapshots', 'snap1')]",
      '~/subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ContainerService/snapshots/snap1'
    ],
    [
      "[resourceId('rg1', 'Microsoft.ContainerService/snapshots', 'snap1')]",
      '~/subscriptions/{?}/resourceGroups/rg1/providers/Microsoft.ContainerService/snapshots/snap1'
    ],
    [
      "[resourceId('sub1', 'rg1', 'Microsoft.ContainerService/managedClusters/agentPools', 'aks1', 'np1')]",
      '/subscriptions/sub1/resourceGroups/rg1/providers/Microsoft.ContainerService/managedClusters/aks1/agentPools/np1'
    ],
    [
      "[resourceId('Microsoft.ContainerService/managedClusters/agentPools', 'aks1/np1')]",
      '~/subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ContainerService/managedClusters/aks1/agentPools/np1'
    ],
    [
      "[resourceId('Microsoft.ContainerService/managedClusters/agentPools', 'aks1')]",
      "?(resourceId() for 'Microsoft.ContainerService/managedClusters/agentPools' needs 2 name(s), got 1)"
    ],
    [
      "[resourceId('Microsoft.ContainerService/snapshots', parameters('noDefault'))]",
      '~/subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ContainerService/snapshots/{?}'
    ],
    [
      "[subscriptionResourceId('Microsoft.Resources/resourceGroups', 'rg1')]",
      '~/subscriptions/{?}/providers/Microsoft.Resources/resourceGroups/rg1'
    ],
    ["[extensionResourceId('/x/y', 'Microsoft.Authorization/locks', 'l1')]", '/x/y/providers/Microsoft.Authorization/locks/l1'],
    ["[tenantResourceId('Microsoft.Management/managementGroups', 'mg')]", '/providers/Microsoft.Management/managementGroups/mg'],
    ['[resourceGroup().id]', '~/subscriptions/{?}/resourceGroups/{?}'],
    ['[resourceGroup().name]', '?(the resource group is only known at deployment)'],
    ['[subscription().subscriptionId]', '?(the subscription is only known at deployment)'],
    // only known at deployment, or not evaluated
    ['[uniqueString(resourceGroup().id)]', '?(uniqueString() is only known at deployment)'],
    ["[reference('aks').properties.kubernetesVersion]", '?(reference() is only known at deployment)'],
    ["[listKeys('x', '2020-01-01')]", '?(listKeys() is only known at deployment)'],
    ['[copyIndex()]', '?(copyIndex() outside a copy loop)'],
    [
      "[sort(createArray(2, 1), lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b'))))]",
      '?(function sort() is not evaluated)'
    ],
    ['[my.fn()]', '?(user-defined function my.fn() is not evaluated)']
  ])('%s → %j', (text, expected) => {
    expect(show(evaluate(text))).toEqual(expected)
  })

  it('uses given parameter values over defaults', () => {
    expect(evaluate("[parameters('name')]", scopeOf({ name: 'prod-aks' }))).toBe('prod-aks')
    expect(evaluate("[parameters('noDefault')]", scopeOf({ noDefault: '' }))).toBe('')
    // null means "not given" where there is a default, as in the portal's exported parameters.json
    expect(evaluate("[parameters('name')]", scopeOf({ name: null }))).toBe('aks1')
    expect(evaluate("[parameters('noDefault')]", scopeOf({ noDefault: null }))).toBe(null)
  })

  it('evaluates copyIndex() with loop names and offsets', () => {
    const scope = scopeOf().withCopy('outer', 1).withCopy('inner', 4)
    expect(evaluate('[copyIndex()]', scope)).toBe(4)
    expect(evaluate("[copyIndex('outer')]", scope)).toBe(1)
    expect(evaluate("[copyIndex('outer', 10)]", scope)).toBe(11)
    expect(evaluate('[copyIndex(1)]', scope)).toBe(5)
    expect(show(evaluate("[copyIndex('other')]", scope))).toBe("?(copyIndex('other') outside that copy loop)")
  })

  it('returns unknown instead of overflowing on a long chain of variables', () => {
    const variables = Array.from({ length: 5000 }, (_, i) => `"v${i}": "[variables('v${i + 1}')]"`).join(',')
    const doc = parseJson('t.json', `{ "variables": { ${variables}, "v5000": "end" } }`)
    const scope = Scope.forTemplate(doc.root, new Map(), UNKNOWN_DEPLOYMENT)
    expect(show(scope.evaluateString("[variables('v4990')]"))).toBe('end')
    expect(show(scope.evaluateString("[variables('v0')]"))).toBe('?(expression nested too deeply to evaluate)')
  })
})
