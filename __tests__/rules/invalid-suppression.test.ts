import { describe, expect, it } from '@jest/globals'
import { directiveProblems } from '../../src/policy/suppressions.js'
import rule from '../../src/rules/invalid-suppression.js'
import { formatMessage } from '../../src/rules/types.js'
import { command, context, FILE, pool, snapshot, span, upgrade } from './builders.js'

// The lint engine finds invalid suppressions while reading comments; the rule
// carries the metadata, and its message templates must say what the engine says.
describe('invalid-suppression', () => {
  it.each([
    ['a pool', pool()],
    ['an upgrade', upgrade()],
    ['a snapshot', snapshot()],
    ['a command', command('az aks snapshot create', 'the preview-era node pool snapshot command', 'az aks nodepool snapshot create')]
  ])('reports nothing from declarations (%s)', (_, decl) => {
    expect(rule.check(decl, context())).toEqual([])
  })

  const at = span(3, 1, 40)
  const m = rule.meta.messages
  it.each([
    [
      'a line suppression without a reason',
      { scope: 'line' as const, rules: ['missing-snapshot-id', 'unpinned-upgrade'], reason: '', span: at },
      [formatMessage(m.missingReason, { directive: 'aks-snapshot-ignore', rules: 'missing-snapshot-id,unpinned-upgrade' })],
      ["aks-snapshot-ignore missing-snapshot-id,unpinned-upgrade gives no reason: add '-- <reason>'."]
    ],
    [
      'a file suppression naming an unknown rule',
      { scope: 'file' as const, rules: ['missing-snapshot'], reason: 'legacy', span: at },
      [formatMessage(m.unknownRule, { rule: 'missing-snapshot', directive: 'aks-snapshot-ignore-file' })],
      ["'missing-snapshot' in aks-snapshot-ignore-file is not a rule id of aks-snapshot."]
    ],
    [
      'a suppression naming no rule',
      { scope: 'line' as const, rules: [], reason: '', span: at },
      [formatMessage(m.noRule, { directive: 'aks-snapshot-ignore', syntax: '<rule> -- <reason>' })],
      ['aks-snapshot-ignore names no rule: write <rule> -- <reason>.']
    ],
    [
      'ARM metadata naming an unknown rule',
      { scope: 'resource' as const, rules: ['missing-snapshot'], reason: 'legacy', span: { ...at, file: FILE } },
      [formatMessage(m.unknownRule, { rule: 'missing-snapshot', directive: 'the aks-snapshot-ignore metadata' })],
      ["'missing-snapshot' in the aks-snapshot-ignore metadata is not a rule id of aks-snapshot."]
    ],
    [
      'ARM metadata without a reason',
      { scope: 'resource' as const, rules: ['vm-family-mismatch'], reason: '', span: { ...at, file: FILE } },
      [formatMessage(m.missingReasonMetadata, { directive: 'The aks-snapshot-ignore metadata', rules: 'vm-family-mismatch' })],
      ['The aks-snapshot-ignore metadata for vm-family-mismatch gives no reason: give the reason as the value.']
    ]
  ])("its templates give the engine's message for %s", (_, directive, fromTemplates, text) => {
    expect(fromTemplates).toEqual(text)
    expect(directiveProblems(directive)).toEqual(text)
  })

  it('is a warning', () => {
    expect(rule.meta.severity).toBe('warning')
  })
})
