/**
 * Runs the emulator on its own, with a small demo estate, for the demo and
 * for trying the CLI by hand:
 *
 *   npx tsx test/emulator/cli.ts            # prints the URL, CA file and environment to use
 *   npx tsx test/emulator/cli.ts --empty    # no demo clusters
 *   npx tsx test/emulator/cli.ts --port 8443
 *   npx tsx test/emulator/cli.ts --az       # also a proxy and the commands that point azure-cli (az) at it
 *
 * Stops on Ctrl-C (or SIGTERM).
 */
import { startEmulator } from './index.js'
import { azSetup, shellQuote } from './azure-cli.js'
import { startConnectProxy } from './proxy.js'

const portFlag = process.argv.indexOf('--port')
const port = portFlag > 0 ? Number(process.argv[portFlag + 1]) : undefined
const emulator = await startEmulator({ operationPolls: 2, retryAfter: 1, ...(port ? { port } : {}) })
if (!process.argv.includes('--empty')) {
  const { state } = emulator
  const cluster = state.addCluster({
    resourceGroup: 'rg-aks-prod',
    name: 'aks-prod',
    location: 'eastus',
    kubernetesVersion: '1.30.5',
    pools: [
      { name: 'system', mode: 'System', vmSize: 'Standard_D4s_v5', nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202409.23.0' },
      { name: 'user1', vmSize: 'Standard_D8s_v5', nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202409.23.0' },
      { name: 'arm64', vmSize: 'Standard_D4ps_v5', nodeImageVersion: 'AKSUbuntu-2204gen2arm64containerd-202409.23.0' }
    ]
  })
  state.addCluster({
    resourceGroup: 'rg-aks-staging',
    name: 'aks-staging',
    location: 'westeurope',
    kubernetesVersion: '1.31.2',
    pools: [{ name: 'system', mode: 'System', vmSize: 'Standard_D4s_v5' }]
  })
  state.addSnapshot({
    resourceGroup: 'rg-aks-prod',
    name: 'aks-prod-user1-202410010900',
    sourceResourceId: `${cluster.id as string}/agentPools/user1`,
    tags: { 'created-by': 'aks-snapshot' },
    createdAt: '2024-10-01T09:00:00Z'
  })
}

const env = {
  NODE_EXTRA_CA_CERTS: emulator.caFile,
  AZURE_SUBSCRIPTION_ID: emulator.subscriptionId,
  AZURE_TENANT_ID: emulator.tenantId,
  AZURE_CLIENT_ID: emulator.clientId,
  AZURE_CLIENT_SECRET: emulator.clientSecret
}
const proxy = process.argv.includes('--az') ? await startConnectProxy(emulator.url) : undefined
const azLines = proxy
  ? [
      'For azure-cli (bash), in a throw-away config folder (HTTPS to other hosts goes through the proxy, which',
      "tunnels only MSAL's instance discovery, to the emulator, and refuses the rest):",
      `export AZURE_CONFIG_DIR="$(mktemp -d)" REQUESTS_CA_BUNDLE='${emulator.caFile}'`,
      'export AZURE_CORE_COLLECT_TELEMETRY=false AZURE_CORE_SURVEY_MESSAGE=false AZURE_CORE_ERROR_RECOMMENDATION=off',
      `export HTTPS_PROXY=${proxy.url} NO_PROXY=127.0.0.1,localhost`,
      ...azSetup(emulator).map((args) => `az ${args.map(shellQuote).join(' ')}`),
      'az aks nodepool show -g rg-aks-prod --cluster-name aks-prod -n user1 --query id -o tsv',
      ''
    ]
  : []
process.stdout.write(
  [
    `ARM emulator listening on ${emulator.url}`,
    `CA certificate: ${emulator.caFile}`,
    '',
    'Environment for aks-snapshot (bash):',
    ...Object.entries(env).map(([k, v]) => `export ${k}='${v}'`),
    '',
    `Then: aks-snapshot snapshot --environment custom --arm-endpoint ${emulator.url} --authority-host ${emulator.url} \\`,
    '        --resource-group rg-aks-prod --cluster-name aks-prod --nodepool-name user1',
    '',
    ...azLines,
    'Ctrl-C stops the emulator.',
    ''
  ].join('\n')
)

const stop = async (): Promise<void> => {
  await proxy?.close()
  await emulator.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
