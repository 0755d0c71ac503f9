import { describe, expect, it } from '@jest/globals'
import type { Declaration, PoolDeclaration, SnapshotDeclaration, Value } from '../../../src/model.js'
import { reader } from '../../../src/readers/bicep/index.js'
import type { ReaderContext } from '../../../src/readers/types.js'

/** An in-memory working directory. */
function context(files: Record<string, string>): ReaderContext {
  return {
    readFile: async (p) => files[p],
    listDir: async (d) => {
      const prefix = d === '.' || d === '' ? '' : `${d}/`
      return [
        ...new Set(
          Object.keys(files)
            .filter((f) => f.startsWith(prefix))
            .map((f) => prefix + f.slice(prefix.length).split('/')[0])
        )
      ]
    }
  }
}

async function read(file: string, files: Record<string, string>) {
  return reader.read({ path: file, text: files[file]! }, context(files))
}

/** `value@line:column`, `~partial@...`, or `?reason`. */
const v = (x: Value<unknown>): string =>
  x.known
    ? `${x.partial ? '~' : ''}${String(x.value)}${x.span ? `@${x.span.file === 'main.bicep' ? '' : x.span.file}${x.span.line}:${x.span.column}` : ''}`
    : `?${x.reason}`

function pool(d: Declaration) {
  const p = d as PoolDeclaration
  return {
    at: `${p.span.file}:${p.span.line}:${p.span.column}`,
    resource: p.resource,
    instance: p.instance,
    name: v(p.name),
    cluster: v(p.cluster),
    vmSize: v(p.vmSize),
    location: v(p.location),
    version: v(p.kubernetesVersion),
    controlPlane: v(p.controlPlaneVersion),
    snapshot: p.snapshot ? v(p.snapshot.id) : 'none',
    resolved: p.snapshot?.resolved
  }
}

const CLUSTER = `param location string = 'eastus'
param vm string = 'Standard_D4s_v5'
resource aks 'Microsoft.ContainerService/managedClusters@2024-09-01' = {
  name: 'aks1'
  location: location
  properties: {
    kubernetesVersion: '1.30.4'
    agentPoolProfiles: [
      {
        name: 'sys'
        mode: 'System'
        vmSize: vm
      }
    ]
  }
}
`

