import { describe, expect, it } from '@jest/globals'
import type { PoolDeclaration } from '../../../src/model.js'
import { reader } from '../../../src/readers/arm/index.js'
import { brief, read, spanText, v, where } from './helpers.js'

const SCHEMA = '"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"'
const PARAMS_SCHEMA = '"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#"'
const SNAP = '/subscriptions/0000/resourceGroups/rg-snap/providers/Microsoft.ContainerService/snapshots/snap-1'

const pools = (r: { declarations: unknown[] }) => r.declarations as PoolDeclaration[]

describe('accepts', () => {
  it.each([
    ['t.json', `{ ${SCHEMA} }`, true],
    ['t.jsonc', `// c\n{ ${PARAMS_SCHEMA} }`, true],
    ['t.json', '{ "resources": [] }', false],
    ['t.bicep', `{ ${SCHEMA} }`, false]
  ])('%s %s → %s', (path, text, expected) => {
    expect(reader.accepts({ path, text })).toBe(expected)
  })
})

describe('managed cluster agentPoolProfiles', () => {
  const template = `{
  ${SCHEMA},
  "contentVersion": "1.0.0.0",
  // comments and trailing commas are allowed
  "parameters": {
    "clusterName": { "type": "string", "defaultValue": "aks101" },
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "agentVMSize": { "type": "string", "defaultValue": "Standard_D2s_v3" },
    "kubernetesVersion": { "type": "string", "defaultValue": "1.30.4" },
    "snapshotId": { "type": "string", "defaultValue": "" },
  },
  "variables": { "userPool": "[concat('user', '01')]" },
  "resources": [
    {
      "type": "Microsoft.ContainerService/managedClusters",
      "apiVersion": "2024-05-01",
      "name": "[parameters('clusterName')]",
      "location": "[parameters('location')]",
      "properties": {
        "kubernetesVersion": "[parameters('kubernetesVersion')]",
        "agentPoolProfiles": [
          {
            "name": "system",
            "mode": "System",
            "count": 3,
            "vmSize": "[parameters('agentVMSize')]",
            "osType": "Linux",
            "osSKU": "AzureLinux",
            "enableFIPS": true,
            "creationData": { "sourceResourceId": "[parameters('snapshotId')]" }
          },
          {
            "name": "[variables('userPool')]",
            "mode": "User",
            "vmSize": "Standard_E4s_v5",
            "orchestratorVersion": "1.29.7"
          },
        ]
      }
    }
  ]
}`

  it('gives one pool per profile, values from defaults, spans where the resource uses them', async () => {
    const result = await read({ 'infra/azuredeploy.json': template }, 'infra/azuredeploy.json')
    expect(result.problems).toEqual([])
    expect(result.declarations.map(brief)).toEqual([
      {
        kind: 'pool',
        resource: 'agentPoolProfiles/system',
        span: spanText(result.declarations[0].span),
        name: `system@${where(template, '"system"')}`,
        cluster: 'aks101',
        mode: `System@${where(template, '"System"')}`,
        system: true,
        vmSize: `Standard_D2s_v3@${where(template, `"[parameters('agentVMSize')]"`)}`,
        location: "?the resource group's location is only known at deployment",
        kubernetesVersion: '?not stated',
        controlPlaneVersion: '1.30.4',
        osType: `Linux@${where(template, '"Linux"')}`,
        osSku: `AzureLinux@${where(template, '"AzureLinux"')}`,
        enableFips: `true@${where(template, 'true', 0)}`,
        snapshot: `@${where(template, `"[parameters('snapshotId')]"`)}`
      },
      {
        kind: 'pool',
        resource: 'agentPoolProfiles/user01',
        span: spanText(result.declarations[1].span),
        name: `user01@${where(template, `"[variables('userPool')]"`)}`,
        cluster: 'aks101',
        mode: `User@${where(template, '"User"')}`,
        system: false,
        vmSize: `Standard_E4s_v5@${where(template, '"Standard_E4s_v5"')}`,
        location: "?the resource group's location is only known at deployment",
        kubernetesVersion: `1.29.7@${where(template, '"1.29.7"')}`,
        controlPlaneVersion: '1.30.4',
        osType: '?not stated',
        osSku: '?not stated',
        enableFips: '?not stated',
        snapshot: '(none)'
      }
    ])
    // a profile's declaration starts at its object
    expect(spanText(result.declarations[0].span).split('-')[0]).toBe('22:11')
    expect(spanText(result.declarations[1].span).split('-')[0]).toBe('32:11')
  })

  it('takes values from the parameters file next to the template over defaults', async () => {
    const parameters = `{ ${PARAMS_SCHEMA}, "contentVersion": "1.0.0.0", "parameters": {
      "agentVMSize": { "value": "Standard_D4ps_v5" },
      "snapshotId": { "value": "${SNAP}" },
      "location": { "value": "westeurope" },
      "kubernetesVersion": { "reference": { "keyVault": { "id": "x" }, "secretName": "v" } }
    } }`
    const result = await read(
      { 'infra/azuredeploy.json': template, 'infra/azuredeploy.parameters.json': parameters },
      'infra/azuredeploy.json'
    )
    const [system] = pools(result)
    expect(v(system.vmSize)).toBe(`Standard_D4ps_v5@${where(template, `"[parameters('agentVMSize')]"`)}`)
    expect(v(system.snapshot?.id)).toBe(`${SNAP}@${where(template, `"[parameters('snapshotId')]"`)}`)
    expect(v(system.location)).toBe('westeurope')
    expect(v(system.controlPlaneVersion)).toBe("?parameter 'kubernetesVersion' is a Key Vault reference")
  })

  it('pairs an exported template.json with parameters.json, and ignores a parameters file that does not parse', async () => {
    const exported = template.replace('"defaultValue": "aks101"', '"defaultValue": "[concat(\'aks\', \'101\')]"')
    const parameters = `{ ${PARAMS_SCHEMA}, "parameters": { "clusterName": { "value": "aks-exported" } } }`
    const named = await read({ 'export/template.json': exported, 'export/parameters.json': parameters }, 'export/template.json')
    expect(v(pools(named)[0].cluster)).toBe('aks-exported')
    const broken = await read({ 'azuredeploy.json': template, 'azuredeploy.parameters.json': '{ "parameters": ' }, 'azuredeploy.json')
    expect([broken.problems, v(pools(broken)[0].cluster)]).toEqual([[], 'aks101'])
  })

  it('reads the template once per environment parameters file named after it, the declarations naming the file', async () => {
    const params = (snapshot: string) => `{ ${PARAMS_SCHEMA}, "parameters": { "snapshotId": { "value": "${snapshot}" } } }`
    const result = await read(
      {
        'infra/azuredeploy.json': template,
        'infra/azuredeploy.parameters.json': params(SNAP),
        'infra/azuredeploy.parameters.dev.json': params(''),
        'infra/azuredeploy.prod.parameters.json': params(SNAP.replace('snap-1', 'snap-prod')),
        'infra/azuredeploy.parameters.broken.json': '{ "parameters": ',
        'infra/other.parameters.test.json': params('ignored'),
        'infra/azuredeploy.gpu.json': template,
        'infra/azuredeploy.gpu.parameters.json': params('of azuredeploy.gpu.json')
      },
      'infra/azuredeploy.json'
    )
    expect(pools(result).map((p) => `${p.resource} ${p.instance} ${v(p.snapshot?.id).split('@')[0]}`)).toEqual([
      `agentPoolProfiles/system with azuredeploy.parameters.json ${SNAP}`,
      'agentPoolProfiles/user01 with azuredeploy.parameters.json (absent)',
      'agentPoolProfiles/system with azuredeploy.parameters.dev.json ',
      'agentPoolProfiles/user01 with azuredeploy.parameters.dev.json (absent)',
      `agentPoolProfiles/system with azuredeploy.prod.parameters.json ${SNAP.replace('snap-1', 'snap-prod')}`,
      'agentPoolProfiles/user01 with azuredeploy.prod.parameters.json (absent)'
    ])
  })

  it('reads a parameters file on its own as declaring nothing', async () => {
    const parameters = `{ ${PARAMS_SCHEMA}, "parameters": { "x": { "value": 1 } } }`
    expect(await read({ 'p.parameters.json': parameters }, 'p.parameters.json')).toEqual({ declarations: [], problems: [] })
  })

  it('takes pools from a property copy loop, one per instance, sharing the input span', async () => {
    const text = `{ ${SCHEMA},
  "parameters": { "pools": { "type": "array", "defaultValue": [
    { "name": "sys", "vmSize": "Standard_D4s_v5", "mode": "System" },
    { "name": "gpu", "vmSize": "Standard_NC6s_v3", "mode": "User", "snapshot": "${SNAP}" } ] } },
  "resources": [ { "type": "Microsoft.ContainerService/managedClusters", "name": "aks", "location": "eastus",
    "properties": { "kubernetesVersion": "1.30", "copy": [ { "name": "agentPoolProfiles", "count": "[length(parameters('pools'))]", "input": {
      "name": "[parameters('pools')[copyIndex('agentPoolProfiles')].name]",
      "vmSize": "[parameters('pools')[copyIndex('agentPoolProfiles')].vmSize]",
      "mode": "[parameters('pools')[copyIndex('agentPoolProfiles')].mode]",
      "creationData": "[if(contains(parameters('pools')[copyIndex('agentPoolProfiles')], 'snapshot'), createObject('sourceResourceId', parameters('pools')[copyIndex('agentPoolProfiles')].snapshot), null())]"
    } } ] } } ] }`
    const result = await read({ 't.json': text }, 't.json')
    const input = where(text, '{\n      "name"').split('-')[0]
    expect(
      pools(result).map((p) => [
        p.instance,
        p.resource,
        spanText(p.span).split('-')[0],
        v(p.vmSize),
        p.system,
        v(p.snapshot?.id),
        v(p.location)
      ])
    ).toEqual([
      [
        'agentPoolProfiles[0]',
        'agentPoolProfiles/sys',
        input,
        `Standard_D4s_v5@${where(text, `"[parameters('pools')[copyIndex('agentPoolProfiles')].vmSize]"`)}`,
        true,
        `null@${where(text, '"[if(contains')[0] === '' ? '' : where(text, `"[if(contains(parameters('pools')[copyIndex('agentPoolProfiles')], 'snapshot'), createObject('sourceResourceId', parameters('pools')[copyIndex('agentPoolProfiles')].snapshot), null())]"`)}`,
        'eastus'
      ],
      [
        'agentPoolProfiles[1]',
        'agentPoolProfiles/gpu',
        input,
        `Standard_NC6s_v3@${where(text, `"[parameters('pools')[copyIndex('agentPoolProfiles')].vmSize]"`)}`,
        false,
        `${SNAP}@${where(text, `"[if(contains(parameters('pools')[copyIndex('agentPoolProfiles')], 'snapshot'), createObject('sourceResourceId', parameters('pools')[copyIndex('agentPoolProfiles')].snapshot), null())]"`)}`,
        'eastus'
      ]
    ])
  })

  it('takes pools from an array expression, one per element, all at the expression', async () => {
    const text = `{ ${SCHEMA},
  "variables": { "pools": [ { "name": "a", "vmSize": "Standard_D2s_v3", "creationData": { "sourceResourceId": "${SNAP}" } }, { "name": "b" } ] },
  "resources": [ { "type": "Microsoft.ContainerService/managedClusters", "name": "aks", "location": "eastus",
    "properties": { "agentPoolProfiles": "[variables('pools')]" } } ] }`
    const result = await read({ 't.json': text }, 't.json')
    const at = where(text, `"[variables('pools')]"`)
    expect(pools(result).map((p) => [p.instance, spanText(p.span), v(p.name), v(p.vmSize), v(p.snapshot?.id)])).toEqual([
      ['agentPoolProfiles[0]', at, `a@${at}`, `Standard_D2s_v3@${at}`, `${SNAP}@${at}`],
      ['agentPoolProfiles[1]', at, `b@${at}`, '?not stated', '(absent)']
    ])
  })

  it('keeps pools whose array cannot be evaluated, with every value unknown', async () => {
    const text = `{ ${SCHEMA}, "parameters": { "pools": { "type": "array" } },
  "resources": [ { "type": "Microsoft.ContainerService/managedClusters", "name": "aks", "properties": { "agentPoolProfiles": "[parameters('pools')]" } } ] }`
    const [pool] = pools(await read({ 't.json': text }, 't.json'))
    const at = where(text, `"[parameters('pools')]"`)
    expect([pool.instance, v(pool.vmSize), v(pool.snapshot?.id)]).toEqual([
      'agentPoolProfiles[?]',
      `?parameter 'pools' has no default value@${at}`,
      `?parameter 'pools' has no default value@${at}`
    ])
  })
})

