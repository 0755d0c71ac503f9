import { describe, expect, it } from '@jest/globals'
import { UsageError } from '../../src/errors.js'
import { Inputs } from '../../src/inputs.js'
import {
  defaultSnapshotName,
  defaultTags,
  readSnapshotInputs,
  snapshotJson,
  snapshotOutputs,
  snapshotSummary,
  snapshotText,
  type SnapshotResult
} from '../../src/ops/snapshot.js'

const SUB = '6f1c2a5e-0b7d-4c8e-9a3f-2d4b6e8f0a1c'
const POOL = `/subscriptions/${SUB}/resourceGroups/rg1/providers/Microsoft.ContainerService/managedClusters/aks1/agentPools/np1`
const NOW = new Date('2026-03-04T05:06:59.999Z')
const read = (values: Record<string, string>, isAction = false, env: NodeJS.ProcessEnv = {}) =>
  readSnapshotInputs(new Inputs((n) => values[n]), env, isAction, NOW)

describe('default snapshot name', () => {
  it('is <cluster>-<pool>-<UTC yyyyMMddHHmm>', () => {
    expect(defaultSnapshotName('aks-prod', 'user1', NOW)).toBe('aks-prod-user1-202603040506')
    expect(defaultSnapshotName('c', 'p', new Date('2026-12-31T23:59:00+02:00'))).toBe('c-p-202612312159')
  })

  it('shortens a long cluster name to stay within 63 characters', () => {
    const name = defaultSnapshotName('a'.repeat(60), 'userpool', NOW)
    expect(name).toBe(`${'a'.repeat(41)}-userpool-202603040506`)
    expect(name).toHaveLength(63)
  })
})

