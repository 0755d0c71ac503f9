/**
 * The main job, end to end on this machine: lint the example repository, then
 * start the ARM emulator and take a node pool snapshot through the CLI, as a
 * release job would, and print its outputs.
 *
 *   npm ci && npm run demo
 *
 * It runs the CLI through bin/aks-snapshot.js, i.e. dist/index.js: the bundle the action ships.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator } from '../test/emulator/index.js'

// AKS_SNAPSHOT_FROM_SOURCE=1 runs src/ through tsx instead of the bundle (while developing).
const cli =
  existsSync('dist/index.js') && !process.env.AKS_SNAPSHOT_FROM_SOURCE
    ? ['bin/aks-snapshot.js']
    : ['node_modules/tsx/dist/cli.mjs', 'scripts/cli-from-source.ts']
const heading = (text: string) => console.log(`\n\u001b[1m== ${text}\u001b[0m`)

// Asynchronous on purpose: the emulator answers from this same process.
function aksSnapshot(args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  console.log(`$ aks-snapshot ${args.join(' ')}`)
  const child = spawn(process.execPath, [...cli, ...args], { stdio: 'inherit', env: { ...process.env, ...env } })
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 2)))
}

heading('1. Lint the example repository (examples/)')
const lintCode = await aksSnapshot(['lint', 'examples', '--catalog', 'examples/.aks-snapshots.json'])
console.log(`(exit code ${lintCode}: ${lintCode === 1 ? 'findings at or above --fail-on, as the examples intend' : 'see above'})`)

heading('2. Take a snapshot against the local ARM emulator')
const emulator = await startEmulator({ operationPolls: 1 })
const work = mkdtempSync(join(tmpdir(), 'aks-snapshot-demo-'))
try {
  emulator.state.addCluster({
    resourceGroup: 'rg-aks-prod',
    name: 'aks-prod',
    location: 'westeurope',
    kubernetesVersion: '1.30.4',
    pools: [
      { name: 'system', mode: 'System', vmSize: 'Standard_D4s_v5', nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202410.15.0' },
      { name: 'apps', vmSize: 'Standard_D8s_v5', nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202410.15.0' }
    ]
  })
  console.log(`emulator: ${emulator.url} (ARM and Microsoft Entra ID), CA ${emulator.caFile}`)
  const catalog = join(work, '.aks-snapshots.json')
  const env = {
    NODE_EXTRA_CA_CERTS: emulator.caFile,
    AZURE_TENANT_ID: emulator.tenantId,
    AZURE_CLIENT_ID: emulator.clientId,
    AZURE_CLIENT_SECRET: emulator.clientSecret,
    AZURE_SUBSCRIPTION_ID: emulator.subscriptionId
  }
  const azure = ['--environment', 'custom', '--arm-endpoint', emulator.url, '--authority-host', emulator.url]
  const code = await aksSnapshot(
    [
      'snapshot',
      ...azure,
      '--resource-group',
      'rg-aks-prod',
      '--cluster-name',
      'aks-prod',
      '--nodepool-name',
      'system',
      '--tags',
      'team=platform',
      '--catalog',
      catalog,
      '--pin',
      'prod'
    ],
    env
  )
  if (code !== 0) throw new Error(`snapshot failed with exit code ${code}`)
  heading('3. The catalog the release job would commit')
  console.log(readFileSync(catalog, 'utf8'))
  heading('4. What the emulator received')
  for (const call of emulator.armCalls()) console.log(`  ${call}`)
} finally {
  await emulator.close()
  rmSync(work, { recursive: true, force: true })
}
