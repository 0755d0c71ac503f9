import { describe, expect, it } from '@jest/globals'
import { pick, read } from './helpers.js'

describe('az CLI reader: PowerShell', () => {
  it('follows backtick continuations and $Name = "value" assignments (names are case-insensitive)', async () => {
    const script = [
      '$ResourceGroup = "rg-aks"',
      "$Pool = 'win1'",
      'az aks nodepool add --resource-group $ResourceGroup `',
      '    --cluster-name $env:CLUSTER_NAME `',
      '    --name $pool --os-type Windows `',
      '    --snapshot-id "$SnapshotId"'
    ].join('\r\n')
    expect(await pick('deploy.ps1', script, ['at', 'name', 'cluster', 'osType', 'snapshot'])).toEqual([
      {
        at: '3:1-3:3',
        name: '"win1" @5:5-5:17',
        cluster: '?$env:CLUSTER_NAME is set outside the script @4:5-4:37',
        osType: '"Windows" @5:18-5:35',
        snapshot: '?$SnapshotId is set outside the script @6:5-6:32'
      }
    ])
  })

  it('takes the defaults of a param() block as values, as a Bicep parameter default is (typed, attributed, comma-separated)', async () => {
    const script = [
      '[CmdletBinding()]',
      'param(',
      '    [Parameter(Mandatory)] [string] $PoolName,',
      "    [string] $ResourceGroup = 'rg-ops',",
      "    [ValidateSet('aks-a', 'aks-b')]",
      "    [string] $ClusterName = 'aks-a',",
      "    [string] $SnapshotId = '',",
      '    $VmSize = "Standard_D4s_v5", [int] $Count = 2',
      ')',
      '$list = 1, 2',
      'az aks nodepool add -g $ResourceGroup --cluster-name $ClusterName -n $PoolName -s $VmSize -c $Count --snapshot-id $SnapshotId',
      'az aks nodepool add -g $ResourceGroup --cluster-name $ClusterName -n p2 --snapshot-id $Missing',
      "function Add-Pool { param([string] $Name, [string] $Snap = '') az aks nodepool add -g rg --cluster-name c -n $Name --snapshot-id $Snap }"
    ].join('\n')
    expect(await pick('New-Pool.ps1', script, ['name', 'cluster', 'vmSize', 'snapshot'])).toEqual([
      {
        name: '?$PoolName is set outside the script @11:67-11:79',
        cluster: '"aks-a" @11:39-11:66',
        vmSize: '"Standard_D4s_v5" @11:80-11:90',
        snapshot: '"" @11:101-11:126'
      },
      {
        name: '"p2" @12:67-12:72',
        cluster: '"aks-a" @12:39-12:66',
        vmSize: '?not stated',
        snapshot: '?$Missing is set outside the script @12:73-12:95'
      },
      {
        cluster: '"c" @13:90-13:106',
        name: '?$Name is set outside the script @13:107-13:115',
        vmSize: '?not stated',
        snapshot: '?$Snap is set outside the script @13:116-13:135'
      }
    ])
  })

  it('splices @array arguments (splatting) of an array assigned earlier; an unknown one may hold any flag', async () => {
    const script = [
      "$common = @('--resource-group', 'rg-aks',",
      "    '--cluster-name', 'aks-1')",
      '$snapArgs = @("--snapshot-id", $env:SNAP)',
      'az aks nodepool add @common -n p1 @snapArgs',
      'az aks nodepool add @common -n p2',
      'az aks nodepool add @common -n p3 @extraArgs'
    ].join('\n')
    expect(await pick('a.ps1', script, ['name', 'cluster', 'snapshot'])).toEqual([
      { name: '"p1" @4:29-4:34', cluster: '"aks-1" @4:21-4:28', snapshot: '?$env:SNAP is set outside the script @4:35-4:44' },
      { name: '"p2" @5:29-5:34', cluster: '"aks-1" @5:21-5:28' },
      { name: '"p3" @6:29-6:34', cluster: '"aks-1" @6:21-6:28', snapshot: '?the arguments @extraArgs are not known @6:35-6:45' }
    ])
  })

  it('reads $x = az ... --query id -o tsv and $(...) subexpressions as the id they name', async () => {
    const script = [
      '$snapshotId = az aks nodepool snapshot show --name snap1 --resource-group rg --query id -o tsv',
      'az aks nodepool add -g rg --cluster-name c -n a --snapshot-id $snapshotId',
      'az aks nodepool add -g rg --cluster-name c -n b --snapshot-id "$(az aks nodepool snapshot show -n snap2 -g rg --query id -o tsv)"',
      '$id=$(az aks nodepool show -g rg --cluster-name c -n a --query id -o tsv)',
      'az aks nodepool snapshot create -g rg -n s3 --nodepool-id $id # the pool a',
      '$ID2 = (az aks nodepool show -g rg --cluster-name c -n b --query id -o tsv)',
      'az aks nodepool snapshot create -g rg -n s4 --nodepool-id $id2'
    ].join('\n')
    expect(await pick('deploy.ps1', script, ['kind', 'snapshot', 'sourceResourceId'])).toEqual([
      { kind: 'pool', snapshot: '"/subscriptions/{?}/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/snap1"~ @2:49-2:74' },
      {
        kind: 'pool',
        snapshot: '"/subscriptions/{?}/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/snap2"~ @3:49-3:130'
      },
      {
        kind: 'snapshot',
        sourceResourceId:
          '"/subscriptions/{?}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c/agentPools/a"~ @5:45-5:62'
      },
      {
        kind: 'snapshot',
        sourceResourceId:
          '"/subscriptions/{?}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c/agentPools/b"~ @7:45-7:63'
      }
    ])
  })

  it('runs the az command of $null = az ... and $x = & az ..., whose output is assigned', async () => {
    const script = [
      '$null = az aks nodepool upgrade -g rg --cluster-name c -n u1 --node-image-only',
      '$r = & az aks nodepool upgrade -g rg --cluster-name c -n u2 --node-image-only'
    ].join('\n')
    expect(await pick('a.ps1', script, ['kind', 'at', 'name'])).toEqual([
      { kind: 'upgrade', at: '1:9-1:11', name: '"u1" @1:56-1:61' },
      { kind: 'upgrade', at: '2:8-2:10', name: '"u2" @2:55-2:60' }
    ])
  })

  it('skips comments and block comments, and reads commands after ; and |', async () => {
    const script = [
      '<# az aks nodepool add -n hidden --cluster-name c',
      '#>',
      '# az aks upgrade -n c',
      'Write-Host hi; az aks upgrade -n c -g rg --yes | Out-Null'
    ].join('\n')
    expect(await pick('a.ps1', script, ['kind', 'at', 'resource'])).toEqual([
      { kind: 'upgrade', at: '4:16-4:18', resource: 'az aks upgrade c' }
    ])
  })

  it('keeps literal text in single quotes and unescapes backticks and doubled quotes', async () => {
    const script = `$v = '1.30.4'\naz aks nodepool add -n 'it''s' --cluster-name "c""x" -k $v -s Standard_D4s_v5\`n`
    expect(await pick('a.ps1', script, ['name', 'cluster', 'kubernetesVersion'])).toEqual([
      { name: '"it\'s" @2:21-2:31', cluster: '"c\\"x" @2:32-2:53', kubernetesVersion: '"1.30.4" @2:54-2:59' }
    ])
  })

  it('reports an unterminated string at its quote', async () => {
    const result = await read('a.ps1', 'az aks upgrade -n c -g rg\nWrite-Host "never closed\n')
    expect(result.problems).toEqual([
      {
        message: 'unterminated string (the " here is never closed)',
        span: { file: 'a.ps1', line: 2, column: 12, endLine: 2, endColumn: 13 }
      }
    ])
    expect(result.declarations.map((d) => d.resource)).toEqual(['az aks upgrade c'])
  })
})

