import { describe, expect, it } from '@jest/globals'
import { armCall, armGetOptional, cleanAadMessage, toAzureError } from '../../src/azure/errors.js'
import { AzureOperationError } from '../../src/errors.js'

const ID = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/snap1'

/** The shape @azure/core-rest-pipeline's RestError has after the SDK parsed an ARM error body. */
function restError(statusCode: number, code: string, message: string): Error {
  return Object.assign(new Error(message), { name: 'RestError', statusCode, code, details: { error: { code, message } } })
}

describe('ARM errors become one line', () => {
  it('names the step, the resource, the status, the ARM code and message, and what exists', async () => {
    const err = await armCall('create snapshot', ID, async () => {
      throw restError(409, 'OperationNotAllowed', 'Another operation is in progress.\nDetails follow.')
    }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(AzureOperationError)
    expect((err as AzureOperationError).details).toEqual({
      step: 'create snapshot',
      resourceId: ID,
      status: 409,
      code: 'OperationNotAllowed',
      armMessage: 'Another operation is in progress',
      state: 'Nothing was changed in Azure.'
    })
    expect((err as Error).message).toBe(
      `create snapshot failed for ${ID}: HTTP 409: OperationNotAllowed: Another operation is in progress. Nothing was changed in Azure.`
    )
  })

  it('keeps the state the caller gives', () => {
    expect(toAzureError('read snapshot', ID, restError(500, 'InternalServerError', 'boom'), 'The snapshot was created.').message).toBe(
      `read snapshot failed for ${ID}: HTTP 500: InternalServerError: boom. The snapshot was created.`
    )
  })

  it('says the request may not have reached Azure when there was no answer', () => {
    const e = Object.assign(new Error('read ECONNRESET'), { name: 'RestError', code: 'ECONNRESET' })
    expect(toAzureError('create snapshot', ID, e).message).toBe(
      `create snapshot failed for ${ID}: ECONNRESET: read ECONNRESET. The request may not have reached Azure.`
    )
  })

  it('turns the abort of timeout-minutes into a timeout message', () => {
    const e = Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' })
    expect(toAzureError('create node pool', ID, e, undefined, { timeoutMinutes: 5 }).message).toBe(
      `create node pool failed for ${ID}: Timeout: stopped after timeout-minutes (5 minutes). An operation may still be running in Azure: check the resource.`
    )
  })

  it('reduces Entra errors to the AADSTS sentence, without trace ids', () => {
    const msal = Object.assign(
      new Error(
        'invalid_client: Error(s): 7000215 - Timestamp: 2026-12-01 01:21:55Z - Description: AADSTS7000215: Invalid client secret provided. Ensure the secret is the value. Trace ID: a87f Correlation ID: 77f5 Timestamp: 2026-12-01 01:21:55Z - Correlation ID: 77f5 - Trace ID: a87f'
      ),
      { name: 'AuthenticationRequiredError' }
    )
    expect(toAzureError('read cluster', ID, msal, undefined, { signIn: 'client a in tenant t (client secret)' }).message).toBe(
      'sign in to Azure (for read cluster) failed for client a in tenant t (client secret): invalid_client: AADSTS7000215: Invalid client secret provided. Ensure the secret is the value. Nothing was changed in Azure.'
    )
    expect(cleanAadMessage('AADSTS90002: Tenant x not found. Trace ID: 1 Correlation ID: 2')).toBe('AADSTS90002: Tenant x not found')
  })

  it('explains that no credential was found', () => {
    const unavailable = Object.assign(new Error('EnvironmentCredential is unavailable.'), { name: 'CredentialUnavailableError' })
    const aggregate = Object.assign(new Error('ChainedTokenCredential authentication failed.'), {
      name: 'AggregateAuthenticationError',
      errors: [unavailable, unavailable]
    })
    expect(toAzureError('read cluster', ID, aggregate, undefined, { signIn: 'DefaultAzureCredential' }).message).toBe(
      'sign in to Azure (for read cluster) failed for DefaultAzureCredential: NoCredential: no Azure credential was found: give client-id and tenant-id (GitHub OIDC, with permissions id-token: write), run Azure/login before this step, or set AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET. Nothing was changed in Azure.'
    )
  })

  it('answers undefined for a 404 read and fails on other errors', async () => {
    await expect(
      armGetOptional('read snapshot', ID, async () => Promise.reject(restError(404, 'ResourceNotFound', 'gone')))
    ).resolves.toBeUndefined()
    await expect(
      armGetOptional('read snapshot', ID, async () => Promise.reject(restError(403, 'AuthorizationFailed', 'no')))
    ).rejects.toThrow(`read snapshot failed for ${ID}: HTTP 403: AuthorizationFailed: no. Nothing was changed in Azure.`)
  })
})
