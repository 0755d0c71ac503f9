import { describe, expect, it } from '@jest/globals'
import { declarations, pick, read } from './helpers.js'

describe('az CLI reader: shell scripts', () => {
  it('turns az aks nodepool add into a pool declaration with every field and its span', async () => {
    const script =
      'az aks nodepool add -g rg1 --cluster-name aks1 -n np2 -s Standard_D4s_v5 -k 1.30.4 --os-type Linux --os-sku AzureLinux --enable-fips-image --mode System --snapshot-id /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg1/providers/Microsoft.ContainerService/snapshots/s1\n'
    expect(await declarations('a.sh', script)).toEqual([
      {
        kind: 'pool',
        at: '1:1-1:3',
        resource: 'az aks nodepool add np2',
        name: '"np2" @1:48-1:54',
        cluster: '"aks1" @1:28-1:47',
        mode: '"System" @1:140-1:153',
        vmSize: '"Standard_D4s_v5" @1:55-1:73',
        location: "?the cluster's region is not known",
        kubernetesVersion: '"1.30.4" @1:74-1:83',
        controlPlaneVersion: "?the cluster's control plane version is not known",
        osType: '"Linux" @1:84-1:99',
        osSku: '"AzureLinux" @1:100-1:119',
        enableFips: 'true @1:120-1:139',
        snapshot:
          '"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg1/providers/Microsoft.ContainerService/snapshots/s1" @1:154-1:288',
        system: true
      }
    ])
  })

  it.each([
    [
      '--flag value',
      'az aks nodepool add --name np --cluster-name c --node-vm-size Standard_D2s_v3',
      '"np" @1:21-1:30',
      '"Standard_D2s_v3" @1:48-1:78'
    ],
    [
      '--flag=value',
      'az aks nodepool add --name=np --cluster-name c --node-vm-size=Standard_D2s_v3',
      '"np" @1:21-1:30',
      '"Standard_D2s_v3" @1:48-1:78'
    ],
    ['short flags', 'az aks nodepool add -n np --cluster-name c -s Standard_D2s_v3', '"np" @1:21-1:26', '"Standard_D2s_v3" @1:44-1:62'],
    [
      'quoted values',
      `az aks nodepool add -n "np" --cluster-name c -s 'Standard_D2s_v3'`,
      '"np" @1:21-1:28',
      '"Standard_D2s_v3" @1:46-1:66'
    ],
    ['any order', 'az aks nodepool add -s Standard_D2s_v3 --cluster-name c -n np', '"np" @1:57-1:62', '"Standard_D2s_v3" @1:21-1:39'],
    [
      '--flag="value"',
      'az aks nodepool add --name="np" --cluster-name c -s Standard_D2s_v3',
      '"np" @1:21-1:32',
      '"Standard_D2s_v3" @1:50-1:68'
    ]
  ])('reads flags written as %s', async (_, script, name, vmSize) => {
    expect(await pick('a.sh', script, ['name', 'vmSize'])).toEqual([{ name, vmSize }])
  })

  it('follows backslash continuations, and points fields at the line of their flag', async () => {
    const script = [
      'az aks create \\',
      '    --name myAKSCluster2 \\',
      '    --resource-group myResourceGroup \\',
      '    --snapshot-id $SNAPSHOT_ID \\',
      '    --generate-ssh-keys'
    ].join('\n')
    expect(await declarations('a.sh', script)).toEqual([
      {
        kind: 'pool',
        at: '1:1-1:3',
        resource: 'az aks create myAKSCluster2',
        name: '"nodepool1"',
        cluster: '"myAKSCluster2" @2:5-2:25',
        mode: '"System"',
        vmSize: '?not stated',
        location: '?not stated',
        kubernetesVersion: '?not stated',
        controlPlaneVersion: "?the snapshot's version is not known",
        osType: '?not stated',
        osSku: '?not stated',
        enableFips: '?not stated',
        snapshot: '?$SNAPSHOT_ID is set outside the script @4:5-4:31',
        system: true
      }
    ])
  })

  it('uses assignments made earlier in the script, and says which variables come from outside', async () => {
    const script = [
      'POOL=np1',
      'export SIZE="Standard_D8s_v5"',
      'readonly VERSION=1.30.4',
      'az aks nodepool add -n "$POOL" --cluster-name "${CLUSTER}" -s ${SIZE} -k "${VERSION:-1.29}" --os-sku "${OS_SKU:-Ubuntu}" --snapshot-id "$SNAP"'
    ].join('\n')
    expect(await pick('a.sh', script, ['name', 'cluster', 'vmSize', 'kubernetesVersion', 'osSku', 'snapshot'])).toEqual([
      {
        name: '"np1" @4:21-4:31',
        cluster: '?${CLUSTER} is set outside the script @4:32-4:59',
        vmSize: '"Standard_D8s_v5" @4:60-4:70',
        kubernetesVersion: '"1.30.4" @4:71-4:92',
        osSku: '"Ubuntu" @4:93-4:121',
        snapshot: '?$SNAP is set outside the script @4:122-4:143'
      }
    ])
  })

  it('reads a known empty snapshot id as empty, not unknown', async () => {
    const script =
      'SNAPSHOT_ID=""\naz aks nodepool add -n np --cluster-name c --snapshot-id "$SNAPSHOT_ID"\naz aks nodepool add -n np2 --cluster-name c --snapshot-id ""'
    expect(await pick('a.sh', script, ['snapshot'])).toEqual([{ snapshot: '"" @2:44-2:72' }, { snapshot: '"" @3:45-3:61' }])
  })

  it.each([
    [
      'az aks nodepool show',
      'ID=$(az aks nodepool show --name nodepool1 --cluster-name myAKSCluster --resource-group myResourceGroup --query id -o tsv)',
      '"/subscriptions/{?}/resourceGroups/myResourceGroup/providers/Microsoft.ContainerService/managedClusters/myAKSCluster/agentPools/nodepool1"~'
    ],
    [
      'az aks nodepool snapshot show',
      'ID=$(az aks nodepool snapshot show --name MySnapshot --resource-group rg --query id -o tsv)',
      '"/subscriptions/{?}/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/MySnapshot"~'
    ],
    [
      'az aks show',
      'ID="$(az aks show -n aks1 -g rg --query id --output tsv)"',
      '"/subscriptions/{?}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks1"~'
    ],
    [
      'az aks snapshot show (preview)',
      'ID=`az aks snapshot show -n s1 -g rg --query id -o tsv`',
      '"/subscriptions/{?}/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/s1"~'
    ],
    [
      'a known subscription',
      'ID=$(az aks nodepool snapshot show --subscription 11111111-2222-3333-4444-555555555555 -n s1 -g rg --query id -o tsv)',
      '"/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/s1"'
    ],
    [
      'an unknown resource group',
      'ID=$(az aks nodepool snapshot show -n s1 -g "$RG" --query id -o tsv)',
      '"/subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ContainerService/snapshots/s1"~'
    ],
    [
      'another query',
      'ID=$(az aks nodepool snapshot show -n s1 -g rg --query kubernetesVersion -o tsv)',
      '?the output of az aks nodepool snapshot show'
    ],
    ['another command', 'ID=$(cat snapshot.txt)', '?the output of $(cat snapshot.txt)']
  ])('reads $(%s ... --query id -o tsv) as the id of what it names', async (_, assignment, id) => {
    const script = `${assignment}\naz aks nodepool add -n np --cluster-name c --snapshot-id $ID\n`
    const [pool] = (await pick('a.sh', script, ['kind', 'snapshot'])).filter((d) => d.kind === 'pool')
    expect(pool.snapshot).toBe(`${id} @2:44-2:61`)
  })

  it('reads documentation placeholders as unknown values, not syntax', async () => {
    const script =
      'az aks nodepool add --resource-group <resource-group> --cluster-name <cluster-name> --name <nodepool-name> --snapshot-id "<snapshot-id>"\n'
    const result = await read('a.sh', script)
    expect(result.problems).toEqual([])
    expect(result.declarations.map((d) => d.kind === 'pool' && [d.name, d.cluster, d.snapshot?.id])).toEqual([
      [
        {
          known: false,
          reason: 'documentation placeholder <nodepool-name>',
          span: { file: 'a.sh', line: 1, column: 85, endLine: 1, endColumn: 107 },
          text: '<nodepool-name>'
        },
        {
          known: false,
          reason: 'documentation placeholder <cluster-name>',
          span: { file: 'a.sh', line: 1, column: 55, endLine: 1, endColumn: 84 },
          text: '<cluster-name>'
        },
        {
          known: false,
          reason: 'documentation placeholder <snapshot-id>',
          span: { file: 'a.sh', line: 1, column: 108, endLine: 1, endColumn: 137 }
        }
      ]
    ])
  })

  it('skips comments, heredocs and commands that are not az, and reads every command of a list or pipeline', async () => {
    const script = [
      '# az aks nodepool add -n commented --cluster-name c',
      'cat <<EOF',
      'az aks nodepool add -n inheredoc --cluster-name c',
      'EOF',
      'echo start && az aks nodepool add -n a --cluster-name c; az aks nodepool add -n b --cluster-name c | tee log',
      'if [ -n "$X" ]; then',
      '  az aks nodepool upgrade -n a --cluster-name c --node-image-only # trailing comment',
      'fi'
    ].join('\n')
    expect(await pick('a.sh', script, ['kind', 'at', 'name'])).toEqual([
      { kind: 'pool', at: '5:15-5:17', name: '"a" @5:35-5:39' },
      { kind: 'pool', at: '5:58-5:60', name: '"b" @5:78-5:82' },
      { kind: 'upgrade', at: '7:3-7:5', name: '"a" @7:27-7:31' }
    ])
  })

  it('keeps columns right with CRLF line endings', async () => {
    const script = 'RG=rg1\r\naz aks nodepool add -g $RG -n np \\\r\n  --cluster-name c\r\n'
    expect(await pick('a.sh', script, ['at', 'name', 'cluster'])).toEqual([
      { at: '2:1-2:3', name: '"np" @2:28-2:33', cluster: '"c" @3:3-3:19' }
    ])
  })

  it('reports an unterminated quote at the quote, and still reads the commands before it', async () => {
    const script = 'az aks nodepool add -n np --cluster-name c\necho "oops\naz aks upgrade -n c\n'
    const result = await read('scripts/a.sh', script)
    expect(result.problems).toEqual([
      {
        message: 'unterminated quoted string (the " here is never closed)',
        span: { file: 'scripts/a.sh', line: 2, column: 6, endLine: 2, endColumn: 7 }
      }
    ])
    expect(result.declarations.map((d) => d.resource)).toEqual(['az aks nodepool add np'])
  })

  it('yields nothing for a script without az', async () => {
    expect(await read('a.sh', 'echo hello\nkubectl get nodes\n')).toEqual({ declarations: [], problems: [] })
  })

  it('splices option arrays into commands, with values taken when the array is assigned and spans where it is used', async () => {
    const script = [
      'SIZE=Standard_D4s_v5',
      'OPTS=(',
      '  --name userpool  # the pool',
      '  -s "$SIZE"',
      ')',
      'SIZE=Standard_E4s_v5',
      'OPTS+=(--kubernetes-version 1.30.4)',
      'az aks nodepool add --cluster-name c "${OPTS[@]}"'
    ].join('\n')
    expect(await pick('a.sh', script, ['name', 'vmSize', 'kubernetesVersion'])).toEqual([
      { name: '"userpool" @8:38-8:50', vmSize: '"Standard_D4s_v5" @8:38-8:50', kubernetesVersion: '"1.30.4" @8:38-8:50' }
    ])
  })

  it('counts a snapshot reference as present when arguments it cannot see may hold it', async () => {
    const script =
      'az aks nodepool add --cluster-name c --name np $EXTRA_ARGS\naz aks nodepool upgrade --cluster-name c --name np "${UPGRADE_OPTS[@]}"\n'
    expect(await pick('a.sh', script, ['snapshot'])).toEqual([
      { snapshot: '?the arguments $EXTRA_ARGS are not known @1:48-1:59' },
      { snapshot: '?the arguments "${UPGRADE_OPTS[@]}" are not known @2:52-2:72' }
    ])
  })

  it('stays within bounds on deeply nested substitutions, in bash and PowerShell', async () => {
    const deep = (open: string) => `${open.repeat(3000)}echo${')'.repeat(3000)}`
    for (const [path, text] of [
      ['a.sh', `X=${deep('$(')}\naz aks upgrade -n c -g rg\n`],
      ['a.ps1', `$x = ${deep('$(')}\naz aks upgrade -n c -g rg\n`]
    ]) {
      const result = await read(path, text)
      expect(result.declarations.map((d) => `${d.span.line}:${d.span.column} ${d.resource}`)).toEqual(['2:1 az aks upgrade c'])
    }
  })
  it('reads an unquoted id with two $VARs as one word (tree-sitter-bash splits it at the second), in assignments, export and arguments', async () => {
    const ids = '/subscriptions/$SUB/resourceGroups/$RG/providers/Microsoft.ContainerService/snapshots'
    const script = [
      'SUB=0000',
      'RG=rg-images',
      `SNAP=${ids}/golden`,
      `export A=${ids}/a B=${ids}/b-$RG`,
      'az aks nodepool add -g rg --cluster-name c -n np1 --snapshot-id $SNAP',
      'az aks nodepool add -g rg --cluster-name c -n np2 --snapshot-id $B',
      `az aks nodepool add -g rg --cluster-name c -n np3 --snapshot-id ${ids}/c-$RG/x`
    ].join('\n')
    const full = '/subscriptions/0000/resourceGroups/rg-images/providers/Microsoft.ContainerService/snapshots'
    expect(await pick('a.sh', script, ['resource', 'snapshot'])).toEqual([
      { resource: 'az aks nodepool add np1', snapshot: `"${full}/golden" @5:51-5:70` },
      { resource: 'az aks nodepool add np2', snapshot: `"${full}/b-rg-images" @6:51-6:67` },
      { resource: 'az aks nodepool add np3', snapshot: `"${full}/c-rg-images/x" @7:51-7:158` }
    ])
  })
  it('reads a continued command whose lines carry `# comment` backtick comments, and the commands after it', async () => {
    const script = [
      'az aks nodepool add -g rg --cluster-name c -n np1 \\',
      '  --snapshot-id "$SNAP" `# pinned by the release pipeline` \\',
      '  --node-count 2',
      'az aks nodepool add -g rg --cluster-name c -n np2'
    ].join('\n')
    expect(await pick('a.sh', script, ['resource', 'snapshot'])).toEqual([
      { resource: 'az aks nodepool add np1', snapshot: '?$SNAP is set outside the script @2:3-2:24' },
      { resource: 'az aks nodepool add np2' }
    ])
  })
  it('runs a loop over known pool names once per name (declarations marked as instances), and reads az behind a wrapper that runs its arguments', async () => {
    const script = [
      'RG=rg1',
      'POOLS=(web api)',
      'retry() { local n=0; until "$@"; do n=$((n + 1)); sleep 5; done; }',
      'az aks create -g $RG -n c1 -k 1.30.4 --snapshot-id "$BASE"',
      'for pool in "${POOLS[@]}" batch; do',
      '  retry az aks nodepool add -g $RG --cluster-name c1 -n "$pool" -k 1.30.4 --snapshot-id "$BASE"',
      'done',
      'for pool in web; do az aks nodepool upgrade -g $RG --cluster-name c1 -n $pool --snapshot-id "$S"; done',
      'for id in $(cat pools.txt) *.txt; do timeout 600 az aks nodepool add -g $RG --cluster-name c1 -n "$id"; done',
      'echo az aks nodepool add -g $RG --cluster-name c1 -n printed'
    ].join('\n')
    expect(await pick('a.sh', script, ['at', 'resource', 'instance', 'currentKubernetesVersion'])).toEqual([
      { at: '4:1-4:3', resource: 'az aks create c1' },
      { at: '6:9-6:11', resource: 'az aks nodepool add web', instance: '$pool=web' },
      { at: '6:9-6:11', resource: 'az aks nodepool add api', instance: '$pool=api' },
      { at: '6:9-6:11', resource: 'az aks nodepool add batch', instance: '$pool=batch' },
      { at: '8:21-8:23', resource: 'az aks nodepool upgrade web', instance: '$pool=web', currentKubernetesVersion: '"1.30.4"' },
      { at: '9:50-9:52', resource: 'az aks nodepool add "$id"' }
    ])
  })
  it('reads nothing into az ... --help (or -h): it prints the help of the command and creates nothing', async () => {
    const script = [
      'az aks nodepool add --help',
      'az aks upgrade -h',
      'az aks nodepool upgrade --help | grep snapshot',
      'az aks create --help > /dev/null',
      'az aks nodepool add -g rg --cluster-name c -n np1'
    ].join('\n')
    expect(await pick('a.sh', script, ['at', 'resource'])).toEqual([{ at: '5:1-5:3', resource: 'az aks nodepool add np1' }])
  })
  it('reads az run by xargs, each line of its input (the -I replace string) an unknown value', async () => {
    const script = [
      'az aks nodepool list -g rg1 --cluster-name c1 --query "[].name" -o tsv \\',
      '  | xargs -I{} az aks nodepool upgrade -g rg1 --cluster-name c1 -n {} --node-image-only --no-wait',
      'az aks nodepool list -g rg1 --cluster-name c1 --query "[].name" -o tsv | xargs -r -I POOL az aks nodepool upgrade -g rg1 --cluster-name c1 -n POOL --snapshot-id "$S"',
      'echo np9 | xargs -n1 az aks nodepool add -g rg1 --cluster-name c1 --node-count 1 -n'
    ].join('\n')
    expect(await pick('a.sh', script, ['kind', 'at', 'resource', 'name', 'nodeImageOnly'])).toEqual([
      {
        kind: 'upgrade',
        at: '2:16-2:18',
        resource: 'az aks nodepool upgrade {}',
        name: "?{} is a line of xargs' input @2:65-2:70",
        nodeImageOnly: true
      },
      {
        kind: 'upgrade',
        at: '3:91-3:93',
        resource: 'az aks nodepool upgrade POOL',
        name: "?POOL is a line of xargs' input @3:140-3:147",
        nodeImageOnly: false
      },
      { kind: 'pool', at: '4:22-4:24', resource: 'az aks nodepool add ?', name: '?the input of xargs @4:82-4:84' }
    ])
  })
  it('splits an unquoted $VAR of known value into words, as bash does, and drops an empty one', async () => {
    const script = [
      'COMMON="-g rg-aks --cluster-name aks1"',
      'POOL_ARGS="--snapshot-id $SNAP --node-count 2"',
      'EXTRA=""',
      'az aks nodepool add $COMMON -n p1 $POOL_ARGS $EXTRA',
      'az aks nodepool add $COMMON -n p2'
    ].join('\n')
    expect(await pick('a.sh', script, ['resource', 'cluster', 'snapshot'])).toEqual([
      { resource: 'az aks nodepool add p1', cluster: '"aks1" @4:21-4:28', snapshot: '?the arguments $POOL_ARGS are not known @4:35-4:45' },
      { resource: 'az aks nodepool add p2', cluster: '"aks1" @5:21-5:28' }
    ])
  })
})

