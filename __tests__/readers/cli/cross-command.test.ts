import { describe, expect, it } from '@jest/globals'
import { lintSources } from '../../../src/lint/engine.js'
import { parseCatalog } from '../../../src/policy/catalog.js'
import { declarations, pick } from './helpers.js'

const RG_ID = '/subscriptions/{?}/resourceGroups/rg-prod/providers/Microsoft.ContainerService'

describe('az CLI reader: what earlier commands of the same script tell', () => {
  const script = [
    'RG=rg-prod',
    'az group create -n $RG -l westeurope',
    'az aks create -g $RG -n aks1 -k 1.29.7 -s Standard_D4s_v5 --nodepool-name system --generate-ssh-keys',
    'az aks nodepool add -g $RG --cluster-name aks1 -n user1 -s Standard_D8s_v5 --os-sku AzureLinux',
    'NODEPOOL_ID=$(az aks nodepool show -g $RG --cluster-name aks1 -n user1 --query id -o tsv)',
    'az aks nodepool snapshot create -g $RG -n snap1 --nodepool-id "$NODEPOOL_ID"',
    'SNAPSHOT_ID=$(az aks nodepool snapshot show -g $RG -n snap1 --query id -o tsv)',
    'az aks nodepool add -g $RG --cluster-name aks1 -n user2 --snapshot-id "$SNAPSHOT_ID"',
    'az aks nodepool upgrade -g $RG --cluster-name aks1 -n user2 --kubernetes-version 1.30.3',
    'az aks nodepool upgrade -g $RG --cluster-name aks1 -n user2 --snapshot-id "$SNAPSHOT_ID"'
  ].join('\n')

  it('gives nodepool add the cluster region (from the resource group) and control plane version', async () => {
    const pools = (await pick('deploy.sh', script, ['kind', 'resource', 'location', 'controlPlaneVersion', 'kubernetesVersion'])).filter(
      (d) => d.kind === 'pool'
    )
    expect(pools).toEqual([
      {
        kind: 'pool',
        resource: 'az aks create aks1',
        location: '"westeurope"',
        controlPlaneVersion: '"1.29.7" @3:30-3:39',
        kubernetesVersion: '"1.29.7" @3:30-3:39'
      },
      {
        kind: 'pool',
        resource: 'az aks nodepool add user1',
        location: '"westeurope"',
        controlPlaneVersion: '"1.29.7"',
        kubernetesVersion: '?not stated'
      },
      {
        kind: 'pool',
        resource: 'az aks nodepool add user2',
        location: '"westeurope"',
        controlPlaneVersion: '"1.29.7"',
        kubernetesVersion: '?not stated'
      }
    ])
  })

  it('gives a snapshot of a known pool its properties, its region (the resource group region) and its source region', async () => {
    const [snapshot] = (await declarations('deploy.sh', script)).filter((d) => d.kind === 'snapshot')
    expect(snapshot).toEqual({
      kind: 'snapshot',
      at: '6:1-6:3',
      resource: 'az aks nodepool snapshot create snap1',
      name: '"snap1" @6:40-6:48',
      id: `"${RG_ID}/snapshots/snap1"~`,
      location: '"westeurope"',
      locationFromResourceGroup: true,
      sourceResourceId: `"${RG_ID}/managedClusters/aks1/agentPools/user1"~ @6:49-6:77`,
      sourceLocation: '"westeurope"',
      properties: {
        id: `${RG_ID}/snapshots/snap1`,
        name: 'snap1',
        location: 'westeurope',
        vmSize: 'Standard_D8s_v5',
        osType: 'Linux',
        osSku: 'AzureLinux',
        enableFips: false
      }
    })
  })

  it('resolves a later --snapshot-id $(az aks nodepool snapshot show ...) to that snapshot', async () => {
    const user2 = (await declarations('deploy.sh', script)).find((d) => d.resource === 'az aks nodepool add user2')
    expect(user2).toMatchObject({
      snapshot: `"${RG_ID}/snapshots/snap1"~ @8:57-8:85`,
      resolved: {
        id: `${RG_ID}/snapshots/snap1`,
        name: 'snap1',
        location: 'westeurope',
        vmSize: 'Standard_D8s_v5',
        osType: 'Linux',
        osSku: 'AzureLinux',
        enableFips: false
      }
    })
  })

  it("tracks a pool's versions across upgrades", async () => {
    const withVersions = script.replace('-s Standard_D8s_v5', '-s Standard_D8s_v5 -k 1.29.7')
    const upgrades = (
      await pick('deploy.sh', withVersions, ['kind', 'at', 'currentKubernetesVersion', 'currentNodeImageVersion', 'kubernetesVersion'])
    ).filter((d) => d.kind === 'upgrade')
    expect(upgrades).toEqual([
      // user2 came from snap1, a snapshot of user1 at 1.29.7 with an unknown node image.
      {
        kind: 'upgrade',
        at: '9:1-9:3',
        currentKubernetesVersion: '"1.29.7"',
        currentNodeImageVersion: "?the pool's current node image is not known",
        kubernetesVersion: '"1.30.3" @9:61-9:88'
      },
      {
        kind: 'upgrade',
        at: '10:1-10:3',
        currentKubernetesVersion: '"1.30.3"',
        currentNodeImageVersion: "?the pool's current node image is not known",
        kubernetesVersion: '?not stated'
      }
    ])
  })

  it("gives nodepool upgrade its cluster's control plane version: from az aks create -k, and after az aks upgrade --control-plane-only -k", async () => {
    const text = [
      'az aks create -g rg -n c -k 1.30.4 --generate-ssh-keys',
      'az aks nodepool upgrade -g rg --cluster-name c -n nodepool1 -k 1.31.1 --snapshot-id "$S"',
      'az aks upgrade -g rg -n c --control-plane-only -k 1.31.1',
      'az aks nodepool upgrade -g rg --cluster-name c -n nodepool1 -k 1.31.1 --snapshot-id "$S"',
      'az aks nodepool upgrade -g rg --cluster-name other -n np --snapshot-id "$S"'
    ].join('\n')
    const upgrades = (await pick('a.sh', text, ['kind', 'scope', 'at', 'controlPlaneVersion'])).filter(
      (d) => d.kind === 'upgrade' && d.scope === 'pool'
    )
    expect(upgrades).toEqual([
      { kind: 'upgrade', scope: 'pool', at: '2:1-2:3', controlPlaneVersion: '"1.30.4"' },
      { kind: 'upgrade', scope: 'pool', at: '4:1-4:3', controlPlaneVersion: '"1.31.1"' },
      { kind: 'upgrade', scope: 'pool', at: '5:1-5:3', controlPlaneVersion: "?the cluster's control plane version is not known" }
    ])
  })

  it('takes node image versions from a cataloged snapshot a pool was created from', async () => {
    const id = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/base'
    const catalog = JSON.stringify({
      snapshots: [{ id, kubernetesVersion: '1.30.4', nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202409.23.0' }],
      pins: {}
    })
    const text = `az aks create -g rg -n c --snapshot-id ${id}\naz aks nodepool upgrade -g rg --cluster-name c -n nodepool1 --snapshot-id ${id} --node-image-only\n`
    expect(
      await pick('a.sh', text, ['controlPlaneVersion', 'currentKubernetesVersion', 'currentNodeImageVersion'], {
        '.aks-snapshots.json': catalog
      })
    ).toEqual([
      { controlPlaneVersion: '"1.30.4"' },
      // The control plane took the snapshot's version (no --kubernetes-version on az aks create).
      {
        controlPlaneVersion: '"1.30.4"',
        currentKubernetesVersion: '"1.30.4"',
        currentNodeImageVersion: '"AKSUbuntu-2204gen2containerd-202409.23.0"'
      }
    ])
  })

  it('leaves a snapshot region unknown when neither --location nor the group region is known', async () => {
    const text = 'az aks nodepool snapshot create -g rg -n s --nodepool-id $POOL_ID'
    expect(await pick('a.sh', text, ['location', 'sourceLocation', 'sourceResourceId'])).toEqual([
      {
        location: "?not stated, and the resource group's region is not known",
        sourceLocation: "?the source pool's region is not known",
        sourceResourceId: '?$POOL_ID is set outside the script @1:44-1:66'
      }
    ])
  })

  it('takes the control plane version of az aks create --snapshot-id from the snapshot when no version is stated', async () => {
    const text = [
      'az aks create -g rg -n src -k 1.30.4 -l eastus',
      'az aks nodepool snapshot create -g rg -n s1 -l eastus --nodepool-id $(az aks nodepool show -g rg --cluster-name src -n nodepool1 --query id -o tsv)',
      'az aks create -g rg -n copy -l westus --snapshot-id $(az aks nodepool snapshot show -g rg -n s1 --query id -o tsv)'
    ].join('\n')
    const last = (await declarations('a.sh', text)).pop()
    expect(last).toMatchObject({
      resource: 'az aks create copy',
      controlPlaneVersion: '"1.30.4"',
      kubernetesVersion: '?not stated',
      location: '"westus" @3:29-3:38'
    })
  })

  it('reads az aks upgrade: control plane only, node image only, and the versions it leaves behind', async () => {
    const text = [
      'az aks create -g rg -n c -k 1.29.7',
      'az aks upgrade -g rg -n c -k 1.30.3 --control-plane-only --yes',
      'az aks nodepool upgrade -g rg --cluster-name c -n nodepool1 -k 1.30.3',
      'az aks upgrade -g rg -n c --node-image-only'
    ].join('\n')
    const decls = await pick('a.sh', text, ['kind', 'scope', 'nodeImageOnly', 'controlPlaneOnly', 'currentKubernetesVersion'])
    expect(decls.slice(1)).toEqual([
      { kind: 'upgrade', scope: 'cluster', nodeImageOnly: false, controlPlaneOnly: true, currentKubernetesVersion: '"1.29.7"' },
      { kind: 'upgrade', scope: 'pool', nodeImageOnly: false, controlPlaneOnly: false, currentKubernetesVersion: '"1.29.7"' },
      { kind: 'upgrade', scope: 'cluster', nodeImageOnly: true, controlPlaneOnly: false, currentKubernetesVersion: '"1.30.3"' }
    ])
  })
})

describe('az CLI reader: the subscription of ids that commands print', () => {
  const SUB = '6f1c2b3a-1111-4a2b-9c3d-0a1b2c3d4e5f'
  const snap = (sub: string): string =>
    `/subscriptions/${sub}/resourceGroups/rg-snaps/providers/Microsoft.ContainerService/snapshots/apps-202611`

  it('takes the subscription of az account set --subscription/-s (an id, not a name) for the ids printed after it', async () => {
    const script = [
      'az aks nodepool add -g rg --cluster-name c -n p1 --snapshot-id $(az aks nodepool snapshot show -g rg-snaps -n apps-202611 --query id -o tsv)',
      `SUB=${SUB}`,
      'az account set --subscription "$SUB"',
      'ID=$(az aks nodepool snapshot show -g rg-snaps -n apps-202611 --query id -o tsv)',
      'az aks nodepool add -g rg --cluster-name c -n p2 --snapshot-id "$ID"',
      'az account set -s payments-prod',
      'az aks nodepool add -g rg --cluster-name c -n p3 --snapshot-id $(az aks nodepool snapshot show -g rg-snaps -n apps-202611 --query id -o tsv)',
      `az account set -s ${SUB}`,
      'az aks nodepool add -g rg --cluster-name c -n p4 --snapshot-id $(az aks nodepool snapshot show --subscription other -g rg-snaps -n apps-202611 --query id -o tsv)'
    ].join('\n')
    expect((await pick('add.sh', script, ['resource', 'snapshot'])).map((d) => d.snapshot)).toEqual([
      `"${snap('{?}')}"~ @1:50-1:141`,
      `"${snap(SUB)}" @5:50-5:69`,
      `"${snap('{?}')}"~ @7:50-7:141`,
      `"${snap('{?}')}"~ @9:50-9:162`
    ])
  })

  it('gives az aks nodepool snapshot show --ids <id> --query id the id it was given, so the catalog knows the snapshot', async () => {
    const catalog = parseCatalog(
      '.aks-snapshots.json',
      JSON.stringify({ snapshots: [{ id: snap(SUB), kubernetesVersion: '1.30.6', vmSize: 'Standard_D8s_v5', osType: 'Linux' }] })
    )
    const script = [
      `ID=$(az aks nodepool snapshot show --ids ${snap(SUB)} --query id -o tsv)`,
      'az aks nodepool add -g rg --cluster-name c -n arm1 --snapshot-id "$ID" --node-vm-size Standard_D4ps_v5'
    ].join('\n')
    const [pool] = await pick('add.sh', script, ['snapshot'])
    expect(pool.snapshot).toBe(`"${snap(SUB)}" @2:52-2:71`)
    const { findings } = await lintSources([{ path: 'add.sh', text: script }], { catalog })
    expect(findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual([
      "2:72 vm-family-mismatch Standard_D4ps_v5 (Arm64) and the snapshot's Standard_D8s_v5 (x64) differ in CPU architecture."
    ])
  })
})
