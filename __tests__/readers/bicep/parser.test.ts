import { describe, expect, it } from '@jest/globals'
import type * as A from '../../../src/readers/bicep/ast.js'
import { MAX_DEPTH, parse } from '../../../src/readers/bicep/parser.js'
import { LineMap, scan } from '../../../src/readers/bicep/scanner.js'

/** `kind name` for every top-level statement: what recovery must keep. */
const outline = (ast: A.Program) =>
  ast.statements.map((s) => {
    const name = 'name' in s && s.name && typeof s.name === 'object' && 'name' in s.name ? ` ${s.name.name}` : ''
    return `${s.kind}${name}`
  })

/** The first error as `line:column message`. */
function firstError(text: string): string | undefined {
  const { errors } = parse(text)
  if (!errors.length) return undefined
  const p = new LineMap(text).position(errors[0]!.start)
  return `${p.line}:${p.column} ${errors[0]!.message}`
}

describe('Bicep scanner', () => {
  it('splits interpolated strings into pieces, nesting included', () => {
    const { tokens, errors } = scan("'a${'b${c}d'}e'")
    expect(errors).toEqual([])
    expect(tokens.map((t) => `${t.kind}:${t.value}`)).toEqual([
      'StringLeft:a',
      'StringLeft:b',
      'Identifier:c',
      'StringRight:d',
      'StringRight:e',
      'EOF:'
    ])
  })

  it('decodes escapes and keeps braces inside interpolations balanced', () => {
    const { tokens } = scan("'it\\'s \\${x} \\u{1F600}${ {a: 1}.a }'")
    expect(tokens.map((t) => t.kind)).toEqual([
      'StringLeft',
      '{',
      'Identifier',
      ':',
      'Integer',
      '}',
      '.',
      'Identifier',
      'StringRight',
      'EOF'
    ])
    expect(tokens[0]!.value).toBe("it's ${x} \u{1F600}")
  })

  it('reads multi-line strings verbatim, dropping the first line break, with $-interpolation', () => {
    const { tokens } = scan("'''\nline 1\n  'quoted' ${not}\n'''")
    expect(tokens[0]).toMatchObject({ kind: 'String', value: "line 1\n  'quoted' ${not}\n", multiline: true })
    const interp = scan("$'''a ${x} b'''").tokens
    expect(interp.map((t) => `${t.kind}:${t.value}`)).toEqual(['StringLeft:a ', 'Identifier:x', 'StringRight: b', 'EOF:'])
  })

  it('reports unterminated strings and comments, and unknown characters, without throwing', () => {
    expect(scan("var x = 'abc\nvar y = 1").errors).toEqual([
      { message: 'The string is not terminated (missing closing quote).', start: 8, end: 12 }
    ])
    expect(scan('/* open').errors[0]!.message).toBe('The multi-line comment is not terminated (missing */).')
    expect(scan("'''abc").errors[0]!.message).toBe("The multi-line string is not terminated (missing closing ''').")
    expect(scan('var x = 1 ` 2').errors[0]).toEqual({ message: "Unexpected character '`'.", start: 10, end: 11 })
  })

  it('counts CRLF as one line break and columns in UTF-16 units', () => {
    const map = new LineMap('a\r\nbc\rd\ne')
    expect([0, 3, 4, 6, 7, 8].map((o) => map.position(o))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 3, column: 1 },
      { line: 3, column: 2 },
      { line: 4, column: 1 }
    ])
  })
})

