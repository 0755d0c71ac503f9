import { describe, expect, it } from '@jest/globals'
import { pick, read } from './helpers.js'

const workflow = `name: pools
on:
  workflow_dispatch:
env:
  RESOURCE_GROUP: rg-aks
  CLUSTER: aks-1
jobs:
  add:
    runs-on: ubuntu-latest
    env:
      POOL: user2
    steps:
      - uses: azure/login@v2
      - name: Add pool
        run: |
          az aks nodepool add \\
            --resource-group "$RESOURCE_GROUP" --cluster-name $CLUSTER \\
            --name $POOL --snapshot-id \${{ vars.SNAPSHOT_ID }}
      - run: az aks nodepool upgrade -g $RESOURCE_GROUP --cluster-name $CLUSTER -n $POOL --node-image-only
      - uses: azure/cli@v2
        with:
          inlineScript: |
            az aks nodepool add -g \${{ env.RESOURCE_GROUP }} --cluster-name "\${{ env.CLUSTER }}" -n pool3
      - uses: actions/github-script@v7
        with:
          script: |
            az aks nodepool add -n javascript --cluster-name c
      - shell: pwsh
        run: |
          $pool = "pool4"
          az aks nodepool add -g $env:RESOURCE_GROUP \`
            --cluster-name $env:CLUSTER -n $pool
`

describe('az CLI reader: GitHub workflows', () => {
  it('reads run: block scalars, plain run:, azure/cli inlineScript and pwsh steps, mapped to the YAML lines and columns', async () => {
    expect(await pick('.github/workflows/pools.yml', workflow, ['kind', 'at', 'name', 'cluster', 'snapshot'])).toEqual([
      {
        kind: 'pool',
        at: '16:11-16:13',
        name: '"user2" @18:13-18:25',
        cluster: '"aks-1" @17:48-17:71',
        snapshot: '?workflow expression ${{ vars.SNAPSHOT_ID }} @18:26-18:63'
      },
      { kind: 'upgrade', at: '19:14-19:16', name: '"user2" @19:81-19:89', cluster: '"aks-1" @19:57-19:80' },
      { kind: 'pool', at: '23:13-23:15', name: '"pool3" @23:98-23:106', cluster: '"aks-1" @23:62-23:97' },
      { kind: 'pool', at: '31:11-31:13', name: '"pool4" @32:41-32:49', cluster: '"aks-1" @32:13-32:40' }
    ])
  })

  it('yields nothing for YAML without scripts, and nothing for broken YAML that cannot hold scripts (a Helm template)', async () => {
    expect(await read('k8s/deploy.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  run: "az aks nodepool add"\n')).toMatchObject({
      problems: []
    })
    expect(
      await read('charts/x/templates/cm.yaml', 'metadata:\n  name: {{ .Values.name }}\n  labels:\n{{ toYaml .Values.labels | indent 4 }}\n')
    ).toEqual({
      declarations: [],
      problems: []
    })
  })

  it('reports a tab in indentation as a YAML error at the tab', async () => {
    const text = 'on: push\njobs:\n  a:\n    steps:\n\t  - run: az aks upgrade -n c -g rg\n'
    expect(await read('.github/workflows/bad.yml', text)).toEqual({
      declarations: [],
      problems: [
        {
          message: 'YAML syntax error: Tabs are not allowed as indentation',
          span: { file: '.github/workflows/bad.yml', line: 5, column: 1, endLine: 5, endColumn: 4 }
        }
      ]
    })
  })

  it('maps a plain scalar folded over several lines back to each line', async () => {
    const text = 'jobs:\n  a:\n    steps:\n      - run: az aks nodepool add\n          --name np\n          --cluster-name c\n'
    expect(await pick('.github/workflows/p.yml', text, ['at', 'name', 'cluster'])).toEqual([
      { at: '4:14-4:16', name: '"np" @5:11-5:20', cluster: '"c" @6:11-6:27' }
    ])
  })

  it('reads a folded scalar as one command line', async () => {
    const text = 'jobs:\n  a:\n    steps:\n      - run: >\n          az aks nodepool add\n          --name np --cluster-name c\n'
    expect(await pick('.github/workflows/f.yml', text, ['at', 'name'])).toEqual([{ at: '5:11-5:13', name: '"np" @6:11-6:20' }])
  })
})

const pipeline = `trigger:
  - main
variables:
  rg: rg-aks
  snapshotId: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-aks/providers/Microsoft.ContainerService/snapshots/s1
steps:
  - task: AzureCLI@2
    inputs:
      azureSubscription: conn
      scriptType: bash
      scriptLocation: inlineScript
      inlineScript: |
        az aks nodepool add -g $(rg) --cluster-name aks-1 -n p1 --snapshot-id $(snapshotId)
        az aks nodepool add -g $(rg) --cluster-name aks-1 -n p2 --snapshot-id $(otherId)
  - script: az aks nodepool upgrade -g $(rg) --cluster-name aks-1 -n p1 --kubernetes-version 1.30.4
  - pwsh: |
      az aks nodepool add -g $(rg) --cluster-name aks-1 -n p5 --snapshot-id "$env:SNAPSHOTID"
  - bash: "az aks upgrade -g rg -n aks-1 -k 1.30.4"
  - task: AzureCLI@2
    inputs:
      scriptType: batch
      inlineScript: az aks nodepool add -n batch --cluster-name c
`

