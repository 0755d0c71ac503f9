import { describe, expect, it } from '@jest/globals'
import { pick, read } from './helpers.js'

describe('az CLI reader: Markdown', () => {
  it.each([
    ['bash', 1],
    ['sh', 1],
    ['shell', 1],
    ['Bash', 1],
    ['azurecli', 1],
    ['azurecli-interactive', 1],
    ['AzureCLI-Interactive', 1],
    ['azurepowershell', 1],
    ['azurepowershell-interactive', 1],
    ['powershell', 1],
    ['pwsh', 1],
    ['', 1],
    ['output', 0],
    ['json', 0],
    ['yaml', 0],
    ['text', 0],
    ['python', 0]
  ])('reads a ```%s fence: %i declaration(s)', async (lang, count) => {
    const text = `# Upgrade\n\n\`\`\`${lang}\naz aks upgrade --name c --resource-group rg\n\`\`\`\n`
    const found = await pick('runbook.md', text, ['at'])
    expect(found).toEqual(count ? [{ at: '4:1-4:3' }] : [])
  })

  it('reads only the prompted lines of a console fence, and their continuations', async () => {
    const text = [
      '```console',
      '$ az aks nodepool add --name np1 \\',
      '>   --cluster-name c',
      '{',
      '  "name": "az aks upgrade -n output"',
      '}',
      '$ az aks upgrade -n c',
      '```'
    ].join('\n')
    expect(await pick('a.md', text, ['kind', 'at', 'name', 'cluster'])).toEqual([
      { kind: 'pool', at: '2:3-2:5', name: '"np1" @2:23-2:33', cluster: '"c" @3:5-3:21' },
      { kind: 'upgrade', at: '7:3-7:5', name: '"c" @7:18-7:22', cluster: '"c" @7:18-7:22' }
    ])
  })

  it('reads a bash fence written as a terminal session ($ prompts) and a PowerShell one (PS> prompts) like a console fence', async () => {
    const text = [
      '```bash',
      '$ az aks nodepool add --name np1 \\',
      '>   --cluster-name c',
      '{ "name": "az aks upgrade -n output" }',
      '```',
      '',
      '```powershell',
      'PS C:\\> az aks nodepool add --name np2 --cluster-name c `',
      '>>   --node-count 1',
      'Name  ProvisioningState',
      'PS> az aks upgrade -n c2',
      '```',
      '',
      '```bash',
      'echo "$HOME"',
      'az aks upgrade -n c3',
      '```'
    ].join('\n')
    expect(await pick('a.md', text, ['kind', 'at', 'name', 'cluster'])).toEqual([
      { kind: 'pool', at: '2:3-2:5', name: '"np1" @2:23-2:33', cluster: '"c" @3:5-3:21' },
      { kind: 'pool', at: '8:9-8:11', name: '"np2" @8:29-8:39', cluster: '"c" @8:40-8:56' },
      { kind: 'upgrade', at: '11:5-11:7', name: '"c2" @11:20-11:25', cluster: '"c2" @11:20-11:25' },
      { kind: 'upgrade', at: '16:1-16:3', name: '"c3" @16:16-16:21', cluster: '"c3" @16:16-16:21' }
    ])
  })

  it('carries assignments across the fences of one file, in order, and maps fences inside lists', async () => {
    const text = [
      '1. Get the snapshot id:',
      '',
      '   ```azurecli',
      '   SNAPSHOT_ID=$(az aks nodepool snapshot show --name s1 --resource-group rg --query id -o tsv)',
      '   ```',
      '',
      '```output',
      'SNAPSHOT_ID=not-this',
      '```',
      '',
      '~~~bash',
      'az aks nodepool add --name np --cluster-name c --snapshot-id $SNAPSHOT_ID',
      '~~~'
    ].join('\n')
    expect(await pick('a.md', text, ['at', 'snapshot'])).toEqual([
      {
        at: '12:1-12:3',
        snapshot: '"/subscriptions/{?}/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/s1"~ @12:48-12:74'
      }
    ])
  })

  it('never reports a syntax error in an unlabelled fence, but does in a shell one', async () => {
    const fence = (lang: string) => `Text\n\n\`\`\`${lang}\naz aks upgrade -n c -g rg\necho "unclosed\n\`\`\`\n`
    expect((await read('a.md', fence(''))).problems).toEqual([])
    expect((await read('a.md', fence('bash'))).problems).toEqual([
      {
        message: 'unterminated quoted string (the " here is never closed)',
        span: { file: 'a.md', line: 5, column: 6, endLine: 5, endColumn: 7 }
      }
    ])
  })

  it('reads placeholders in docs as unknown values, never as syntax errors', async () => {
    const text =
      '```azurecli-interactive\naz aks nodepool upgrade --resource-group <resource-group> --cluster-name <cluster-name> --name <nodepool-name> --snapshot-id <snapshot-id>\n```\n'
    const result = await read('a.md', text)
    expect(result.problems).toEqual([])
    expect(result.declarations).toHaveLength(1)
  })

  it('reads {placeholder} and {{placeholder}} as unknown values too', async () => {
    const text =
      '```azurecli\naz aks nodepool add -g {resourceGroupName} --cluster-name {{aksClusterName}} -n np --snapshot-id {snapshotId}\n```\n'
    expect(await pick('a.md', text, ['cluster', 'snapshot'])).toEqual([
      {
        cluster: '?documentation placeholder {{aksClusterName}} @2:44-2:77',
        snapshot: '?documentation placeholder {snapshotId} @2:84-2:110'
      }
    ])
  })

  it('reads fences inside blockquotes (notes and tips), mapped past the > markers', async () => {
    const text = [
      '> [!NOTE]',
      '> To upgrade one pool:',
      '> ```azurecli-interactive',
      '> az aks nodepool upgrade -g rg --cluster-name c \\',
      '>     --name np1 --node-image-only',
      '> ```'
    ].join('\n')
    expect(await pick('a.md', text, ['at', 'name'])).toEqual([{ at: '4:3-4:5', name: '"np1" @5:7-5:17' }])
  })

  it('reads the fences of an MDX page, with its imports and JSX around them', async () => {
    const text = [
      "import Tabs from '@theme/Tabs';",
      "import TabItem from '@theme/TabItem';",
      '',
      '<Tabs>',
      '<TabItem value="cli" label="Azure CLI">',
      '',
      '```azurecli',
      'az aks nodepool add -g rg --cluster-name c -n np2 --node-count 1',
      '```',
      '',
      '</TabItem>',
      '</Tabs>'
    ].join('\n')
    expect(await pick('docs/pools.mdx', text, ['at', 'name'])).toEqual([{ at: '8:1-8:3', name: '"np2" @8:44-8:50' }])
  })

  it('reads terminal sessions with user@host prompts, and PowerShell sessions whose continued lines show the >> prompt', async () => {
    const text = [
      '```console',
      'azureuser@jumpbox:~/infra$ az aks nodepool add -g rg --cluster-name c -n np3',
      '{ "name": "np3" }',
      '```',
      '',
      '```powershell',
      'PS C:\\> az aks nodepool add -g rg --cluster-name c `',
      '>> -n np4 --snapshot-id $snap',
      'Name  ProvisioningState',
      '```'
    ].join('\n')
    expect(await pick('a.md', text, ['at', 'name', 'snapshot'])).toEqual([
      { at: '2:28-2:30', name: '"np3" @2:71-2:77' },
      { at: '7:9-7:11', name: '"np4" @8:4-8:10', snapshot: '?$snap is set outside the script @8:11-8:30' }
    ])
  })

  it('takes [bracket] placeholders and ... elisions of docs for unknown values, not for names or malformed ids', async () => {
    const text = [
      '```azurecli',
      'az aks nodepool add -g rg --cluster-name c -n p1 --snapshot-id [snapshot-id]',
      'az aks nodepool add -g rg --cluster-name c -n p2 --snapshot-id "/subscriptions/.../snapshots/mysnap"',
      'az aks nodepool list -g rg --cluster-name c --query [0].name',
      '```'
    ].join('\n')
    expect(await pick('a.md', text, ['name', 'snapshot'])).toEqual([
      { name: '"p1" @2:44-2:49', snapshot: '?documentation placeholder [snapshot-id] @2:50-2:77' },
      { name: '"p2" @3:44-3:49', snapshot: '"/subscriptions/{?}/snapshots/mysnap"~ @3:50-3:101' }
    ])
  })

  it('skips fences inside an HTML comment block (commented-out instructions), and reads on after it', async () => {
    const text = [
      '<!--',
      'Old instructions:',
      '```bash',
      'az aks nodepool upgrade -g rg --cluster-name c -n np1 --node-image-only',
      '```',
      '-->',
      '<!-- aks-snapshot-ignore missing-snapshot-id -- demo -->',
      '```bash',
      'az aks nodepool add -g rg --cluster-name c -n np2',
      '```'
    ].join('\n')
    expect(await pick('a.md', text, ['at', 'name'])).toEqual([{ at: '9:1-9:3', name: '"np2" @9:44-9:50' }])
  })
})