describe('creationData forms', () => {
  const cluster = (profile: string, parameters = '') => `{ ${SCHEMA}, "parameters": { ${parameters} },
  "resources": [ { "type": "Microsoft.ContainerService/managedClusters", "name": "aks", "properties": { "agentPoolProfiles": [ ${profile} ] } } ] }`

  it.each([
    ['no creationData', '{ "name": "p" }', '', '(absent)'],
    ['empty creationData object', '{ "name": "p", "creationData": {} }', '', 'null@1:?'],
    ['null sourceResourceId', '{ "name": "p", "creationData": { "sourceResourceId": null } }', '', 'null@1:?'],
    ['empty string', '{ "name": "p", "creationData": { "sourceResourceId": "" } }', '', '@1:?'],
    [
      'parameter without default',
      `{ "name": "p", "creationData": { "sourceResourceId": "[parameters('s')]" } }`,
      `"s": { "type": "string" }`,
      "?parameter 's' has no default value@1:?"
    ],
    [
      'null default',
      `{ "name": "p", "creationData": { "sourceResourceId": "[parameters('s')]" } }`,
      `"s": { "type": "string", "defaultValue": null }`,
      'null@1:?'
    ],
    [
      'Bicep-style conditional object',
      `{ "name": "p", "creationData": "[if(empty(parameters('s')), null(), createObject('sourceResourceId', parameters('s')))]" }`,
      `"s": { "type": "string", "defaultValue": "" }`,
      'null@1:?'
    ],
    [
      'resourceId() of a snapshot',
      `{ "name": "p", "creationData": { "sourceResourceId": "[resourceId('rg-snap', 'Microsoft.ContainerService/snapshots', 'snap-1')]" } }`,
      '',
      '~/subscriptions/{?}/resourceGroups/rg-snap/providers/Microsoft.ContainerService/snapshots/snap-1@1:?'
    ]
  ])('%s', async (_name, profile, parameters, expected) => {
    const text = cluster(profile, parameters)
    const [pool] = pools(await read({ 't.json': text }, 't.json'))
    // positions are on line 2; compare the value and the span's line only
    expect(v(pool.snapshot?.id).replace(/@2:\d+-2:\d+$/, '@1:?')).toBe(expected)
  })
})