describe('Bicep parser: every construct parses without error', () => {
  const valid: [string, string, string[]][] = [
    ['targetScope', "targetScope = 'subscription'", ['TargetScope']],
    ['metadata', "metadata description = 'x'", ['Metadata description']],
    ['extension', "extension microsoftGraphV1\nextension kubernetes with {\n  namespace: 'default'\n} as k8s", ['Extension', 'Extension']],
    ['legacy provider import', "import 'az@1.0.0'\nprovider 'kubernetes@1.0.0' with { kubeConfig: 'x' } as k8s", ['Import', 'Extension']],
    [
      'compile-time imports',
      "import { a, b as c } from './types.bicep'\nimport * as types from 'br/public:x:1.0'\nimport {\n  x\n  y\n} from 'y.bicep'",
      ['Import', 'Import', 'Import']
    ],
    ['param with default and decorators', "@description('d')\n@allowed([\n  'a'\n  'b'\n])\nparam p string = 'a'", ['Param p']],
    [
      'param types',
      "param a string?\nparam b int[]\nparam c 'x' | 'y' | 1 | -1 | true\nparam d {\n  @minLength(1)\n  name: string\n  opt: int?\n  *: string\n}\nparam e (string | int)[]\nparam f [string, int]",
      ['Param a', 'Param b', 'Param c', 'Param d', 'Param e', 'Param f']
    ],
    [
      'resource-typed param and output',
      "param sa resource 'Microsoft.Storage/storageAccounts@2023-01-01'\noutput o resource 'Microsoft.Storage/storageAccounts@2023-01-01' = sa",
      ['Param sa', 'Output o']
    ],
    [
      'user-defined types',
      "type pool = {\n  name: string\n  vmSize: string?\n}\n@export()\ntype pools = pool[]\ntype mode =\n  | 'System'\n  | 'User'\ntype derived = resourceInput<'Microsoft.ContainerService/managedClusters@2024-01-01'>.properties.agentPoolProfiles[*]\ntype nn = string?\ntype nonNull = nn!\ntype sa = resource<'Microsoft.Storage/storageAccounts@2023-01-01'>",
      ['Type pool', 'Type pools', 'Type mode', 'Type derived', 'Type nn', 'Type nonNull', 'Type sa']
    ],
    [
      'var with type and expressions',
      "var a string = 'x'\nvar b = 1 + 2 * 3 - -4 % 2\nvar c = !true || false && a == 'x' != (a =~ 'X')\nvar d = a ?? 'y'\nvar e = b > 1 ? 'big' : 'small'\nvar f = obj.?prop.sub[0][?1][^1]!\nvar g = p.x!.y",
      ['Var a', 'Var b', 'Var c', 'Var d', 'Var e', 'Var f', 'Var g']
    ],
    [
      'objects and arrays, newline or comma separated',
      "var o = { a: 1, b: 2,\n  c: 3\n  'd-e': 4 }\nvar arr = [1, 2\n  3\n  4,]\nvar empty = {}\nvar emptyArr = []",
      ['Var o', 'Var arr', 'Var empty', 'Var emptyArr']
    ],
    ['spread', 'var s = { ...o, a: 1 }\nvar t = [...arr, 1]', ['Var s', 'Var t']],
    ['interpolation, nested', "var n = 'pre-${toLower('${a}-${b}')}-post'\nvar key = { '${n}': 1 }", ['Var n', 'Var key']],
    ['multi-line string', "var m = '''\nhello\n'''", ['Var m']],
    [
      'for loops',
      'var l1 = [for x in xs: x]\nvar l2 = [for (x, i) in range(0, 3): {\n  i: i\n}]\nvar l3 = [for x in xs: if (x > 1) {\n  x: x\n}]\nvar l4 = [\n  for x in xs: x\n]',
      ['Var l1', 'Var l2', 'Var l3', 'Var l4']
    ],
    [
      'lambdas',
      'var m = map(xs, x => x * 2)\nvar r = reduce(xs, 0, (cur, next) => cur + next)\nvar f = filter(xs, (x, i) => i > 0)\nvar z = sort(xs, () => true)',
      ['Var m', 'Var r', 'Var f', 'Var z']
    ],
    [
      'user-defined function',
      "func double(x int) int => x * 2\n@export()\nfunc greet(name string, title string?) string => '${title ?? ''} ${name}'",
      ['Func double', 'Func greet']
    ],
    [
      'multi-line function calls and ternaries',
      "var c = concat(\n  'a',\n  'b'\n)\nvar t = cond\n  ? 'a'\n  : 'b'\nvar u = a &&\n  b",
      ['Var c', 'Var t', 'Var u']
    ],
    [
      'resources: existing, conditional, loop, parent, nested child, ::',
      "resource c 'Microsoft.ContainerService/managedClusters@2024-01-01' existing = {\n  name: 'aks'\n  resource sys 'agentPools' existing = {\n    name: 'sys'\n  }\n}\nresource p 'Microsoft.ContainerService/managedClusters/agentPools@2024-01-01' = if (deploy) {\n  parent: c\n  name: 'p'\n}\n@batchSize(1)\nresource ps 'Microsoft.ContainerService/managedClusters/agentPools@2024-01-01' = [for x in xs: {\n  parent: c\n  name: x\n}]\noutput sysId string = c::sys.id",
      ['Resource c', 'Resource p', 'Resource ps', 'Output sysId']
    ],
    ['conditional body on the next line', "resource r 'A.B/c@1' =\n  if (x) {\n  name: 'r'\n}", ['Resource r']],
    [
      'modules',
      "module m './aks.bicep' = {\n  name: 'm'\n  params: {\n    a: 1\n  }\n}\nmodule r 'br/public:avm/res/x:0.1.0' = [for i in range(0, 2): {\n  name: 'r${i}'\n}]",
      ['Module m', 'Module r']
    ],
    ['assert and test', "assert ok = length(xs) > 0\ntest t 'main.bicep' = {\n  params: {}\n}", ['Assert ok', 'Test t']],
    [
      'bicepparam',
      "using './main.bicep'\n\nparam location = 'eastus'\nparam pools = [\n  { name: 'a' }\n]\nvar x = readEnvironmentVariable('X', 'y')",
      ['Using', 'Param location', 'Param pools', 'Var x']
    ],
    [
      'bicepparam using none and extends',
      "using none\nextends './base.bicepparam'\nextensionConfig k8s with {\n  namespace: 'x'\n}",
      ['Using', 'Extends', 'Extension']
    ],
    [
      'comments everywhere and directives',
      "// lead\nparam /* a */ p /* b */ string /* c */ = /* d */ 'x' // tail\n#disable-next-line no-unused-vars\nvar v = [ // c1\n  1 /* c2 */\n  // c3\n  2\n]",
      ['Param p', 'Var v']
    ],
    ['BOM, CRLF and tabs', '\uFEFFparam a string\r\n\r\nvar b = {\r\n\tx: a\r\n}\r\n', ['Param a', 'Var b']]
  ]
  it.each(valid)('%s', (_name, text, expected) => {
    const { ast, errors } = parse(text)
    expect(errors).toEqual([])
    expect(outline(ast)).toEqual(expected)
  })

  it('keeps positions on nodes (offsets of the property value inside the resource)', () => {
    const text = "resource c 'Microsoft.ContainerService/managedClusters@2024-01-01' = {\n  name: 'aks'\n}"
    const { ast } = parse(text)
    const r = ast.statements[0] as A.ResourceDecl
    expect(r.existing).toBe(false)
    expect(text.slice(r.name.start, r.name.end)).toBe('c')
    const body = r.value as A.ObjectLiteral
    const prop = body.properties[0] as A.Property
    expect(text.slice(prop.value.start, prop.value.end)).toBe("'aks'")
    expect(text.slice(body.start, body.end)).toBe("{\n  name: 'aks'\n}")
  })

  it('builds operator precedence as Bicep does (?? lowest, then ||, &&, equality, relational, additive, multiplicative)', () => {
    const { ast } = parse('var x = a ?? b || c && d == e < f + g * h')
    const show = (e: A.Expression): string =>
      e.kind === 'Binary' ? `(${show(e.left)} ${e.operator} ${show(e.right)})` : e.kind === 'Identifier' ? e.name : e.kind
    expect(show((ast.statements[0] as A.VarDecl).value)).toBe('(a ?? (b || (c && (d == (e < (f + (g * h)))))))')
  })
})

