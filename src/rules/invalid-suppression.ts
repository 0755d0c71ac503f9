import { defineRule } from './types.js'

/**
 * Found by the lint engine while reading suppression comments, not from
 * declarations: the rule exists for its metadata (docs, SARIF, config) and
 * its messages.
 */
export default defineRule(
  {
    id: 'invalid-suppression',
    severity: 'warning',
    description: 'A suppression comment has no reason, or names a rule that does not exist.',
    fullDescription:
      'Every suppression must say why (aks-snapshot-ignore <rule> -- <reason>), so that a reviewer can judge it and it shows in SARIF as the justification. A suppression that names an unknown rule suppresses nothing for that name, usually because of a typo. A suppression without a reason still suppresses what it names.',
    // The engine (policy/suppressions.ts directiveProblems) writes these messages; the templates give their shape for SARIF and docs.
    messages: {
      noRule: '{{directive}} names no rule: write {{syntax}}.',
      unknownRule: "'{{rule}}' in {{directive}} is not a rule id of aks-snapshot.",
      missingReason: "{{directive}} {{rules}} gives no reason: add '-- <reason>'.",
      missingReasonMetadata: '{{directive}} for {{rules}} gives no reason: give the reason as the value.'
    }
  },
  () => []
)