describe('agentPools resources', () => {
  it('reads top-level cluster/pool names and resolves the cluster of the same template', async () => {
    const text = `{ ${SCHEMA},
  "parameters": { "clusterName": { "type": "string", "defaultValue": "aks1" } },
  "resources": [
    { "type": "Microsoft.ContainerService/managedClusters", "name": "[parameters('clusterName')]", "location": "westus3",
      "properties": { "kubernetesVersion": "1.29.2", "agentPoolProfiles": [] } },
    { "type": "Microsoft.ContainerService/managedClusters/agentPools", "apiVersion": "2024-05-01",
      "name": "[format('{0}/{1}', parameters('clusterName'), 'user1')]",
      "properties": { "vmSize": "Standard_D4s_v5", "orchestratorVersion": "1.30.1", "osType": "Windows", "mode": "User",
        "creationData": { "sourceResourceId": "${SNAP}" } } },
    { "type": "Microsoft.ContainerService/managedClusters/agentPools", "name": "other/user2", "properties": {} }
  ] }`
    const result = await read({ 't.json': text }, 't.json')
    expect(result.declarations.map(brief)).toEqual([
      {
        kind: 'pool',
        resource: 'agentPools/user1',
        span: where(
          text,
          text.slice(text.indexOf('{ "type": "Microsoft.ContainerService/managedClusters/agentPools"'), text.indexOf('} } },') + 5)
        ),
        name: `user1@${where(text, `"[format('{0}/{1}', parameters('clusterName'), 'user1')]"`)}`,
        cluster: 'aks1',
        mode: `User@${where(text, '"User"')}`,
        system: false,
        vmSize: `Standard_D4s_v5@${where(text, '"Standard_D4s_v5"')}`,
        location: 'westus3',
        kubernetesVersion: `1.30.1@${where(text, '"1.30.1"')}`,
        controlPlaneVersion: '1.29.2',
        osType: `Windows@${where(text, '"Windows"')}`,
        osSku: '?not stated',
        enableFips: '?not stated',
        snapshot: `${SNAP}@${where(text, `"${SNAP}"`)}`
      },
      {
        kind: 'pool',
        resource: 'agentPools/user2',
        span: where(text, '{ "type": "Microsoft.ContainerService/managedClusters/agentPools", "name": "other/user2", "properties": {} }'),
        name: `user2@${where(text, '"other/user2"')}`,
        cluster: 'other',
        mode: '?not stated',
        system: false,
        vmSize: '?not stated',
        location: '?the cluster is not declared in this template',
        kubernetesVersion: '?not stated',
        controlPlaneVersion: '?the cluster is not declared in this template',
        osType: '?not stated',
        osSku: '?not stated',
        enableFips: '?not stated',
        snapshot: '(none)'
      }
    ])
  })

  it('reads child pools nested in the cluster with short types and names', async () => {
    const text = `{ ${SCHEMA}, "resources": [
    { "type": "Microsoft.ContainerService/managedClusters", "name": "aks2", "location": "eastus", "properties": { "kubernetesVersion": "1.30" },
      "resources": [ { "type": "agentPools", "name": "np1", "properties": { "vmSize": "Standard_D2s_v5" } } ] } ] }`
    const [pool] = pools(await read({ 't.json': text }, 't.json'))
    expect([pool.resource, v(pool.name), v(pool.cluster), v(pool.location), v(pool.controlPlaneVersion)]).toEqual([
      'agentPools/np1',
      `np1@${where(text, '"np1"')}`,
      'aks2',
      'eastus',
      '1.30'
    ])
  })

  it('reads languageVersion 2.0 symbolic resources, skipping existing ones as declarations', async () => {
    const text = `{ ${SCHEMA}, "languageVersion": "2.0",
  "parameters": { "location": { "type": "string", "defaultValue": "northeurope" } },
  "resources": {
    "aks": { "type": "Microsoft.ContainerService/managedClusters", "apiVersion": "2024-05-01", "name": "aks3", "location": "[parameters('location')]",
      "properties": { "kubernetesVersion": "1.31.1", "agentPoolProfiles": [ { "name": "sys", "mode": "System", "vmSize": "Standard_D4ds_v5",
        "creationData": { "sourceResourceId": "[resourceId('Microsoft.ContainerService/snapshots', 'snap-sys')]" } } ] } },
    "existingCluster": { "existing": true, "type": "Microsoft.ContainerService/managedClusters", "apiVersion": "2024-05-01", "name": "legacy" },
    "pool": { "type": "Microsoft.ContainerService/managedClusters/agentPools", "apiVersion": "2024-05-01", "name": "[format('{0}/{1}', 'legacy', 'np')]",
      "properties": { "vmSize": "Standard_D4s_v5" }, "dependsOn": [ "existingCluster" ] }
  } }`
    const result = await read({ 'main.json': text }, 'main.json')
    expect(pools(result).map((p) => [p.resource, v(p.location), v(p.controlPlaneVersion), v(p.snapshot?.id)])).toEqual([
      [
        'agentPoolProfiles/sys',
        'northeurope',
        '1.31.1',
        `~/subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ContainerService/snapshots/snap-sys@${where(text, `"[resourceId('Microsoft.ContainerService/snapshots', 'snap-sys')]"`)}`
      ],
      ['agentPools/np', '?the cluster is an existing resource', '?the cluster is an existing resource', '(absent)']
    ])
  })
})

