/**
 * Errors that reach the user. Everything else is a bug and is reported with
 * its stack only under --debug / ACTIONS_STEP_DEBUG.
 */

/** Bad inputs, flags or configuration: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A failed ARM call: the step, the resource, ARM's code and message, and what now exists in Azure. */
export class AzureOperationError extends Error {
  override name = 'AzureOperationError'
  constructor(
    readonly details: {
      /** What we were doing: `create snapshot`, `read node pool`. */
      step: string
      resourceId: string
      status?: number
      code?: string
      armMessage?: string
      /** What now exists in Azure, in one sentence ("nothing was changed", "the node pool exists in state Failed"). */
      state?: string
    }
  ) {
    super(formatAzureError(details))
  }
}

export function formatAzureError(d: AzureOperationError['details']): string {
  const parts = [`${d.step} failed for ${d.resourceId}`]
  if (d.status !== undefined) parts.push(`HTTP ${d.status}`)
  if (d.code) parts.push(d.code)
  let text = parts.join(': ')
  if (d.armMessage) text += `: ${d.armMessage}`
  if (d.state) text += `. ${d.state}`
  return text
}

/** A preflight rule failed: nothing was changed in Azure. Exit code 1. */
export class PreflightError extends Error {
  override name = 'PreflightError'
}