describe('snapshot inputs', () => {
  it('reads the pool from its three names and defaults the rest', () => {
    expect(read({ 'resource-group': 'rg1', 'cluster-name': 'aks1', 'nodepool-name': 'np1' })).toEqual({
      pool: { subscriptionId: '', resourceGroup: 'rg1', cluster: 'aks1', pool: 'np1' },
      name: 'aks1-np1-202603040506',
      snapshotResourceGroup: 'rg1',
      tags: { 'created-by': 'aks-snapshot' },
      ifExists: 'fail',
      json: false
    })
  })

  it('reads nodepool-id, with its subscription', () => {
    const r = read({
      'nodepool-id': POOL,
      'snapshot-resource-group': 'rg-snaps',
      'if-exists': 'Reuse',
      location: 'East US',
      catalog: 'cat.json',
      pin: 'prod'
    })
    expect(r).toMatchObject({
      pool: { subscriptionId: SUB, resourceGroup: 'rg1', cluster: 'aks1', pool: 'np1' },
      subscriptionFromPool: SUB,
      snapshotResourceGroup: 'rg-snaps',
      ifExists: 'reuse',
      location: 'East US',
      catalog: 'cat.json',
      pin: 'prod'
    })
  })

  it('uses .aks-snapshots.json for a pin without a catalog', () => {
    expect(read({ 'nodepool-id': POOL, pin: 'prod' }).catalog).toBe('.aks-snapshots.json')
  })

  it('refuses nodepool-id together with the names, a malformed id, a bad name, a bad if-exists', () => {
    expect(() => read({ 'nodepool-id': POOL, 'cluster-name': 'aks1' })).toThrow(
      new UsageError("give either input 'nodepool-id' or input 'cluster-name' with the cluster and pool names, not both")
    )
    expect(() =>
      read({ 'nodepool-id': '/subscriptions/x/resourceGroups/rg1/providers/Microsoft.ContainerService/managedClusters/aks1' })
    ).toThrow(/^input 'nodepool-id' must be a node pool id/)
    expect(() => read({ 'resource-group': 'rg1', 'cluster-name': 'aks1' })).toThrow(
      new UsageError("input 'nodepool-name' is required: or give input 'nodepool-id'")
    )
    expect(() => read({ 'nodepool-id': POOL, 'snapshot-name': 'bad name!' })).toThrow(
      new UsageError(
        "input 'snapshot-name' 'bad name!' is not a valid snapshot name: 1 to 63 letters, digits, '-' or '_', starting and ending with a letter or digit"
      )
    )
    expect(() => read({ 'nodepool-id': POOL, 'if-exists': 'replace' })).toThrow(
      new UsageError("input 'if-exists' must be one of fail, reuse, not 'replace'")
    )
  })

  it('adds created-by, and in Actions the run URL and commit; given tags win', () => {
    const env = { GITHUB_SERVER_URL: 'https://ghe.contoso.com', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7', GITHUB_SHA: 'abc' }
    expect(defaultTags(env, true)).toEqual({
      'created-by': 'aks-snapshot',
      'github-run': 'https://ghe.contoso.com/o/r/actions/runs/7',
      'github-sha': 'abc'
    })
    expect(defaultTags(env, false)).toEqual({ 'created-by': 'aks-snapshot' })
    // The CLI in a workflow step is in Actions too.
    expect(defaultTags({ ...env, GITHUB_ACTIONS: 'true' }, false)).toEqual(defaultTags(env, true))
    expect(read({ 'nodepool-id': POOL, tags: 'team=a\ncreated-by=pipeline' }, true, env).tags).toEqual({
      'created-by': 'pipeline',
      'github-run': 'https://ghe.contoso.com/o/r/actions/runs/7',
      'github-sha': 'abc',
      team: 'a'
    })
  })
})

describe('snapshot outputs', () => {
  const result: SnapshotResult = {
    reused: false,
    info: {
      id: `/subscriptions/${SUB}/resourceGroups/rg1/providers/Microsoft.ContainerService/snapshots/s|1`,
      name: 's|1',
      location: 'eastus',
      kubernetesVersion: '1.30.5',
      nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202409.23.0',
      osType: 'Linux',
      osSku: 'Ubuntu',
      vmSize: 'Standard_DS2_v2',
      enableFips: false,
      sourceResourceId: POOL,
      created: '2026-11-01T10:00:00Z'
    }
  }

  it('lists every output of SPEC §3 in order, with the VM family', () => {
    expect(snapshotOutputs(result.info).map(([k]) => k)).toEqual([
      'snapshot-id',
      'snapshot-name',
      'location',
      'kubernetes-version',
      'node-image-version',
      'os-type',
      'os-sku',
      'vm-size',
      'vm-family',
      'enable-fips',
      'source-nodepool-id',
      'created'
    ])
    expect(Object.fromEntries(snapshotOutputs(result.info))).toMatchObject({ 'vm-family': 'D', 'enable-fips': 'false' })
    expect(Object.fromEntries(snapshotOutputs({ ...result.info, vmSize: 'Custom_Size' }))['vm-family']).toBe('')
  })

  it('renders a summary table with pipes escaped, text and JSON', () => {
    expect(snapshotSummary(result).split('\n').slice(0, 5)).toEqual([
      '### Node pool snapshot s|1',
      '',
      '| output | value |',
      '| --- | --- |',
      `| snapshot-id | \`/subscriptions/${SUB}/resourceGroups/rg1/providers/Microsoft.ContainerService/snapshots/s\\|1\` |`
    ])
    expect(snapshotText(result).split('\n').slice(0, 3)).toEqual([
      'Created snapshot s|1',
      `  snapshot-id         /subscriptions/${SUB}/resourceGroups/rg1/providers/Microsoft.ContainerService/snapshots/s|1`,
      '  snapshot-name       s|1'
    ])
    expect(JSON.parse(snapshotJson({ ...result, reused: true }))).toMatchObject({
      'enable-fips': false,
      reused: true,
      created: '2026-11-01T10:00:00Z'
    })
  })
})