describe('az CLI reader: sourced files', () => {
  it('forgets what the script set before `source`/`.` of another file, which may set any variable (bash and PowerShell)', async () => {
    const bash = [
      'SNAPSHOT_ID=""',
      'RG=rg-aks',
      'source ./env.sh',
      'az aks nodepool add -g "$RG" --cluster-name c -n p1 --snapshot-id "$SNAPSHOT_ID"',
      'SNAPSHOT_ID=""',
      'az aks nodepool add -g rg --cluster-name c -n p2 --snapshot-id "$SNAPSHOT_ID"'
    ].join('\n')
    expect(await pick('deploy.sh', bash, ['resource', 'snapshot'])).toEqual([
      { resource: 'az aks nodepool add p1', snapshot: '?$SNAPSHOT_ID may be set by ./env.sh @4:53-4:81' },
      { resource: 'az aks nodepool add p2', snapshot: '"" @6:50-6:78' }
    ])
    const pwsh = [
      '$SnapshotId = ""',
      '. "$PSScriptRoot/env.ps1"',
      'az aks nodepool add -g rg --cluster-name c -n p3 --snapshot-id $SnapshotId'
    ].join('\n')
    expect(await pick('deploy.ps1', pwsh, ['resource', 'snapshot'])).toEqual([
      { resource: 'az aks nodepool add p3', snapshot: '?$snapshotid may be set by "$PSScriptRoot/env.ps1" @3:50-3:75' }
    ])
  })
})

