import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type * as core from '@actions/core'

// The runner is mocked (core.getIDToken), the cloud is not: the federated
// token goes through the real ClientAssertionCredential to the emulator.
const getIDToken = jest.fn<typeof core.getIDToken>()
jest.unstable_mockModule('@actions/core', () => ({ getIDToken }))

const { Inputs } = await import('../../src/inputs.js')
const { run } = await import('../../src/ops/snapshot.js')
const { FakeHost } = await import('../../__fixtures__/host.js')
const { azureInputs, emulatorForTest } = await import('../../__fixtures__/emulator.js')
const { DEFAULT_GITHUB_SUBJECT } = await import('../../test/emulator/index.js')
type Emulator = Awaited<ReturnType<typeof emulatorForTest>>['emulator']

let emulator: Emulator
let restore: () => Promise<void>

beforeEach(async () => {
  ;({ emulator, restore } = await emulatorForTest())
  delete process.env.AZURE_CLIENT_SECRET
  delete process.env.AZURE_CLIENT_ID
  delete process.env.AZURE_TENANT_ID
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = 'https://runner.invalid/idtoken'
  emulator.state.addCluster({ resourceGroup: 'rg-aks', name: 'aks1', location: 'eastus', pools: [{ name: 'system', mode: 'System' }] })
  getIDToken.mockReset()
  getIDToken.mockImplementation(async (aud?: string) => emulator.directory.githubIdToken(aud ?? '', DEFAULT_GITHUB_SUBJECT))
})

afterEach(async () => {
  await restore()
})

const inputs = (values: Record<string, string>) =>
  new Inputs(
    (name) =>
      ({
        ...azureInputs(emulator),
        'resource-group': 'rg-aks',
        'cluster-name': 'aks1',
        'nodepool-name': 'system',
        'snapshot-name': 'snap1',
        'client-id': emulator.oidcClientId,
        'tenant-id': emulator.tenantId,
        ...values
      })[name]
  )

describe('GitHub OIDC sign-in', () => {
  it('exchanges the GitHub ID token (audience api://AzureADTokenExchange) for an ARM token and masks it', async () => {
    const host = new FakeHost(true)
    await run(inputs({}), host)
    expect(getIDToken).toHaveBeenCalledWith('api://AzureADTokenExchange')
    const tokenRequests = emulator.requests.filter((r) => r.kind === 'token')
    expect(tokenRequests).toHaveLength(1)
    expect(tokenRequests[0].path).toBe(`/${emulator.tenantId}/oauth2/v2.0/token`)
    expect(tokenRequests[0].body).toMatchObject({
      grant_type: 'client_credentials',
      client_id: emulator.oidcClientId,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: '<redacted>',
      scope: `${emulator.url}/.default`
    })
    const githubToken = [...emulator.directory.githubTokens][0]
    expect(host.secrets).toContain(githubToken)
    expect(host.everything()).not.toContain(githubToken)
    expect(host.outputs['snapshot-name']).toBe('snap1')
  })

  it('passes the audience input to getIDToken; Entra refuses a token for another audience', async () => {
    const err = await run(inputs({ audience: 'api://Other' }), new FakeHost()).catch((e: unknown) => e)
    expect(getIDToken).toHaveBeenCalledWith('api://Other')
    expect((err as Error).message).toMatch(
      /^sign in to Azure \(for read cluster\) failed for client .* \(GitHub OIDC\): invalid_client: AADSTS70021: No matching federated identity record found for presented assertion\./
    )
    expect(emulator.writes()).toEqual([])
  })

  it('names the missing id-token: write permission when the runner gives no token', async () => {
    getIDToken.mockRejectedValue(new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable'))
    const err = await run(inputs({}), new FakeHost()).catch((e: unknown) => e)
    expect((err as Error).message).toContain(
      'could not get a GitHub OIDC token for audience api://AzureADTokenExchange: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable'
    )
    expect((err as Error).message).toContain('permissions: id-token: write')
    expect(emulator.requests.filter((r) => r.kind === 'arm')).toEqual([])
  })
})