describe('az CLI reader: Azure Pipelines', () => {
  it('reads AzureCLI inlineScript, script, pwsh and bash steps, with pipeline variables as $(name) and as environment variables', async () => {
    const id = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-aks/providers/Microsoft.ContainerService/snapshots/s1'
    expect(await pick('azure-pipelines.yml', pipeline, ['kind', 'at', 'resource', 'snapshot'])).toEqual([
      { kind: 'pool', at: '13:9-13:11', resource: 'az aks nodepool add p1', snapshot: `"${id}" @13:65-13:92` },
      { kind: 'pool', at: '14:9-14:11', resource: 'az aks nodepool add p2', snapshot: '?pipeline variable $(otherId) @14:65-14:89' },
      { kind: 'upgrade', at: '15:13-15:15', resource: 'az aks nodepool upgrade p1' },
      { kind: 'pool', at: '17:7-17:9', resource: 'az aks nodepool add p5', snapshot: `"${id}" @17:63-17:94` },
      { kind: 'upgrade', at: '18:12-18:14', resource: 'az aks upgrade aks-1' },
      { kind: 'pool', at: '22:21-22:23', resource: 'az aks nodepool add batch' }
    ])
  })

  it('reads cmd.exe scripts (script: on a Windows agent, scriptType: batch, CmdLine@2, shell: cmd): ^ continues a line, %NAME% is a variable, set and call are understood', async () => {
    const text = [
      'pool:',
      '  vmImage: windows-2022',
      'steps:',
      '  - script: |',
      '      rem pools of the Windows cluster',
      '      az aks nodepool add --resource-group rg --cluster-name c ^',
      '        --name win1 ^',
      '        --snapshot-id %SNAPSHOT_ID%',
      '  - task: CmdLine@2',
      '    inputs:',
      '      script: |',
      '        set "POOL=win2"',
      '        call az aks nodepool add -g rg --cluster-name c -n %POOL% --os-type Windows',
      '  - task: AzureCLI@2',
      '    inputs:',
      '      scriptType: batch',
      '      inlineScript: |',
      '        set POOL_ID=/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c/agentPools/win1',
      '        az aks nodepool add -g rg --cluster-name c -n win3 --snapshot-id %pool_id%',
      '  - job: linux',
      '    pool:',
      '      vmImage: ubuntu-latest',
      '    steps:',
      '      - script: az aks nodepool add -g rg --cluster-name c -n lin1 --snapshot-id $SNAP ^'
    ].join('\n')
    const result = await read('azure-pipelines.yml', text)
    expect(result.problems).toEqual([])
    expect(await pick('azure-pipelines.yml', text, ['at', 'name', 'osType', 'snapshot'])).toEqual([
      { at: '6:7-6:9', name: '"win1" @7:9-7:20', osType: '?not stated', snapshot: '?%SNAPSHOT_ID% is set outside the script @8:9-8:36' },
      { at: '13:14-13:16', name: '"win2" @13:57-13:66', osType: '"Windows" @13:67-13:84' },
      {
        at: '19:9-19:11',
        name: '"win3" @19:52-19:59',
        osType: '?not stated',
        snapshot:
          '"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c/agentPools/win1" @19:60-19:83'
      },
      { at: '24:17-24:19', name: '"lin1" @24:60-24:67', osType: '?not stated', snapshot: '?$SNAP is set outside the script @24:68-24:87' }
    ])
  })

  it('reads a GitHub step with shell: cmd the same way', async () => {
    const text = [
      'on: push',
      'jobs:',
      '  w:',
      '    runs-on: windows-latest',
      '    steps:',
      '      - shell: cmd',
      '        run: |',
      '          az aks nodepool upgrade -g rg --cluster-name c ^',
      '            -n win1 --node-image-only'
    ].join('\n')
    expect(await pick('.github/workflows/w.yml', text, ['kind', 'at', 'name', 'nodeImageOnly'])).toEqual([
      { kind: 'upgrade', at: '8:11-8:13', name: '"win1" @9:13-9:20', nodeImageOnly: true }
    ])
  })

  it('takes a variable a step sets while the pipeline runs (##vso[task.setvariable], $GITHUB_ENV) as unknown, not its placeholder', async () => {
    const pipeline = [
      'variables:',
      "  snapshotId: ''",
      "  otherId: ''",
      'steps:',
      '  - bash: |',
      '      ID=$(az aks nodepool snapshot show -g rg-snaps -n apps-weekly --query id -o tsv)',
      '      echo "##vso[task.setvariable variable=snapshotId]$ID"',
      '  - script: az aks nodepool add -g rg --cluster-name c -n p1 --snapshot-id "$(snapshotId)"',
      '  - script: az aks nodepool add -g rg --cluster-name c -n p2 --snapshot-id "$(otherId)"'
    ].join('\n')
    expect(await pick('pipelines/roll.yml', pipeline, ['resource', 'snapshot'])).toEqual([
      { resource: 'az aks nodepool add p1', snapshot: '?snapshotId is set by a step while the pipeline runs @8:62-8:91' },
      { resource: 'az aks nodepool add p2', snapshot: '"" @9:62-9:88' }
    ])
    const workflow = [
      'on: push',
      'env:',
      "  SNAPSHOT_ID: ''",
      'jobs:',
      '  roll:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "SNAPSHOT_ID=$(jq -r .pins.prod .aks-snapshots.json)" >> "$GITHUB_ENV"',
      '      - run: az aks nodepool add -g rg --cluster-name c -n p3 --snapshot-id "$SNAPSHOT_ID"'
    ].join('\n')
    expect(await pick('.github/workflows/roll.yml', workflow, ['resource', 'snapshot'])).toEqual([
      { resource: 'az aks nodepool add p3', snapshot: '?SNAPSHOT_ID is set by a step while the pipeline runs @9:63-9:91' }
    ])
  })

  it("reads AzurePowerShell@5's Inline script as PowerShell, and no other task's inline input", async () => {
    const text = [
      'steps:',
      '  - task: AzurePowerShell@5',
      '    inputs:',
      '      azureSubscription: retail-prod',
      '      ScriptType: InlineScript',
      '      Inline: |',
      '        $Pool = "stores"',
      '        az aks nodepool add -g rg-retail --cluster-name aks-retail `',
      '          -n $Pool --node-count 2',
      '      azurePowerShellVersion: LatestVersion',
      '  - task: SomeVendorTask@1',
      '    inputs:',
      '      inline: az aks nodepool add -g rg --cluster-name c -n notascript'
    ].join('\n')
    expect(await pick('pipelines/maintenance.yml', text, ['kind', 'at', 'name', 'cluster'])).toEqual([
      { kind: 'pool', at: '8:9-8:11', name: '"stores" @9:11-9:19', cluster: '"aks-retail" @8:42-8:67' }
    ])
  })
})