describe('Bicep parser: errors and recovery', () => {
  const cases: [string, string, string, string[]][] = [
    [
      'missing value',
      'param a string\nvar b =\nvar c = 1',
      '2:8 Expected an expression but found a new line.',
      ['Param a', 'Var b', 'Var c']
    ],
    [
      'garbage line between declarations',
      'param a string\nthis is not bicep\nparam b int',
      "2:1 Expected a declaration (param, var, resource, module, output, type, func, import...) but found 'this'.",
      ['Param a', 'Param b']
    ],
    [
      'missing colon in an object: the rest of the object and file survive',
      'var o = {\n  a 1\n  b: 2\n}\nparam p string',
      "2:5 Expected ':' but found '1'.",
      ['Var o', 'Param p']
    ],
    [
      'missing separator in an array',
      'var a = [1 2]\nvar b = 3',
      "1:12 Expected ',', a new line or ']' but found '2'.",
      ['Var a', 'Var b']
    ],
    [
      'unclosed object at the end of the file',
      "param a string\nresource r 'A.B/c@1' = {\n  name: 'x'\n",
      "4:1 Expected '}' but found the end of the file.",
      ['Param a', 'Resource r']
    ],
    [
      'unclosed object before the next declaration',
      "var o = {\n  a: 1\nparam p string\nresource r 'A.B/c@1' = {\n  name: 'r'\n}",
      "3:1 Expected '}' but found 'param'.",
      ['Var o', 'Param p', 'Resource r']
    ],
    [
      'unclosed call before the next declaration',
      "var o = concat('a',\nparam p string",
      "2:1 Expected an expression but found 'param'.",
      ['Var o', 'Param p']
    ],
    ['unterminated string', "var a = 'abc\nvar b = 1", '1:9 The string is not terminated (missing closing quote).', ['Var a', 'Var b']],
    [
      'two declarations on one line',
      'var a = 1 var b = 2\nvar c = 3',
      "1:11 Expected a new line after the declaration but found 'var'.",
      ['Var a', 'Var c']
    ],
    ['bad function arguments', "var a = concat('x' 'y')\nvar b = 1", "1:20 Expected ',' or ')' but found ''y''.", ['Var a', 'Var b']],
    [
      'unclosed interpolation',
      "var a = 'x${b'\nvar c = 1",
      '1:14 The string is not terminated (missing closing quote).',
      ['Var a', 'Var c']
    ],
    [
      'missing resource type',
      "resource r = {\n  name: 'x'\n}\nparam p string",
      "1:12 Expected a string but found '='.",
      ['Resource r', 'Param p']
    ],
    [
      'decorator without declaration',
      "@description('x')\n\nfoo\nparam p string",
      "3:1 Expected a declaration (param, var, resource, module, output, type, func, import...) but found 'foo'.",
      ['Param p']
    ],
    ['unexpected character', 'var a = 1 $ 2\nvar b = 2', "1:11 Unexpected character '$'.", ['Var a', 'Var b']],
    ['loop without in', 'var a = [for x xs: x]\nvar b = 1', "1:16 Expected 'in' but found 'xs'.", ['Var a', 'Var b']],
    [
      'stray closing brace',
      '}\nparam p string',
      "1:1 Expected a declaration (param, var, resource, module, output, type, func, import...) but found '}'.",
      ['Param p']
    ],
    ['bad type', 'param p = \nparam q int', '1:11 Expected an expression but found a new line.', ['Param p', 'Param q']],
    ['missing ternary colon', 'var a = x ? 1\nvar b = 2', "1:14 Expected ':' but found a new line.", ['Var a', 'Var b']]
  ]
  it.each(cases)('%s', (_name, text, error, recovered) => {
    expect(firstError(text)).toBe(error)
    expect(outline(parse(text).ast)).toEqual(recovered)
  })

  it('reports errors in order of position, whatever produced them', () => {
    const { errors } = parse("var a = 'x\nvar b = {\n  c\n}")
    expect(errors.map((e) => e.start)).toEqual([...errors.map((e) => e.start)].sort((x, y) => x - y))
  })

  const deep: [string, string][] = [
    ['arrays', 'var x = ' + '['.repeat(50_000) + ']'.repeat(50_000)],
    ['unclosed arrays', 'var x = ' + '['.repeat(50_000)],
    ['objects', 'var x = ' + '{a:'.repeat(50_000) + '1' + '}'.repeat(50_000)],
    ['parentheses', 'var x = ' + '('.repeat(50_000) + '1' + ')'.repeat(50_000)],
    ['calls', 'var x = ' + 'f('.repeat(50_000) + ')'.repeat(50_000)],
    ['unary operators', 'var x = ' + '!'.repeat(50_000) + 'true'],
    ['interpolations', "var x = '" + "${'".repeat(20_000) + "'" + "}'".repeat(20_000)],
    ['types', 'type t = ' + '('.repeat(50_000) + 'string' + ')'.repeat(50_000)],
    ['ternaries', 'var x = ' + 'a ? '.repeat(50_000) + '1' + ' : 2'.repeat(50_000)]
  ]
  it.each(deep)('turns 50,000-deep %s into one parse error, not a stack overflow', (_name, text) => {
    const { ast, errors } = parse(text + '\nparam after string')
    expect(errors[0]!.message).toBe(`The expression is nested more than ${MAX_DEPTH} levels deep.`)
    expect(outline(ast)[0]).toMatch(/^(Var x|Type t)$/)
    expect(outline(ast)[1]).toBe('Param after')
  })

  it('never throws on arbitrary input', () => {
    const samples = [
      "'",
      '${',
      "'${",
      '}}}',
      "'''",
      '@',
      '@@@',
      'param',
      'resource x',
      "module m 'x' = [for",
      'func f(',
      'import {',
      'type t = {',
      '\u0000\uFFFF',
      "var x = '${a}${b}${"
    ]
    for (const s of samples) expect(() => parse(s)).not.toThrow()
  })
})
