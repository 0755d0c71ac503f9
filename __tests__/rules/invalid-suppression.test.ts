import { describe, expect, it } from '@jest/globals'
import rule from '../../src/rules/invalid-suppression.js'
import { formatMessage } from '../../src/rules/types.js'
import { command, context, pool, snapshot, upgrade } from './builders.js'

// The lint engine finds invalid suppressions while reading comments; the rule
// carries the metadata and messages the engine formats.
describe('invalid-suppression', () => {
  it.each([
    ['a pool', pool()],
    ['an upgrade', upgrade()],
    ['a snapshot', snapshot()],
    ['a command', command('az aks snapshot create', 'the preview-era node pool snapshot command', 'az aks nodepool snapshot create')]
  ])('reports nothing from declarations (%s)', (_, decl) => {
    expect(rule.check(decl, context())).toEqual([])
  })

  it('formats the engine\'s messages', () => {
    expect(formatMessage(rule.meta.messages.missingReason, { rules: 'missing-snapshot-id, unpinned-upgrade' })).toBe(
      'The suppression of missing-snapshot-id, unpinned-upgrade has no reason: add "-- <reason>" after the rule ids.'
    )
    expect(formatMessage(rule.meta.messages.unknownRule, { rule: 'missing-snapshot' })).toBe(
      'missing-snapshot is not an aks-snapshot rule, so this suppression does not suppress it.'
    )
  })

  it('is a warning', () => {
    expect(rule.meta.severity).toBe('warning')
  })
})
