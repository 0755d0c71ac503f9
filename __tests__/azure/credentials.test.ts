import { describe, expect, it } from '@jest/globals'
import { resolveCloud } from '../../src/azure/clouds.js'
import { describePlan, planCredential } from '../../src/azure/credentials.js'
import { readSubscription } from '../../src/azure/context.js'
import { UsageError } from '../../src/errors.js'
import { Inputs } from '../../src/inputs.js'

const inputs = (values: Record<string, string>) => new Inputs((n) => values[n])
const SUB = '6f1c2a5e-0b7d-4c8e-9a3f-2d4b6e8f0a1c'

describe('clouds', () => {
  it('knows the public and sovereign clouds', () => {
    expect(resolveCloud(inputs({}))).toEqual({
      environment: 'azurecloud',
      armEndpoint: 'https://management.azure.com',
      authorityHost: 'https://login.microsoftonline.com',
      scope: 'https://management.azure.com/.default',
      disableInstanceDiscovery: false
    })
    expect(resolveCloud(inputs({ environment: 'AzureChinaCloud' }))).toMatchObject({
      armEndpoint: 'https://management.chinacloudapi.cn',
      authorityHost: 'https://login.chinacloudapi.cn',
      scope: 'https://management.chinacloudapi.cn/.default'
    })
    expect(resolveCloud(inputs({ environment: 'azureusgovernment' }))).toMatchObject({
      armEndpoint: 'https://management.usgovcloudapi.net',
      authorityHost: 'https://login.microsoftonline.us'
    })
  })

  it('takes custom endpoints, https only, with instance discovery off', () => {
    expect(
      resolveCloud(
        inputs({
          environment: 'custom',
          'arm-endpoint': 'https://management.local.azurestack.external/',
          'authority-host': 'https://adfs.local.azurestack.external'
        })
      )
    ).toEqual({
      environment: 'custom',
      armEndpoint: 'https://management.local.azurestack.external',
      authorityHost: 'https://adfs.local.azurestack.external',
      scope: 'https://management.local.azurestack.external/.default',
      disableInstanceDiscovery: true
    })
    expect(() =>
      resolveCloud(inputs({ environment: 'custom', 'arm-endpoint': 'http://127.0.0.1:8443', 'authority-host': 'https://login' }))
    ).toThrow(new UsageError("input 'arm-endpoint' must be an https URL, not 'http://127.0.0.1:8443'"))
    expect(() => resolveCloud(inputs({ environment: 'custom', 'arm-endpoint': 'https://arm' }))).toThrow(
      new UsageError("input 'authority-host' is required: environment custom needs arm-endpoint and authority-host")
    )
    expect(() => resolveCloud(inputs({ 'arm-endpoint': 'https://arm' }))).toThrow(
      new UsageError("input 'arm-endpoint' is only used with environment custom (environment is azurecloud)")
    )
    expect(() => resolveCloud(inputs({ environment: 'azurestack' }))).toThrow(
      new UsageError("input 'environment' must be one of azurecloud, azurechinacloud, azureusgovernment, custom, not 'azurestack'")
    )
  })
})

describe('credential choice', () => {
  const publicCloud = resolveCloud(inputs({}))
  const custom = resolveCloud(
    inputs({ environment: 'custom', 'arm-endpoint': 'https://arm.example', 'authority-host': 'https://login.example' })
  )

  it('uses GitHub OIDC with client-id and tenant-id in a job', () => {
    const plan = planCredential(inputs({ 'client-id': 'app', 'tenant-id': 'tid' }), publicCloud, {
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x',
      AZURE_CLIENT_SECRET: 's'
    })
    expect(plan).toEqual({
      kind: 'github-oidc',
      tenantId: 'tid',
      clientId: 'app',
      audience: 'api://AzureADTokenExchange',
      authorityHost: 'https://login.microsoftonline.com',
      disableInstanceDiscovery: false
    })
    expect(describePlan(plan)).toBe('client app in tenant tid (GitHub OIDC)')
  })

  it('uses the audience input and the custom authority with discovery off', () => {
    expect(planCredential(inputs({ 'client-id': 'app', 'tenant-id': 'tid', audience: 'api://Stack' }), custom, {})).toEqual({
      kind: 'github-oidc',
      tenantId: 'tid',
      clientId: 'app',
      audience: 'api://Stack',
      authorityHost: 'https://login.example',
      disableInstanceDiscovery: true
    })
  })

  it('uses the client secret for client-id and tenant-id outside a GitHub job when AZURE_CLIENT_SECRET is set', () => {
    expect(planCredential(inputs({ 'client-id': 'app', 'tenant-id': 'tid' }), custom, { AZURE_CLIENT_SECRET: 's' })).toMatchObject({
      kind: 'client-secret',
      clientId: 'app',
      tenantId: 'tid'
    })
  })

  it('falls back to DefaultAzureCredential, naming the environment principal', () => {
    const plan = planCredential(inputs({}), custom, { AZURE_CLIENT_ID: 'envapp', AZURE_TENANT_ID: 'envtid' })
    expect(plan).toEqual({
      kind: 'default',
      clientId: 'envapp',
      tenantId: 'envtid',
      authorityHost: 'https://login.example',
      disableInstanceDiscovery: true
    })
    expect(describePlan(planCredential(inputs({}), publicCloud, {}))).toBe('DefaultAzureCredential')
  })

  it('needs client-id and tenant-id together', () => {
    expect(() => planCredential(inputs({ 'client-id': 'app' }), publicCloud, {})).toThrow(
      new UsageError("input 'tenant-id' is required with input 'client-id'")
    )
    expect(() => planCredential(inputs({ 'tenant-id': 'tid' }), publicCloud, {})).toThrow(
      new UsageError("input 'client-id' is required with input 'tenant-id'")
    )
  })
})

describe('subscription', () => {
  it('takes the input, then an id the mode was given, then AZURE_SUBSCRIPTION_ID', () => {
    const other = '00000000-0000-0000-0000-000000000001'
    expect(readSubscription(inputs({ 'subscription-id': SUB }), { AZURE_SUBSCRIPTION_ID: other }, other)).toBe(SUB)
    expect(readSubscription(inputs({}), { AZURE_SUBSCRIPTION_ID: other }, SUB)).toBe(SUB)
    expect(readSubscription(inputs({}), { AZURE_SUBSCRIPTION_ID: ` ${SUB} ` })).toBe(SUB)
  })

  it('says how to give it, and wants a GUID', () => {
    expect(() => readSubscription(inputs({}), {})).toThrow(
      new UsageError("input 'subscription-id' is required (or set AZURE_SUBSCRIPTION_ID)")
    )
    expect(() => readSubscription(inputs({ 'subscription-id': 'my-sub' }), {})).toThrow(
      new UsageError("input 'subscription-id' must be a subscription id (a GUID), not 'my-sub'")
    )
  })
})