describe('az CLI reader: values set on some paths only', () => {
  it('keeps a branch value inside the branch, and makes it unknown after if/case/&&/|| (the first operand of a list always runs)', async () => {
    const id = '/subscriptions/0b7e4c1d-2222-4f3e-8a9b-1c2d3e4f5a6b/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/s1'
    const script = [
      'if [[ "$ENV" == prod ]]; then SNAP="$PROD_ID"; else SNAP=""; fi',
      'az aks nodepool add -g rg --cluster-name c -n p1 --snapshot-id "$SNAP"',
      'case "$ENV" in',
      `  prod) SNAP2=${id}`,
      '    az aks nodepool add -g rg --cluster-name c -n p2 --snapshot-id "$SNAP2" ;;',
      '  *) SNAP2="" ;;',
      'esac',
      'az aks nodepool add -g rg --cluster-name c -n p3 --snapshot-id "$SNAP2"',
      'ID=$(az aks nodepool snapshot show -g rg -n s1 --query id -o tsv) || exit 1',
      'az aks nodepool add -g rg --cluster-name c -n p4 --snapshot-id "$ID"',
      'SNAP3=""',
      '[ -n "$PIN" ] && SNAP3="$PIN"',
      'az aks nodepool add -g rg --cluster-name c -n p5 --snapshot-id "$SNAP3"'
    ].join('\n')
    expect((await pick('deploy.sh', script, ['resource', 'snapshot'])).map((d) => `${d.resource}: ${d.snapshot}`)).toEqual([
      'az aks nodepool add p1: ?$SNAP is set only on some paths through the script @2:50-2:71',
      'az aks nodepool add p2: "' + id + '" @5:54-5:76',
      'az aks nodepool add p3: ?$SNAP2 is set only on some paths through the script @8:50-8:72',
      'az aks nodepool add p4: "/subscriptions/{?}/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/s1"~ @10:50-10:69',
      'az aks nodepool add p5: ?$SNAP3 is set only on some paths through the script @13:50-13:72'
    ])
  })
})