describe('Bicep reader: declarations', () => {
  it('reads agentPoolProfiles entries with spans at the place that uses a parameter, not its default', async () => {
    const { declarations, problems } = await read('main.bicep', { 'main.bicep': CLUSTER })
    expect(problems).toEqual([])
    expect(declarations.map(pool)).toEqual([
      {
        at: 'main.bicep:10:15',
        resource: 'agentPools/sys',
        instance: undefined,
        name: 'sys@10:15',
        cluster: 'aks1@4:9',
        vmSize: 'Standard_D4s_v5@12:17',
        location: 'eastus@5:13',
        version: '?not stated',
        controlPlane: '1.30.4@7:24',
        snapshot: 'none',
        resolved: undefined
      }
    ])
    expect((declarations[0] as PoolDeclaration).system).toBe(true)
  })

  it('reads child pools: parent, nested, old-style names, existing clusters, unreadable properties', async () => {
    const text = `${CLUSTER}
resource withParent 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {
  parent: aks
  name: 'p1'
  properties: { vmSize: 'Standard_E4s_v5', orchestratorVersion: '1.30.4', creationData: { sourceResourceId: '' } }
}
resource oldStyle 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {
  name: '\${aks.name}/p2'
  properties: {}
}
resource other 'Microsoft.ContainerService/managedClusters@2024-09-01' existing = {
  name: 'aks-existing'
  resource nested 'agentPools' = {
    name: 'p3'
    properties: { creationData: null }
  }
}
param props object
resource opaque 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {
  parent: other
  name: 'p4'
  properties: props
}
`
    const { declarations } = await read('main.bicep', { 'main.bicep': text })
    expect(declarations.map(pool).slice(1)).toEqual([
      {
        at: 'main.bicep:18:1',
        resource: 'agentPools/p1',
        instance: undefined,
        name: 'p1@20:9',
        cluster: 'aks1@4:9',
        vmSize: 'Standard_E4s_v5@21:25',
        location: 'eastus@5:13',
        version: '1.30.4@21:65',
        controlPlane: '1.30.4@7:24',
        snapshot: '@21:109',
        resolved: undefined
      },
      {
        at: 'main.bicep:23:1',
        resource: 'agentPools/p2',
        instance: undefined,
        name: 'p2@24:9',
        cluster: 'aks1@24:9',
        vmSize: '?not stated',
        location: 'eastus@5:13',
        version: '?not stated',
        controlPlane: '1.30.4@7:24',
        snapshot: 'none',
        resolved: undefined
      },
      {
        at: 'main.bicep:29:3',
        resource: 'agentPools/p3',
        instance: undefined,
        name: 'p3@30:11',
        cluster: 'aks-existing@28:9',
        vmSize: '?not stated',
        location: "?the region of existing cluster 'other'",
        version: '?not stated',
        controlPlane: "?the version of existing cluster 'other'",
        snapshot: 'null@31:33',
        resolved: undefined
      },
      {
        at: 'main.bicep:35:1',
        resource: 'agentPools/p4',
        instance: undefined,
        name: 'p4@37:9',
        cluster: 'aks-existing@28:9',
        vmSize: "?parameter 'props' has no default value",
        location: "?the region of existing cluster 'other'",
        version: "?parameter 'props' has no default value",
        controlPlane: "?the version of existing cluster 'other'",
        snapshot: "?parameter 'props' has no default value",
        resolved: undefined
      }
    ])
  })

  it('points values written outside the resource (parameter default, variable, caller) at the place in the resource that uses them', async () => {
    const files = {
      'main.bicep': `param pools array = [
  { name: 'p1', vmSize: 'Standard_E4s_v5', creationData: { sourceResourceId: '' } }
]
var common = {
  vmSize: 'Standard_E8s_v5'
  osSKU: 'AzureLinux'
  creationData: { sourceResourceId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/s1' }
}
var size = 'Standard_D4s_v5'
resource aks 'Microsoft.ContainerService/managedClusters@2024-09-01' = {
  name: 'aks1'
  location: 'eastus'
  properties: {
    agentPoolProfiles: pools
  }
}
resource shared 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {
  parent: aks
  name: 'shared'
  properties: common
}
resource own 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {
  parent: aks
  name: 'own'
  properties: union(common, { vmSize: size })
}
module m './pool.bicep' = {
  name: 'm'
  params: { props: common }
}
`,
      'pool.bicep': `param props object
resource p 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {
  name: 'aks1/p'
  properties: props
}
`
    }
    const { declarations } = await read('main.bicep', files)
    expect(
      declarations.map((d) => {
        const p = pool(d)
        return `${p.at} ${p.name} ${p.vmSize} ${v((d as PoolDeclaration).osSku)} ${p.snapshot}`
      })
    ).toEqual([
      'main.bicep:14:24 p1@14:24 Standard_E4s_v5@14:24 ?not stated @14:24',
      'main.bicep:17:1 shared@19:9 Standard_E8s_v5@20:15 AzureLinux@20:15 /subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/s1@20:15',
      'main.bicep:22:1 own@24:9 Standard_D4s_v5@25:39 AzureLinux@25:15 /subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/s1@25:15',
      'pool.bicep:2:1 p@pool.bicep3:9 Standard_E8s_v5@pool.bicep4:15 AzureLinux@pool.bicep4:15 /subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/s1@pool.bicep4:15'
    ])
  })

  it('treats properties an unknown object may add as unknown, not absent (no false missing-snapshot-id)', async () => {
    const text = `${CLUSTER}
param extra object
resource merged 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {
  parent: aks
  name: 'merged'
  properties: union(extra, { vmSize: 'Standard_D8s_v5' })
}
resource spread 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {
  parent: aks
  name: 'spread'
  properties: { vmSize: 'Standard_D8s_v5', ...extra }
}
`
    const { declarations } = await read('main.bicep', { 'main.bicep': text })
    expect(declarations.slice(1).map((d) => `${d.resource} vmSize=${pool(d).vmSize} snapshot=${pool(d).snapshot}`)).toEqual([
      "agentPools/merged vmSize=Standard_D8s_v5@22:38 snapshot=?union() with parameter 'extra' has no default value",
      "agentPools/spread vmSize=?a spread of parameter 'extra' has no default value snapshot=?a spread of parameter 'extra' has no default value"
    ])
  })

  it('reads snapshots: own id, source pool region and properties, and gives them to pools made from them', async () => {
    const text = `${CLUSTER}
resource snap 'Microsoft.ContainerService/snapshots@2024-09-01' = {
  name: 'snap1'
  location: 'westus'
  properties: { creationData: { sourceResourceId: resourceId('Microsoft.ContainerService/managedClusters/agentPools', 'aks1', 'sys') } }
}
resource fromSnap 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {
  parent: aks
  name: 'p1'
  properties: { creationData: { sourceResourceId: snap.id } }
}
`
    const { declarations } = await read('main.bicep', { 'main.bicep': text })
    const s = declarations.find((d) => d.kind === 'snapshot') as SnapshotDeclaration
    expect({
      at: `${s.span.line}:${s.span.column}-${s.span.endLine}:${s.span.endColumn}`,
      resource: s.resource,
      id: v(s.id),
      location: v(s.location),
      source: v(s.sourceResourceId),
      sourceLocation: v(s.sourceLocation),
      properties: s.properties
    }).toEqual({
      at: '18:1-18:64',
      resource: 'snapshots/snap1',
      id: '~/subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ContainerService/snapshots/snap1',
      location: 'westus@20:13',
      source: '~/subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ContainerService/managedClusters/aks1/agentPools/sys@21:51',
      sourceLocation: 'eastus@5:13',
      // AKS defaults for what the source pool does not state (osType Linux, FIPS off), as in ARM
      properties: {
        kubernetesVersion: '1.30.4',
        osType: 'Linux',
        vmSize: 'Standard_D4s_v5',
        enableFips: false,
        location: 'westus',
        name: 'snap1'
      }
    })
    const p = pool(declarations.find((d) => d.resource === 'agentPools/p1')!)
    expect(p.snapshot).toBe('~/subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ContainerService/snapshots/snap1@26:51')
    expect(p.resolved).toEqual(s.properties)
  })

  it("gives a snapshot its source pool's stated OS and FIPS, AKS defaults when not stated, nothing when unknown", async () => {
    const text = `param os string
resource aks 'Microsoft.ContainerService/managedClusters@2024-09-01' existing = {
  name: 'aks1'
}
resource win 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {
  parent: aks
  name: 'win1'
  properties: { osType: 'Windows', enableFIPS: true }
}
resource plain 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {
  parent: aks
  name: 'plain'
  properties: { enableFIPS: null }
}
resource someOs 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {
  parent: aks
  name: 'someos'
  properties: { osType: os }
}
resource s1 'Microsoft.ContainerService/snapshots@2024-09-01' = {
  name: 's1'
  properties: { creationData: { sourceResourceId: win.id } }
}
resource s2 'Microsoft.ContainerService/snapshots@2024-09-01' = {
  name: 's2'
  properties: { creationData: { sourceResourceId: plain.id } }
}
resource s3 'Microsoft.ContainerService/snapshots@2024-09-01' = {
  name: 's3'
  properties: { creationData: { sourceResourceId: someOs.id } }
}
`
    const { declarations } = await read('main.bicep', { 'main.bicep': text })
    const props = declarations
      .filter((d): d is SnapshotDeclaration => d.kind === 'snapshot')
      .map((d) => [d.properties?.osType, d.properties?.enableFips])
    expect(props).toEqual([
      ['Windows', true],
      ['Linux', false],
      [undefined, false]
    ])
  })

  it("makes one declaration per loop instance, skips known-false conditions (a parent's too), keeps unknown ones", async () => {
    const text = `${CLUSTER}
param names array = ['a', 'b']
param more array
param off bool = false
param maybe bool
resource loop 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = [for (n, i) in names: if (i < 5) {
  parent: aks
  name: n
  properties: {}
}]
resource unknownLoop 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = [for n in more: {
  parent: aks
  name: n
  properties: {}
}]
resource skipped 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = if (off) {
  parent: aks
  name: 'skipped'
}
resource linted 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = if (maybe) {
  parent: aks
  name: 'linted'
}
resource offCluster 'Microsoft.ContainerService/managedClusters@2024-09-01' existing = if (off) {
  name: 'aks-off'
  resource child 'agentPools' = {
    name: 'child-of-skipped'
  }
}
`
    const { declarations } = await read('main.bicep', { 'main.bicep': text })
    expect(declarations.slice(1).map((d) => `${d.resource} ${d.instance ?? '-'}`)).toEqual([
      'agentPools/a loop[0]',
      'agentPools/b loop[1]',
      'agentPools/unknownLoop unknownLoop[?]',
      'agentPools/linted -'
    ])
  })

  it('reads a nullable parameter given no value as null, as ARM does (known empty), and a passed value over it', async () => {
    const files = {
      'main.bicep': `${CLUSTER}
param snapshotId string?
resource np 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {
  parent: aks
  name: 'np'
  properties: { creationData: { sourceResourceId: snapshotId } }
}
resource opt 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {
  parent: aks
  name: 'opt'
  properties: { creationData: !empty(snapshotId) ? { sourceResourceId: snapshotId } : null }
}
module m './pool.bicep' = {
  name: 'm'
  params: { snap: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/s1' }
}
module omitted './pool.bicep' = {
  name: 'omitted'
}
`,
      'pool.bicep': `param snap string?
resource p 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {
  name: 'aks1/p'
  properties: { creationData: { sourceResourceId: snap } }
}
`
    }
    const { declarations } = await read('main.bicep', files)
    expect(declarations.slice(1).map((d) => `${d.resource} ${d.instance ?? ''} ${pool(d).snapshot}`)).toEqual([
      'agentPools/np  null@22:51',
      'agentPools/opt  null@27:31',
      'agentPools/p module m in main.bicep /subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/s1@pool.bicep4:51',
      'agentPools/p module omitted in main.bicep null@pool.bicep4:51'
    ])
  })

  it('evaluates local modules with the values passed in, once per use, spans in the module file', async () => {
    const files = {
      'infra/main.bicep': `module a './modules/pool.bicep' = {
  name: 'a'
  params: { vm: 'Standard_D4s_v5' }
}
module b 'modules/pool.bicep' = [for vm in ['Standard_E4s_v5']: {
  name: 'b'
  params: { vm: vm }
}]
module off './modules/pool.bicep' = if (false) {
  name: 'off'
}
module reg 'br/public:avm/res/container-service/managed-cluster:0.9.0' = {
  name: 'reg'
}
module spec 'ts:00000000-0000-0000-0000-000000000000/rg/spec:1.0' = {
  name: 'spec'
}
module missing './nope.bicep' = {
  name: 'missing'
}
`,
      'infra/modules/pool.bicep': `param vm string = 'Standard_B2s'
resource p 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {
  name: 'aks/np'
  properties: { vmSize: vm }
}
`
    }
    const { declarations, problems } = await read('infra/main.bicep', files)
    expect(problems).toEqual([])
    expect(declarations.map((d) => `${d.instance} ${v((d as PoolDeclaration).vmSize)}`)).toEqual([
      'module a in infra/main.bicep Standard_D4s_v5@infra/modules/pool.bicep4:25',
      'module b[0] in infra/main.bicep Standard_E4s_v5@infra/modules/pool.bicep4:25'
    ])
  })

  it('applies the .bicepparam files that name the template (with what they extend), once each; a .bicepparam read alone declares nothing', async () => {
    const files = {
      'env/main.bicep': CLUSTER.replace("param vm string = 'Standard_D4s_v5'", 'param vm string'),
      'env/dev.bicepparam': "using './main.bicep'\nparam vm = 'Standard_B4ms'\nparam location = 'westeurope'",
      'env/prod.bicepparam': "using 'main.bicep'\nvar size = 'Standard_D8s_v5'\nparam vm = size",
      'env/other.bicepparam': "using './other.bicep'\nparam vm = 'ignored'",
      'env/test.bicepparam': "using './main.bicep'\nextends './shared/base.bicepparam'\nparam vm = 'Standard_D2s_v5'",
      'env/shared/base.bicepparam': "using none\nparam location = 'northeurope'\nparam vm = 'overridden'"
    }
    const { declarations } = await read('env/main.bicep', files)
    expect(declarations.map((d) => `${d.instance} ${v((d as PoolDeclaration).vmSize)} ${v((d as PoolDeclaration).location)}`)).toEqual([
      'with dev.bicepparam Standard_B4ms@env/main.bicep12:17 westeurope@env/main.bicep5:13',
      'with prod.bicepparam Standard_D8s_v5@env/main.bicep12:17 eastus@env/main.bicep5:13',
      'with test.bicepparam Standard_D2s_v5@env/main.bicep12:17 northeurope@env/main.bicep5:13'
    ])
    expect(await read('env/dev.bicepparam', files)).toEqual({ declarations: [], problems: [] })
  })

  it('applies the JSON parameters files named after the template (az deployment -p, azd), once each, names matched case-insensitively', async () => {
    const files = {
      'infra/main.bicep': CLUSTER.replace("param vm string = 'Standard_D4s_v5'", 'param vm string'),
      'infra/main.parameters.json': JSON.stringify({
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
        parameters: { location: { value: '${AZURE_LOCATION}' }, vm: { value: 'Standard_B4ms' } }
      }),
      'infra/main.parameters.prod.json':
        '{\n  // prod\n  "parameters": { "VM": { "value": "Standard_D8s_v5" }, "location": { "value": "westeurope" }, },\n}',
      'infra/main.weu.parameters.json': '{ "parameters": { "vm": { "reference": { "keyVault": { "id": "kv" }, "secretName": "vm" } } } }',
      'infra/main.aks.parameters.json': '{ "parameters": { "vm": { "value": "belongs to main.aks.bicep" } } }',
      'infra/main.aks.bicep': '',
      'infra/other.parameters.json': '{ "parameters": { "vm": { "value": "ignored" } } }',
      'infra/main.parameters.broken.json': '{ "parameters": '
    }
    const { declarations, problems } = await read('infra/main.bicep', files)
    expect(problems).toEqual([])
    expect(declarations.map((d) => `${d.instance} ${v((d as PoolDeclaration).vmSize)} ${v((d as PoolDeclaration).location)}`)).toEqual([
      "with main.parameters.json Standard_B4ms@infra/main.bicep12:17 ?'${AZURE_LOCATION}' is substituted at deployment",
      'with main.parameters.prod.json Standard_D8s_v5@infra/main.bicep12:17 westeurope@infra/main.bicep5:13',
      "with main.weu.parameters.json ?parameter 'vm' is a Key Vault reference eastus@infra/main.bicep5:13"
    ])
  })

  it('finds the .bicepparam files of a template in folders below and beside its own, as repositories keep them', async () => {
    const template = CLUSTER.replace("param vm string = 'Standard_D4s_v5'", "param vm string = ''")
    const files = {
      'infra/main.bicep': template,
      'infra/parameters/prod.bicepparam': "using '../main.bicep'\nparam vm = 'Standard_D8s_v5'",
      'infra/parameters/regions/weu.bicepparam': "using '../../main.bicep'\nparam vm = 'Standard_D16s_v5'",
      'env/dev.bicepparam': "using '../infra/main.bicep'\nparam vm = 'Standard_B4ms'",
      'env/other.bicepparam': "using '../other/main.bicep'\nparam vm = 'ignored'",
      'node_modules/pkg/x.bicepparam': "using '../../infra/main.bicep'\nparam vm = 'from node_modules'",
      'other/main.bicep': template
    }
    const { declarations } = await read('infra/main.bicep', files)
    expect(declarations.map((d) => `${d.instance} ${v((d as PoolDeclaration).vmSize)}`)).toEqual([
      'with ../env/dev.bicepparam Standard_B4ms@infra/main.bicep12:17',
      'with parameters/prod.bicepparam Standard_D8s_v5@infra/main.bicep12:17',
      'with parameters/regions/weu.bicepparam Standard_D16s_v5@infra/main.bicep12:17'
    ])
    // a template no parameter file names is read with its defaults
    const other = await read('other/main.bicep', { ...files, 'env/other.bicepparam': 'using none' })
    expect(other.declarations.map((d) => `${d.instance} ${v((d as PoolDeclaration).vmSize)}`)).toEqual(['undefined @other/main.bicep12:17'])
  })

  it('reads exported variables and functions of local files through import {...} and import * as', async () => {
    const files = {
      'shared/defaults.bicep': `@export()
var pool = {
  vmSize: 'Standard_E4s_v5'
  snapshot: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/s1'
}
@export()
func poolName(env string) string => 'np-\${suffix(env)}'
func suffix(env string) string => toLower(env)
`,
      'main.bicep': `import { pool as defaults, poolName } from './shared/defaults.bicep'
import * as shared from 'shared/defaults.bicep'
import { remote } from 'br/public:avm/utl/types/avm-common-types:0.5.1'
resource p 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {
  name: 'aks/\${poolName('PROD')}'
  properties: {
    vmSize: defaults.vmSize
    osSKU: shared.poolName('X')
    mode: remote
    creationData: { sourceResourceId: shared.pool.snapshot }
  }
}
`
    }
    const { declarations } = await read('main.bicep', files)
    const p = declarations[0] as PoolDeclaration
    expect([v(p.name), v(p.vmSize), v(p.osSku), v(p.mode), p.snapshot && v(p.snapshot.id)]).toEqual([
      'np-prod@5:9',
      'Standard_E4s_v5@7:13',
      'np-x@8:12',
      "?'remote' is imported from another file",
      '/subscriptions/0/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/s1@10:39'
    ])
  })

  it('reports the parse errors of a file as problems, the first first, and still declares what it can', async () => {
    const text = "param p string = 'a\n" + CLUSTER
    const { declarations, problems } = await read('main.bicep', { 'main.bicep': text })
    expect(problems[0]).toEqual({
      message: 'The string is not terminated (missing closing quote).',
      span: { file: 'main.bicep', line: 1, column: 18, endLine: 1, endColumn: 20 }
    })
    expect(declarations.map((d) => d.resource)).toEqual(['agentPools/sys'])
  })

  it('accepts .bicep and .bicepparam files only', () => {
    expect(['a.bicep', 'b.BICEPPARAM', 'c.json', 'd.bicep.txt'].map((p) => reader.accepts({ path: p, text: '' }))).toEqual([
      true,
      true,
      false,
      false
    ])
  })
})

