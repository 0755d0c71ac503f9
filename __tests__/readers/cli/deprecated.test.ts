import { describe, expect, it } from '@jest/globals'
import { pick } from './helpers.js'

const commands = async (text: string, path = 'a.sh') =>
  (await pick(path, text, ['kind', 'at', 'command', 'deprecation']))
    .filter((d) => d.kind === 'command')
    .map((d) => `${d.at} ${d.command as string}`)

describe('az CLI reader: preview-era and non-existent commands', () => {
  it.each([
    ['az feature register --namespace Microsoft.ContainerService --name SnapshotPreview'],
    ['az feature register --namespace "Microsoft.ContainerService" --name "SnapshotPreview"'],
    ["az feature register --name 'SnapshotPreview' --namespace microsoft.containerservice"],
    ['az feature register --name=SnapshotPreview --namespace=Microsoft.ContainerService'],
    ['az feature register -n SnapshotPreview --namespace Microsoft.ContainerService'],
    ['az feature registration create --namespace Microsoft.ContainerService --name SnapshotPreview']
  ])('reports the SnapshotPreview registration: %s', async (text) => {
    expect(await commands(text)).toEqual([
      `1:1-1:3 az ${text.startsWith('az feature registration') ? 'feature registration create' : 'feature register'} --name SnapshotPreview`
    ])
  })

  it.each([
    ['az feature register --namespace Microsoft.ContainerService --name EnableWorkloadIdentityPreview'],
    ['az feature register --namespace Microsoft.Compute --name SnapshotPreview'],
    ['az feature list -o table --query "[?contains(name, \'microsoft.ContainerService/SnapshotPreview\')]"'],
    ['az provider register --namespace Microsoft.ContainerService']
  ])('does not report %s', async (text) => {
    expect(await commands(text)).toEqual([])
  })

  it('reports az aks snapshot create --nodepool-id as a deprecated command and still declares the snapshot', async () => {
    const text = 'az aks snapshot create --name MySnapshot --resource-group rg --nodepool-id $NODEPOOL_ID --location eastus'
    expect(await pick('a.sh', text, ['kind', 'at', 'command', 'deprecation', 'location'])).toEqual([
      {
        kind: 'command',
        at: '1:1-1:3',
        command: 'az aks snapshot create --nodepool-id',
        deprecation: { what: 'the preview-era node pool snapshot command', replacement: 'az aks nodepool snapshot create' }
      },
      { kind: 'snapshot', at: '1:1-1:3', location: '"eastus" @1:89-1:106' }
    ])
  })

  it('leaves az aks snapshot (cluster snapshots in current aks-preview) alone unless it is the node pool form', async () => {
    const text = [
      'az aks snapshot create -g rg -n clustersnap --cluster-id $CLUSTER_ID',
      'az aks snapshot show -g rg -n clustersnap',
      'az aks snapshot list -g rg -o table',
      'az aks snapshot delete -g rg -n clustersnap --yes'
    ].join('\n')
    expect(await commands(text)).toEqual([])
  })

  it('reports az aks snapshot show when its result feeds a --snapshot-id', async () => {
    const text = [
      'SNAPSHOT_ID=$(az aks snapshot show --name s1 --resource-group rg --query id -o tsv)',
      'az aks snapshot list -g rg -o table',
      'az aks nodepool add -n np --cluster-name c -g rg --snapshot-id $SNAPSHOT_ID',
      'az aks nodepool upgrade -n np --cluster-name c -g rg --snapshot-id "$(az aks snapshot show -n s2 -g rg --query id -o tsv)"'
    ].join('\n')
    expect(await commands(text)).toEqual(['1:15-1:17 az aks snapshot show', '4:71-4:73 az aks snapshot show'])
  })

  it('reports every az aks snapshot show/list/delete of a file that uses az aks snapshot create --nodepool-id', async () => {
    const text = [
      'az aks snapshot create -n s1 -g rg --nodepool-id $ID',
      'az aks snapshot list -g rg -o table',
      'az aks snapshot delete -n s1 -g rg'
    ].join('\n')
    expect(await commands(text)).toEqual([
      '1:1-1:3 az aks snapshot create --nodepool-id',
      '2:1-2:3 az aks snapshot list',
      '3:1-3:3 az aks snapshot delete'
    ])
  })

  it('reports az aks cluster create, and checks its pool as az aks create would create it', async () => {
    const text = 'az aks cluster create --name c2 --resource-group rg --snapshot-id $SNAPSHOT_ID'
    expect(await pick('a.sh', text, ['kind', 'resource', 'deprecation', 'system', 'snapshot'])).toEqual([
      {
        kind: 'command',
        resource: 'az aks cluster create',
        deprecation: { what: 'not an az command (it never existed)', replacement: 'az aks create' }
      },
      { kind: 'pool', resource: 'az aks cluster create c2', system: true, snapshot: '?$SNAPSHOT_ID is set outside the script @1:53-1:79' }
    ])
  })

  it('reports the SnapshotPreview custom header at the header', async () => {
    const text =
      'az aks nodepool add -n np --cluster-name c -g rg --snapshot-id $ID \\\n  --aks-custom-headers AKSHTTPCustomFeatures=Microsoft.ContainerService/SnapshotPreview'
    expect(await commands(text)).toEqual(['2:3-2:88 --aks-custom-headers AKSHTTPCustomFeatures=Microsoft.ContainerService/SnapshotPreview'])
  })
})
