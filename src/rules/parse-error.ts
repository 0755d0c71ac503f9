import { defineRule } from './types.js'

/**
 * Produced by the lint engine from a reader's first parse problem, not from
 * declarations: the rule exists for its metadata (docs, SARIF, config).
 */
export default defineRule(
  {
    id: 'parse-error',
    severity: 'error',
    description: 'A file cannot be read.',
    fullDescription:
      'A file of a kind aks-snapshot reads (ARM JSON, Bicep, Terraform, a script, YAML, Markdown) could not be parsed or decoded, so the pools it declares were not checked. The finding points at the first error; the rest of the run goes on.',
    messages: {
      parseError: '{{message}}'
    }
  },
  () => []
)