describe('snapshots', () => {
  const text = `{ ${SCHEMA},
  "parameters": { "clusterName": { "type": "string", "defaultValue": "aks1" }, "snapshotLocation": { "type": "string", "defaultValue": "westus" } },
  "resources": [
    { "type": "Microsoft.ContainerService/managedClusters", "name": "[parameters('clusterName')]", "location": "eastus",
      "properties": { "kubernetesVersion": "1.30.4", "agentPoolProfiles": [ { "name": "np1", "vmSize": "Standard_D4s_v5", "osSKU": "Ubuntu" } ] } },
    { "type": "Microsoft.ContainerService/snapshots", "apiVersion": "2024-05-01", "name": "snap-np1", "location": "[parameters('snapshotLocation')]",
      "properties": { "snapshotType": "NodePool",
        "creationData": { "sourceResourceId": "[resourceId('Microsoft.ContainerService/managedClusters/agentPools', parameters('clusterName'), 'np1')]" } } },
    { "type": "Microsoft.ContainerService/managedClusters/agentPools", "name": "aks1/np2",
      "properties": { "vmSize": "Standard_E4s_v5", "creationData": { "sourceResourceId": "[resourceId('Microsoft.ContainerService/snapshots', 'snap-np1')]" } } },
    { "type": "Microsoft.ContainerService/snapshots", "name": "snap-far", "location": "eastus",
      "properties": { "creationData": { "sourceResourceId": "/subscriptions/1/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/x/agentPools/y" } } }
  ] }`

  it('computes its id, the source pool region and the properties it freezes; pools pointing at it get them', async () => {
    const result = await read({ 't.json': text }, 't.json')
    const frozen = {
      kubernetesVersion: '1.30.4',
      vmSize: 'Standard_D4s_v5',
      osType: 'Linux',
      osSku: 'Ubuntu',
      enableFips: false,
      id: '/subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ContainerService/snapshots/snap-np1',
      name: 'snap-np1',
      location: 'westus',
      sourceResourceId: '/subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ContainerService/managedClusters/aks1/agentPools/np1'
    }
    const snapshots = result.declarations.filter((d) => d.kind === 'snapshot').map(brief)
    expect(snapshots).toEqual([
      {
        kind: 'snapshot',
        resource: 'snapshots/snap-np1',
        span: snapshots[0].span,
        name: `snap-np1@${where(text, '"snap-np1"')}`,
        id: '~/subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ContainerService/snapshots/snap-np1',
        location: `westus@${where(text, `"[parameters('snapshotLocation')]"`)}`,
        sourceResourceId: `~${frozen.sourceResourceId}@${where(text, `"[resourceId('Microsoft.ContainerService/managedClusters/agentPools', parameters('clusterName'), 'np1')]"`)}`,
        sourceLocation: 'eastus',
        properties: frozen
      },
      {
        kind: 'snapshot',
        resource: 'snapshots/snap-far',
        span: snapshots[1].span,
        name: `snap-far@${where(text, '"snap-far"')}`,
        id: '~/subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ContainerService/snapshots/snap-far',
        location: `eastus@${where(text, '"eastus"', 1)}`,
        sourceResourceId: `/subscriptions/1/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/x/agentPools/y@${where(text, '"/subscriptions/1/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/x/agentPools/y"')}`,
        sourceLocation: '?the source pool is not declared in this template'
      }
    ])
    expect(snapshots[0].span).toBe(
      where(text, text.slice(text.indexOf('{ "type": "Microsoft.ContainerService/snapshots"'), text.indexOf("'np1')]\" } } },") + 14))
    )
    const np2 = pools(result).find((p) => p.resource === 'agentPools/np2')!
    expect(np2.snapshot?.resolved).toEqual(frozen)
  })
})