describe('az CLI reader: PowerShell values set on some paths only', () => {
  it('keeps a value set in a { } block inside it, and makes it unknown after it; $x = if/switch/try ... is unknown', async () => {
    const script = [
      "if ($Environment -eq 'prod') { $Snap = $ProdId } else { $Snap = '' }",
      'az aks nodepool add -g rg --cluster-name c -n p1 --snapshot-id $Snap',
      'try {',
      '  $Snap2 = az aks nodepool snapshot show -g rg -n s1 --query id -o tsv',
      '  az aks nodepool add -g rg --cluster-name c -n p2 --snapshot-id $Snap2',
      '} catch { $Snap2 = "" }',
      'az aks nodepool add -g rg --cluster-name c -n p3 --snapshot-id $Snap2',
      '$Snap3 = if ($Pin) { $Pin } else { "" }',
      'az aks nodepool add -g rg --cluster-name c -n p4 --snapshot-id $Snap3',
      '$Snap4 = $null',
      'az aks nodepool add -g rg --cluster-name c -n p5 --snapshot-id $Snap4'
    ].join('\n')
    expect((await pick('deploy.ps1', script, ['resource', 'snapshot'])).map((d) => `${d.resource}: ${d.snapshot}`)).toEqual([
      'az aks nodepool add p1: ?$snap is set only on some paths through the script @2:50-2:69',
      'az aks nodepool add p2: "/subscriptions/{?}/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/s1"~ @5:52-5:72',
      'az aks nodepool add p3: ?$snap2 is set only on some paths through the script @7:50-7:70',
      'az aks nodepool add p4: ?$snap3 is the value of an if statement @9:50-9:70',
      'az aks nodepool add p5: "" @11:50-11:70'
    ])
  })
})