describe('Bicep reader: bounded module work', () => {
  it('stops following module loops of module loops, and module cycles', async () => {
    const files = {
      'main.bicep': "module m './a.bicep' = [for i in range(0, 100): {\n  name: 'm${i}'\n}]",
      'a.bicep': "module n './b.bicep' = [for j in range(0, 100): {\n  name: 'n${j}'\n}]",
      'b.bicep':
        "module back './main.bicep' = {\n  name: 'back'\n}\nresource p 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {\n  name: 'aks/p'\n  properties: {}\n}"
    }
    const { declarations, problems } = await read('main.bicep', files)
    expect(problems).toEqual([])
    // 500 evaluations in all: main, a (once per loop item, each evaluating b up to the budget)
    expect(declarations.length).toBeLessThan(500)
    expect(declarations.length).toBeGreaterThan(0)
  })
})

describe('Bicep reader: files inlined with loadJsonContent, loadYamlContent, loadTextContent', () => {
  const POOLS = `var pools = loadJsonContent('config/pools.json', '$.prod.pools')

resource aks 'Microsoft.ContainerService/managedClusters@2024-09-01' existing = {
  name: 'aks1'
}

resource pool 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = [for p in pools: {
  parent: aks
  name: p.name
  properties: {
    vmSize: p.vmSize
    creationData: {
      sourceResourceId: p.snapshotId
    }
  }
}]
`

  it('reads the pools a template loads from a JSON file, selected by a JSONPath, pointing at the resource that uses them', async () => {
    const json = `{
  // pools per environment
  "dev": { "pools": [] },
  "prod": {
    "pools": [
      { "name": "apps", "vmSize": "Standard_D4s_v5", "snapshotId": "" },
      { "name": "gpu", "vmSize": "Standard_NC6s_v3", "snapshotId": "/subscriptions/0/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/gpu" },
    ]
  }
}`
    const { declarations, problems } = await read('infra/main.bicep', {
      'infra/main.bicep': POOLS,
      'infra/config/pools.json': '\uFEFF' + json
    })
    expect(problems).toEqual([])
    expect(declarations.map(pool).map((p) => [p.instance, p.name, p.vmSize, p.snapshot])).toEqual([
      ['pool[0]', 'apps@infra/main.bicep9:9', 'Standard_D4s_v5@infra/main.bicep11:13', '@infra/main.bicep13:25'],
      [
        'pool[1]',
        'gpu@infra/main.bicep9:9',
        'Standard_NC6s_v3@infra/main.bicep11:13',
        '/subscriptions/0/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/gpu@infra/main.bicep13:25'
      ]
    ])
  })

  it('reads YAML and text files the same way, in templates and .bicepparam files', async () => {
    const files = {
      'main.bicep': POOLS.replace("loadJsonContent('config/pools.json', '$.prod.pools')", "loadYamlContent('pools.yaml', '.prod.pools')")
        .replace('sourceResourceId: p.snapshotId', 'sourceResourceId: snapshotId')
        .replace('var pools', 'param snapshotId string\nvar pools'),
      'pools.yaml': 'prod:\n  pools:\n    - name: apps\n      vmSize: Standard_E4s_v5\n',
      'main.bicepparam': "using 'main.bicep'\nparam snapshotId = trim(loadTextContent('snapshot-id.txt'))",
      'snapshot-id.txt': '/subscriptions/0/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/apps\n'
    }
    const { declarations } = await read('main.bicep', files)
    expect(declarations.map(pool).map((p) => [p.name, p.vmSize, p.snapshot])).toEqual([
      ['apps@10:9', 'Standard_E4s_v5@12:13', '/subscriptions/0/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/apps@14:25']
    ])
  })

  it('leaves the values unknown when the file is missing, is not JSON, or the path filter is not a simple one', async () => {
    for (const [json, filter] of [
      [undefined, '$.prod.pools'],
      ['{ "prod": ', '$.prod.pools'],
      ['{ "prod": { "pools": [] } }', '$..pools[?(@.name)]'],
      ['{ "prod": { "pools": [] } }', '$.staging.pools']
    ] as const) {
      const files: Record<string, string> = { 'main.bicep': POOLS.replace("'$.prod.pools'", `'${filter}'`) }
      if (json !== undefined) files['config/pools.json'] = json
      const { declarations, problems } = await read('main.bicep', files)
      expect(problems).toEqual([])
      expect(declarations.map(pool).map((p) => [p.name, p.snapshot])).toEqual([
        [expect.stringMatching(/^\?/), expect.stringMatching(/^\?/)]
      ])
    }
  })
})