describe('copy loops and conditions', () => {
  it('gives one declaration per resource copy instance, skips instances whose condition is false', async () => {
    const text = `{ ${SCHEMA},
  "parameters": { "pools": { "type": "array", "defaultValue": [ { "name": "a", "on": true }, { "name": "b", "on": false }, { "name": "c", "on": true } ] } },
  "resources": [
    { "type": "Microsoft.ContainerService/managedClusters/agentPools", "name": "[format('aks/{0}', parameters('pools')[copyIndex()].name)]",
      "condition": "[parameters('pools')[copyIndex()].on]",
      "copy": { "name": "poolLoop", "count": "[length(parameters('pools'))]" },
      "properties": { "vmSize": "[concat('Standard_D', string(mul(2, add(copyIndex('poolLoop'), 1))), 's_v5')]" } }
  ] }`
    const result = await read({ 't.json': text }, 't.json')
    const at = where(text, `"[concat('Standard_D', string(mul(2, add(copyIndex('poolLoop'), 1))), 's_v5')]"`)
    expect(pools(result).map((p) => [p.instance, p.resource, v(p.vmSize)])).toEqual([
      ['copyIndex=0', 'agentPools/a', `Standard_D2s_v5@${at}`],
      ['copyIndex=2', 'agentPools/c', `Standard_D6s_v5@${at}`]
    ])
  })

  it('names a copy instance after its parameters file with " > ", so a message listing instances with ", " stays readable', async () => {
    const text = `{ ${SCHEMA}, "parameters": { "n": { "type": "int", "defaultValue": 1 } },
  "resources": [
    { "copy": { "name": "l", "count": "[parameters('n')]" }, "type": "Microsoft.ContainerService/managedClusters/agentPools",
      "name": "[concat('aks/p', copyIndex())]", "properties": {} }
  ] }`
    const result = await read(
      { 'infra/t.json': text, 'infra/t.parameters.prod.json': `{ ${PARAMS_SCHEMA}, "parameters": { "n": { "value": 2 } } }` },
      'infra/t.json'
    )
    expect(pools(result).map((p) => p.instance)).toEqual([
      'with t.parameters.prod.json > copyIndex=0',
      'with t.parameters.prod.json > copyIndex=1'
    ])
  })

  it('lints a resource whose condition or copy count is unknown, once', async () => {
    const text = `{ ${SCHEMA}, "parameters": { "deploy": { "type": "bool" }, "n": { "type": "int" } },
  "resources": [
    { "condition": "[parameters('deploy')]", "type": "Microsoft.ContainerService/managedClusters/agentPools", "name": "aks/cond", "properties": {} },
    { "condition": false, "type": "Microsoft.ContainerService/managedClusters/agentPools", "name": "aks/never", "properties": {} },
    { "copy": { "name": "l", "count": "[parameters('n')]" }, "type": "Microsoft.ContainerService/managedClusters/agentPools",
      "name": "[concat('aks/p', copyIndex())]", "properties": {} }
  ] }`
    const result = await read({ 't.json': text }, 't.json')
    expect(pools(result).map((p) => [p.instance ?? '', p.resource, v(p.name).replace(/@.*/, '')])).toEqual([
      ['', 'agentPools/cond', 'cond'],
      ['copyIndex=?', 'agentPools/p{?}', '?the name is only partly known']
    ])
  })

  it('caps copy counts at the ARM limit of 800', async () => {
    const text = `{ ${SCHEMA}, "resources": [ { "copy": { "name": "l", "count": 100000 }, "type": "Microsoft.ContainerService/managedClusters/agentPools",
      "name": "[concat('aks/p', copyIndex())]", "properties": {} } ] }`
    expect((await read({ 't.json': text }, 't.json')).declarations).toHaveLength(800)
  })
})