describe('az CLI reader: other CI YAML', () => {
  it('reads GitLab-style script lists (before_script, script, after_script) as one shell session', async () => {
    const text = [
      'deploy:',
      '  image: mcr.microsoft.com/azure-cli',
      '  before_script:',
      '    - export POOL=user1',
      '  script:',
      '    - az aks nodepool upgrade -g rg --cluster-name c -n "$POOL" --node-image-only',
      '    - "az aks nodepool add -g rg --cluster-name c -n user2 --snapshot-id $SNAPSHOT_ID"'
    ].join('\n')
    expect(await pick('.gitlab-ci.yml', text, ['at', 'name', 'snapshot'])).toEqual([
      { at: '6:7-6:9', name: '"user1" @6:54-6:64' },
      { at: '7:8-7:10', name: '"user2" @7:51-7:59', snapshot: '?$SNAPSHOT_ID is set outside the script @7:60-7:86' }
    ])
  })

  it('maps a block scalar item of a script list (`- |`) line by line, continuations included', async () => {
    const text = [
      'deploy:',
      '  script:',
      '    - export POOL=scratch',
      '    - |',
      '      az aks nodepool add -g rg --cluster-name c -n "$POOL" \\',
      '        --node-count 1',
      '    - az aks nodepool list -g rg --cluster-name c'
    ].join('\n')
    expect(await pick('.gitlab-ci.yml', text, ['at', 'name', 'snapshot'])).toEqual([{ at: '5:7-5:9', name: '"scratch" @5:50-5:60' }])
  })

  it('skips steps and jobs that never run (enabled: false, condition: false, if: false), as a resource whose condition is known false', async () => {
    const text = [
      'steps:',
      '  - script: az aks nodepool upgrade -g rg --cluster-name c -n p1 --node-image-only',
      '    enabled: false',
      '  - script: az aks nodepool upgrade -g rg --cluster-name c -n p2 --node-image-only',
      '    condition: false',
      '  - script: az aks nodepool upgrade -g rg --cluster-name c -n p3 --node-image-only',
      '    condition: succeeded()',
      '  - task: AzureCLI@2',
      '    enabled: false',
      '    inputs:',
      '      scriptType: bash',
      '      inlineScript: az aks nodepool upgrade -g rg --cluster-name c -n p4 --node-image-only'
    ].join('\n')
    expect(await pick('azure-pipelines.yml', text, ['name'])).toEqual([{ name: '"p3" @6:60-6:65' }])
    const workflow = [
      'on: push',
      'jobs:',
      '  old:',
      '    if: ${{ false }}',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: az aks upgrade -g rg -n c1 --yes',
      '  new:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - if: false',
      '        run: az aks upgrade -g rg -n c2 --yes',
      "      - if: github.ref == 'refs/heads/main'",
      '        run: az aks upgrade -g rg -n c3 --yes'
    ].join('\n')
    expect(await pick('.github/workflows/u.yml', workflow, ['name'])).toEqual([{ name: '"c3" @14:35-14:40' }])
  })
})
