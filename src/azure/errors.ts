import { AzureOperationError } from '../errors.js'

/**
 * Every ARM call goes through `armCall`, which turns whatever the SDK or the
 * credential throws into one AzureOperationError: the step, the resource id,
 * the HTTP status, ARM's code and message, and what exists in Azure now.
 */

export interface CallContext {
  /** Who signs in, for sign-in failures (`client … in tenant …`). */
  signIn?: string
  /** The whole-mode limit, for the timeout message. */
  timeoutMinutes?: number
}

export async function armCall<T>(
  step: string,
  resourceId: string,
  fn: () => Promise<T>,
  options: { state?: string; context?: CallContext } = {}
): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    throw toAzureError(step, resourceId, err, options.state, options.context)
  }
}

/** A GET that answers `undefined` for 404 instead of failing. */
export async function armGetOptional<T>(
  step: string,
  resourceId: string,
  fn: () => Promise<T>,
  context?: CallContext
): Promise<T | undefined> {
  try {
    return await fn()
  } catch (err) {
    if (statusOf(err) === 404) return undefined
    throw toAzureError(step, resourceId, err, undefined, context)
  }
}

export function statusOf(err: unknown): number | undefined {
  const e = err as { statusCode?: unknown; status?: unknown }
  return typeof e?.statusCode === 'number' ? e.statusCode : typeof e?.status === 'number' ? e.status : undefined
}

const NOTHING_CHANGED = 'Nothing was changed in Azure.'

export function toAzureError(
  step: string,
  resourceId: string,
  err: unknown,
  state?: string,
  context: CallContext = {}
): AzureOperationError {
  if (err instanceof AzureOperationError) return err
  const e = (err ?? {}) as Record<string, unknown>
  const name = typeof e.name === 'string' ? e.name : ''
  const message = err instanceof Error ? err.message : String(err)
  const whatExists = state ?? NOTHING_CHANGED

  if (name === 'AbortError' || (/aborted/i.test(message) && name !== 'RestError')) {
    return new AzureOperationError({
      step,
      resourceId,
      code: 'Timeout',
      armMessage: `stopped after timeout-minutes (${context.timeoutMinutes ?? '?'} minutes)`,
      state: state ?? 'An operation may still be running in Azure: check the resource.'
    })
  }

  const auth = signInFailure(err)
  if (auth) {
    return new AzureOperationError({
      step: `sign in to Azure (for ${step})`,
      resourceId: context.signIn ?? resourceId,
      ...(auth.status ? { status: auth.status } : {}),
      ...(auth.code ? { code: auth.code } : {}),
      armMessage: auth.message,
      state: whatExists
    })
  }

  const status = statusOf(err)
  const details = (e.details ?? {}) as { error?: { code?: string; message?: string } }
  const code =
    details.error?.code ??
    (typeof e.code === 'string' && !/^(ECONN|ETIMEDOUT|ENOTFOUND|REQUEST_SEND_ERROR)/.test(e.code) ? e.code : undefined)
  const armMessage = firstLine(details.error?.message ?? message)
  if (status === undefined) {
    // No answer at all: a network failure after the SDK's retries.
    return new AzureOperationError({
      step,
      resourceId,
      code: typeof e.code === 'string' ? e.code : 'NetworkError',
      armMessage,
      state: state ?? 'The request may not have reached Azure.'
    })
  }
  return new AzureOperationError({ step, resourceId, status, ...(code ? { code } : {}), armMessage, state: whatExists })
}

/** Errors of @azure/identity and MSAL, reduced to the Entra error code and its first sentence (no trace ids). */
function signInFailure(err: unknown): { status?: number; code?: string; message: string } | undefined {
  const e = (err ?? {}) as Record<string, unknown>
  const name = typeof e.name === 'string' ? e.name : ''
  if (name === 'GitHubTokenError') return { message: (err as Error).message }
  if (name === 'AggregateAuthenticationError') {
    const errors = (e.errors as unknown[] | undefined) ?? []
    // The one credential that really tried (not "unavailable") says what went wrong.
    const real = errors.find((x) => (x as Error)?.name === 'AuthenticationError')
    if (real) return signInFailure(real)
    return {
      code: 'NoCredential',
      message:
        'no Azure credential was found: give client-id and tenant-id (GitHub OIDC, with permissions id-token: write), run Azure/login before this step, or set AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET'
    }
  }
  if (name === 'CredentialUnavailableError') return { code: 'NoCredential', message: firstLine((err as Error).message) }
  if (name !== 'AuthenticationError' && name !== 'AuthenticationRequiredError') return undefined
  const response = (e.errorResponse ?? {}) as { error?: string; errorDescription?: string }
  const text = response.errorDescription ?? (err as Error).message
  // MSAL's errors read `invalid_client: Error(s): 7000215 - Timestamp: … - Description: AADSTS7000215: …`.
  // EnvironmentCredential wraps the real error in a generic one (status 400, a sentence as `error`).
  const direct = response.error !== undefined && /^[a-z_]+$/.test(response.error)
  const code = direct ? response.error : (/^\s*([a-z_]+):/.exec(text)?.[1] ?? /^([a-z_]+):/.exec((err as Error).message)?.[1])
  return {
    ...(direct && typeof e.statusCode === 'number' ? { status: e.statusCode } : {}),
    ...(code ? { code } : {}),
    message: cleanAadMessage(text)
  }
}

/** `… AADSTS7000215: Invalid client secret provided. Ensure … Trace ID: … Timestamp: …` → the AADSTS sentence(s), without trace ids. */
export function cleanAadMessage(text: string): string {
  const aadsts = /AADSTS\d+:[\s\S]*?(?=\s+(?:Trace ID|Correlation ID|Timestamp):|$)/.exec(text)
  return firstLine((aadsts ? aadsts[0] : text.replace(/\s*(Trace ID|Correlation ID|Timestamp):[\s\S]*$/, '')).trim())
}

function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)[0]
      ?.replace(/[.\s]+$/, '') ?? ''
  )
}
