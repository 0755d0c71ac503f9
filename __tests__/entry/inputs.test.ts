import { describe, expect, it } from '@jest/globals'
import { UsageError } from '../../src/errors.js'
import { Inputs } from '../../src/inputs.js'

const inputs = (values: Record<string, string>, describe?: (n: string) => string) => new Inputs((n) => values[n], describe)

describe('Inputs', () => {
  it('trims values and treats empty as absent', () => {
    const i = inputs({ a: '  x  ', b: '   ' })
    expect(i.string('a')).toBe('x')
    expect(i.string('b')).toBeUndefined()
    expect(i.string('c')).toBeUndefined()
  })

  it('names the input in errors, as the action spells it', () => {
    expect(() => inputs({}).required('resource-group')).toThrow(new UsageError("input 'resource-group' is required"))
  })

  it('names the flag in errors, as the CLI spells it', () => {
    const i = inputs({ 'fail-on': 'sometimes' }, (n) => `--${n}`)
    expect(() => i.choice('fail-on', ['error', 'warning', 'never'], 'error')).toThrow(
      "--fail-on must be one of error, warning, never, not 'sometimes'"
    )
  })

  it('matches choices case-insensitively and returns the canonical spelling', () => {
    expect(inputs({ environment: 'AzureCloud' }).choice('environment', ['azurecloud', 'custom'], 'custom')).toBe('azurecloud')
  })

  it('reads booleans as the runner writes them', () => {
    expect(inputs({ a: 'true', b: 'False', c: '' }).boolean('a', false)).toBe(true)
    expect(inputs({ b: 'False' }).boolean('b', true)).toBe(false)
    expect(inputs({}).boolean('c', true)).toBe(true)
    expect(() => inputs({ d: 'maybe' }).boolean('d', true)).toThrow("input 'd' must be true or false, not 'maybe'")
  })

  it('reads whole numbers with a minimum', () => {
    expect(inputs({ keep: '5' }).integer('keep', 3)).toBe(5)
    expect(inputs({}).integer('keep', 3)).toBe(3)
    expect(() => inputs({ keep: '-1' }).integer('keep', 3)).toThrow("input 'keep' must be a whole number of at least 0, not '-1'")
    expect(() => inputs({ n: '0' }).integer('n', 1, { min: 1 })).toThrow('at least 1')
  })

  it('reads multi-line lists, dropping blanks and comments', () => {
    expect(inputs({ paths: 'infra\n\n  scripts  \n# old\ndocs,examples' }).lines('paths')).toEqual(['infra', 'scripts', 'docs', 'examples'])
  })

  it('reads key=value tags, one a line or comma-separated', () => {
    expect(inputs({ tags: 'env=prod\nteam = platform\nnote=a=b' }).keyValues('tags')).toEqual({
      env: 'prod',
      team: 'platform',
      note: 'a=b'
    })
    expect(inputs({ tags: 'env=prod,team=platform' }).keyValues('tags')).toEqual({ env: 'prod', team: 'platform' })
    expect(() => inputs({ tags: 'oops' }).keyValues('tags')).toThrow("input 'tags': 'oops' is not key=value")
  })

  it('reads JSON objects and refuses anything else', () => {
    expect(inputs({ p: '{"maxPods": 50}' }).json('p')).toEqual({ maxPods: 50 })
    expect(() => inputs({ p: '[1]' }).json('p')).toThrow("input 'p' must be a JSON object")
    expect(() => inputs({ p: '{' }).json('p')).toThrow(/input 'p' is not valid JSON/)
  })
})