describe('nested and linked deployments', () => {
  it('evaluates an inner-scope nested template with the parameters passed to it', async () => {
    const text = `{ ${SCHEMA},
  "parameters": { "size": { "type": "string", "defaultValue": "Standard_D8s_v5" } },
  "variables": { "size": "not this one" },
  "resources": [ { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "pools",
    "resourceGroup": "rg-aks",
    "properties": { "mode": "Incremental", "expressionEvaluationOptions": { "scope": "inner" },
      "parameters": { "vmSize": { "value": "[parameters('size')]" }, "snap": { "value": "snap-a" } },
      "template": { ${SCHEMA}, "contentVersion": "1.0.0.0",
        "parameters": { "vmSize": { "type": "string" }, "snap": { "type": "string" } },
        "variables": { "size": "[parameters('vmSize')]" },
        "resources": [ { "type": "Microsoft.ContainerService/managedClusters/agentPools", "name": "aks/np",
          "properties": { "vmSize": "[variables('size')]", "creationData": { "sourceResourceId": "[resourceId('Microsoft.ContainerService/snapshots', parameters('snap'))]" } } } ] } } } ] }`
    const [pool] = pools(await read({ 't.json': text }, 't.json'))
    expect([v(pool.vmSize), v(pool.snapshot?.id)]).toEqual([
      `Standard_D8s_v5@${where(text, `"[variables('size')]"`)}`,
      `~/subscriptions/{?}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/snapshots/snap-a@${where(text, `"[resourceId('Microsoft.ContainerService/snapshots', parameters('snap'))]"`)}`
    ])
  })

  it('gives the pools of a looped nested deployment the loop instance, as compiled Bicep modules in a for loop are', async () => {
    const text = `{ ${SCHEMA}, "languageVersion": "2.0",
  "parameters": { "pools": { "type": "array", "defaultValue": [ { "name": "a", "size": "Standard_D2s_v5" }, { "name": "b", "size": "Standard_D4s_v5" } ] } },
  "resources": { "poolModules": { "copy": { "name": "poolModules", "count": "[length(parameters('pools'))]" },
    "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "[format('pool-{0}', copyIndex())]",
    "properties": { "expressionEvaluationOptions": { "scope": "inner" }, "mode": "Incremental",
      "parameters": { "pool": { "value": "[parameters('pools')[copyIndex()]]" } },
      "template": { ${SCHEMA}, "languageVersion": "2.0", "parameters": { "pool": { "type": "object" } },
        "resources": { "cluster": { "existing": true, "type": "Microsoft.ContainerService/managedClusters", "apiVersion": "2024-05-01", "name": "aks" },
          "agentPool": { "type": "Microsoft.ContainerService/managedClusters/agentPools", "apiVersion": "2024-05-01",
            "name": "[format('{0}/{1}', 'aks', parameters('pool').name)]", "properties": { "vmSize": "[parameters('pool').size]" } } } } } } } }`
    const result = await read({ 'main.json': text }, 'main.json')
    const at = where(text, `"[parameters('pool').size]"`)
    expect(pools(result).map((p) => [p.instance, p.resource, v(p.vmSize)])).toEqual([
      ['copyIndex=0', 'agentPools/a', `Standard_D2s_v5@${at}`],
      ['copyIndex=1', 'agentPools/b', `Standard_D4s_v5@${at}`]
    ])
  })

  it('evaluates an outer-scope nested template with the parent template names', async () => {
    const text = `{ ${SCHEMA},
  "variables": { "size": "Standard_F4s_v2" },
  "resources": [ { "type": "Microsoft.Resources/deployments", "name": "pools",
    "properties": { "mode": "Incremental",
      "template": { ${SCHEMA}, "resources": [ { "type": "Microsoft.ContainerService/managedClusters/agentPools", "name": "aks/np",
          "properties": { "vmSize": "[variables('size')]" } } ] } } } ] }`
    const [pool] = pools(await read({ 't.json': text }, 't.json'))
    expect(v(pool.vmSize)).toBe(`Standard_F4s_v2@${where(text, `"[variables('size')]"`)}`)
  })

  it('reads a local linked template (relativePath) with the values passed, spans in that file; skips remote links', async () => {
    const parent = `{ ${SCHEMA},
  "resources": [
    { "type": "Microsoft.Resources/deployments", "name": "linked", "properties": { "mode": "Incremental",
      "templateLink": { "relativePath": "modules/pool.json" }, "parameters": { "size": { "value": "Standard_D2s_v5" } } } },
    { "type": "Microsoft.Resources/deployments", "name": "remote", "properties": { "mode": "Incremental",
      "templateLink": { "uri": "https://example.com/pool.json" } } },
    { "type": "Microsoft.Resources/deployments", "name": "gone", "properties": { "mode": "Incremental",
      "templateLink": { "relativePath": "modules/missing.json" } } }
  ] }`
    const child = `{ ${SCHEMA},
  "parameters": { "size": { "type": "string" } },
  "resources": [ { "type": "Microsoft.ContainerService/managedClusters/agentPools", "name": "aks/linked", "properties": { "vmSize": "[parameters('size')]" } } ] }`
    const result = await read({ 'infra/main.json': parent, 'infra/modules/pool.json': child }, 'infra/main.json')
    expect(pools(result).map((p) => [p.span.file, p.resource, v(p.vmSize)])).toEqual([
      ['infra/modules/pool.json', 'agentPools/linked', `Standard_D2s_v5@${where(child, `"[parameters('size')]"`)}`]
    ])
    expect(pools(result)[0].vmSize.span?.file).toBe('infra/modules/pool.json')
  })

  it.each([
    ['uri()', `"[uri(parameters('_artifactsLocation'), 'nestedtemplates/pool.json')]"`],
    [
      'concat() with a SAS token',
      `"[concat(parameters('_artifactsLocation'), 'nestedtemplates/pool.json', parameters('_artifactsLocationSasToken'))]"`
    ],
    [
      'format()',
      `"[format('{0}nestedtemplates/pool.json{1}', parameters('_artifactsLocation'), parameters('_artifactsLocationSasToken'))]"`
    ],
    ['a variable holding the uri()', `"[variables('poolTemplateUri')]"`],
    [
      'concat() of a folder URI and a path starting with /',
      `"[concat(parameters('_artifactsLocation'), '/nestedtemplates/pool.json', parameters('_artifactsLocationSasToken'))]"`
    ],
    [
      "uri() of the template's own deployment().properties.templateLink.uri",
      `"[uri(deployment().properties.templateLink.uri, 'nestedtemplates/pool.json')]"`
    ]
  ])('follows the quickstart _artifactsLocation convention written with %s', async (_name, uri) => {
    const parent = `{ ${SCHEMA},
  "parameters": {
    "_artifactsLocation": { "type": "string", "defaultValue": "[deployment().properties.templateLink.uri]" },
    "_artifactsLocationSasToken": { "type": "securestring", "defaultValue": "" }
  },
  "variables": {
    "poolTemplateUri": "[uri(parameters('_artifactsLocation'), concat('nestedtemplates/pool.json', parameters('_artifactsLocationSasToken')))]",
    "remoteUri": "https://raw.githubusercontent.com/contoso/infra/main/nestedtemplates/pool.json"
  },
  "resources": [ { "type": "Microsoft.Resources/deployments", "name": "pool", "properties": { "mode": "Incremental",
    "templateLink": { "uri": ${uri} }, "parameters": { "size": { "value": "Standard_D2s_v5" } } } } ] }`
    const child = `{ ${SCHEMA}, "parameters": { "size": { "type": "string" } },
  "resources": [ { "type": "Microsoft.ContainerService/managedClusters/agentPools", "name": "aks/linked", "properties": { "vmSize": "[parameters('size')]" } } ] }`
    const result = await read({ 'qs/azuredeploy.json': parent, 'qs/nestedtemplates/pool.json': child }, 'qs/azuredeploy.json')
    expect(pools(result).map((p) => [p.span.file, v(p.vmSize)])).toEqual([
      ['qs/nestedtemplates/pool.json', `Standard_D2s_v5@${where(child, `"[parameters('size')]"`)}`]
    ])
  })

  it('does not take a variable holding a remote URI for a local file', async () => {
    const parent = `{ ${SCHEMA},
  "parameters": { "_artifactsLocation": { "type": "string", "defaultValue": "[deployment().properties.templateLink.uri]" } },
  "variables": { "remoteUri": "https://raw.githubusercontent.com/contoso/infra/main/nestedtemplates/pool.json" },
  "resources": [ { "type": "Microsoft.Resources/deployments", "name": "pool", "properties": { "mode": "Incremental",
    "templateLink": { "uri": "[variables('remoteUri')]" } } } ] }`
    const child = `{ ${SCHEMA}, "resources": [ { "type": "Microsoft.ContainerService/managedClusters/agentPools", "name": "aks/linked", "properties": {} } ] }`
    const result = await read({ 'qs/azuredeploy.json': parent, 'qs/nestedtemplates/pool.json': child }, 'qs/azuredeploy.json')
    expect(pools(result)).toEqual([])
  })

  it('stops on a template that links itself', async () => {
    const self = `{ ${SCHEMA}, "resources": [ { "type": "Microsoft.Resources/deployments", "name": "me", "properties": { "templateLink": { "relativePath": "a.json" } } },
      { "type": "Microsoft.ContainerService/managedClusters/agentPools", "name": "aks/p", "properties": {} } ] }`
    const other = self.replace('a.json', 'b.json')
    const result = await read({ 'a.json': self.replace('a.json', 'b.json'), 'b.json': other.replace('b.json', 'a.json') }, 'a.json')
    // b.json's link back to a.json is not followed; b's pool comes first, as its deployment comes first in a.json
    expect(pools(result).map((p) => p.span.file)).toEqual(['b.json', 'a.json'])
  })
})

