import { describe, expect, it } from '@jest/globals'
import rule from '../../src/rules/parse-error.js'
import { formatMessage } from '../../src/rules/types.js'
import { context, pool, snapshot, upgrade } from './builders.js'

// The lint engine turns a reader's first parse problem into this rule's finding.
describe('parse-error', () => {
  it.each([
    ['a pool', pool()],
    ['an upgrade', upgrade()],
    ['a snapshot', snapshot()]
  ])('reports nothing from declarations (%s)', (_, decl) => {
    expect(rule.check(decl, context())).toEqual([])
  })

  it("formats the reader's message as is", () => {
    expect(formatMessage(rule.meta.messages.parseError, { message: "Expected '}' but found end of file." })).toBe(
      "Expected '}' but found end of file."
    )
  })

  it('is an error', () => {
    expect(rule.meta.severity).toBe('error')
  })
})