describe('metadata suppressions', () => {
  it('turns aks-snapshot-ignore metadata into resource-scoped directives, an empty reason kept empty', async () => {
    const text = `{ ${SCHEMA}, "resources": [
    { "type": "Microsoft.ContainerService/managedClusters/agentPools", "name": "aks/p",
      "metadata": { "aks-snapshot-ignore": { "missing-snapshot-id": "pool rebuilt nightly", "vm-family-mismatch": "" } }, "properties": {} } ] }`
    const result = await read({ 't.json': text }, 't.json')
    const span = result.declarations[0].span
    // Each covers the resource; an invalid one is reported where its entry's value is written.
    const entry = (column: number, endColumn: number) => ({ file: 't.json', line: 3, column, endLine: 3, endColumn })
    expect(result.suppressions).toEqual([
      { scope: 'resource', rules: ['missing-snapshot-id'], reason: 'pool rebuilt nightly', span, at: entry(69, 91) },
      { scope: 'resource', rules: ['vm-family-mismatch'], reason: '', span, at: entry(115, 117) }
    ])
  })
})

describe('bad input', () => {
  it('reports the first syntax error with its position and message', async () => {
    const text = `{ ${SCHEMA},\n  "resources": [\n    { "type": "x" "name": "y" }\n  ]\n}`
    const result = await read({ 't.json': text }, 't.json')
    expect(result).toEqual({
      declarations: [],
      problems: [{ message: 'invalid JSON: comma expected', span: { file: 't.json', line: 3, column: 19, endLine: 3, endColumn: 25 } }]
    })
  })

  it.each([
    ['the first of several errors', `{ ${SCHEMA},\n  "a": 1 "b": 2,\n  "c": }`, 'invalid JSON: comma expected', '2:10-2:13'],
    ['an unterminated string', `{ ${SCHEMA},\n  "resources": "[concat(\n}`, 'invalid JSON: unexpected end of string', '2:16-2:25'],
    ['an unterminated comment', `{ ${SCHEMA}, /* note\n "resources": [] }`, 'invalid JSON: unexpected end of comment', '1:97-2:19'],
    ['a stray token', `{ ${SCHEMA}, "resources": [ @ ] }`, 'invalid JSON: invalid symbol', '1:112-1:113']
  ])('reports %s', async (_name, text, message, span) => {
    const result = await read({ 't.json': text }, 't.json')
    expect(result.problems.map((p) => [p.message, spanText(p.span)])).toEqual([[message, span]])
    expect(result.declarations).toEqual([])
  })

  it('refuses 50,000 levels of nesting with a problem, not a stack overflow', async () => {
    const text = `{ ${SCHEMA}, "resources": ` + '['.repeat(50_000) + ']'.repeat(50_000) + ' }'
    const result = await read({ 't.json': text }, 't.json')
    const deep = text.indexOf('[') + 255
    expect(result).toEqual({
      declarations: [],
      problems: [
        {
          message: 'JSON nested more than 256 levels deep',
          span: { file: 't.json', line: 1, column: deep + 1, endLine: 1, endColumn: deep + 2 }
        }
      ]
    })
  })

  it('counts brackets inside strings and comments as text, not nesting', async () => {
    const text = `{ ${SCHEMA}, // ${'['.repeat(1000)}\n "x": "\\"${'['.repeat(1000)}", /* ${'{'.repeat(1000)} */ "resources": [] }`
    expect(await read({ 't.json': text }, 't.json')).toEqual({ declarations: [], problems: [], suppressions: [] })
  })

  it.each([
    [
      'a root that is not an object',
      `[ ${JSON.stringify(SCHEMA)} ]`,
      'an ARM template must be a JSON object',
      '1:1-1:' + (JSON.stringify(SCHEMA).length + 5)
    ],
    ['an empty file', '', 'invalid JSON: value expected', '1:1-1:2'],
    ['CRLF line breaks', `{\r\n${SCHEMA},\r\n"resources": [ } `, 'invalid JSON: value expected', '3:16-3:17']
  ])('%s', async (_name, text, message, span) => {
    const result = await read({ 't.json': text }, 't.json')
    expect(result.declarations).toEqual([])
    expect(result.problems.map((p) => [p.message, spanText(p.span)])).toEqual([[message, span]])
  })

  it.each([
    ['strings that double in each variable', (i: number) => `[concat(variables('v${i - 1}'), variables('v${i - 1}'))]`],
    ['arrays that double', (i: number) => `[createArray(variables('v${i - 1}'), variables('v${i - 1}'))]`],
    ['objects that double', (i: number) => `[createObject('a', variables('v${i - 1}'), 'b', variables('v${i - 1}'))]`],
    ['replace that multiplies', (i: number) => `[replace(variables('v${i - 1}'), 'a', variables('v${i - 1}'))]`]
  ])('gives up on %s instead of running out of memory', async (_name, next) => {
    const variables = Array.from({ length: 60 }, (_, i) => `"v${i + 1}": ${JSON.stringify(next(i + 1))}`).join(',\n')
    const text = `{ ${SCHEMA}, "variables": { "v0": "aaaaaaaaaaaaaaaa", ${variables} },
  "resources": [ { "type": "Microsoft.ContainerService/managedClusters/agentPools", "name": "aks/p", "properties": { "vmSize": "[string(variables('v60'))]" } } ] }`
    const [pool] = pools(await read({ 't.json': text }, 't.json'))
    expect(v(pool.vmSize)).toMatch(/^\?\w+\(\) gives a value too large to evaluate@/)
  })

  it('stops at 5,000 instances when loops multiply', async () => {
    const text = `{ ${SCHEMA}, "resources": [ { "copy": { "name": "c", "count": 800 }, "type": "Microsoft.ContainerService/managedClusters", "name": "[concat('aks', copyIndex())]",
    "properties": { "copy": [ { "name": "agentPoolProfiles", "count": 800, "input": { "name": "[concat('p', copyIndex('agentPoolProfiles'))]" } } ] } } ] }`
    const started = Date.now()
    const result = await read({ 't.json': text }, 't.json')
    expect(result.declarations).toHaveLength(5000)
    expect(Date.now() - started).toBeLessThan(20_000)
  })

  it('never throws on resources of unexpected shapes', async () => {
    const text = `{ ${SCHEMA}, "resources": [ 1, "x", null, { "type": 5 }, { "type": "Microsoft.ContainerService/managedClusters", "properties": { "agentPoolProfiles": 7 } },
      { "type": "Microsoft.ContainerService/managedClusters", "name": "[concat(", "properties": { "agentPoolProfiles": [ 1, { "name": [] } ] } },
      { "type": "Microsoft.ContainerService/snapshots", "properties": "[json('x')]" } ] }`
    const result = await read({ 't.json': text }, 't.json')
    expect(result.problems).toEqual([])
    expect(result.declarations.map((d) => d.resource)).toEqual(['agentPoolProfiles/?', 'agentPoolProfiles/?', 'snapshots/?'])
  })
})
