import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdtempSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { main } from '../../../src/cli.js'
import { lintSources } from '../../../src/lint/engine.js'

const SEEDS = fileURLToPath(new URL('../../fixtures/seeds/', import.meta.url))

/** Runs `aks-snapshot lint <file> --format json` in a folder holding only that seed page. */
async function lintSeed(
  name: string
): Promise<{ code: number; findings: { ruleId: string; severity: string; line: number; column: number; message: string }[] }> {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'aks-cli-seed-')))
  const cwd = process.cwd()
  copyFileSync(join(SEEDS, name), join(dir, name))
  let out = ''
  try {
    process.chdir(dir)
    const code = await main(['lint', name, '--format', 'json'], {
      stdout: (t) => (out += t),
      stderr: () => undefined,
      env: {},
      isTTY: false
    })
    return { code, findings: JSON.parse(out).findings }
  } finally {
    process.chdir(cwd)
    rmSync(dir, { recursive: true, force: true })
  }
}

const SNAPSHOT_SHOW = 'az aks snapshot show is the preview-era node pool snapshot command: use az aks nodepool snapshot show.'

describe('az CLI lint end to end: the seed pages', () => {
  it('reports nothing on the GA page', async () => {
    expect(await lintSeed('ga.md')).toEqual({ code: 0, findings: [] })
  })

  it('reports the preview-era commands of the French preview page as warnings, and nothing else', async () => {
    const { code, findings } = await lintSeed('preview-fr.md')
    expect(code).toBe(0)
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`)).toEqual([
      '54:1 warning deprecated-command az feature register --name SnapshotPreview is a preview-era feature registration that node pool snapshots no longer need: use the GA az aks nodepool snapshot commands, which need no feature.',
      '83:1 warning deprecated-command az aks snapshot create --nodepool-id is the preview-era node pool snapshot command: use az aks nodepool snapshot create.',
      `91:15 warning deprecated-command ${SNAPSHOT_SHOW}`,
      `107:15 warning deprecated-command ${SNAPSHOT_SHOW}`,
      `126:15 warning deprecated-command ${SNAPSHOT_SHOW}`,
      '132:1 warning deprecated-command az aks cluster create is not an az command (it never existed): use az aks create.'
    ])
  })
})

describe('az CLI lint end to end: scripts', () => {
  const cwd = process.cwd()
  beforeAll(() => process.chdir(tmpdir()))
  afterAll(() => process.chdir(cwd))

  const run = async (path: string, text: string) =>
    (await lintSources([{ path, text }])).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`)

  it('finds what a deploy script gets wrong, pointing at the flag', async () => {
    const script = [
      '#!/usr/bin/env bash',
      'set -euo pipefail',
      'RG=rg-aks-prod',
      'az group create -n $RG -l westeurope',
      'az aks create -g $RG -n aks-prod -k 1.29.7 -s Standard_D4s_v5 --generate-ssh-keys',
      'az aks nodepool add -g "$RG" --cluster-name aks-prod -n user1 -s Standard_D8s_v5 -k 1.29.7',
      'NODEPOOL_ID=$(az aks nodepool show -g $RG --cluster-name aks-prod -n user1 --query id -o tsv)',
      'az aks nodepool snapshot create -g $RG -n snap-user1 --nodepool-id "$NODEPOOL_ID" --location northeurope',
      'SNAPSHOT_ID=$(az aks nodepool snapshot show -g $RG -n snap-user1 --query id -o tsv)',
      'az aks nodepool add -g $RG --cluster-name aks-prod -n gpu1 --node-vm-size Standard_NC6s_v3 --snapshot-id "$SNAPSHOT_ID"',
      'az aks nodepool add -g $RG --cluster-name aks-prod -n user2 --snapshot-id "$SNAPSHOT_ID" --kubernetes-version 1.30.1',
      'az aks nodepool upgrade -g $RG --cluster-name aks-prod -n user1 --snapshot-id $SNAPSHOT_ID',
      'az aks nodepool upgrade -g $RG --cluster-name aks-prod -n user1 --node-image-only',
      'az aks upgrade -g $RG -n aks-prod --kubernetes-version 1.30.3 --control-plane-only --yes',
      'az aks upgrade -g $RG -n aks-prod --kubernetes-version 1.30.3 --yes',
      'az aks nodepool add -g $RG --cluster-name aks-prod -n win1 --os-type Windows --snapshot-id "$SNAPSHOT_ID"'
    ].join('\n')
    expect(await run('scripts/deploy.sh', script)).toEqual([
      'scripts/deploy.sh:5:1 missing-snapshot-id Node pool nodepool1 is created without a snapshot reference.',
      'scripts/deploy.sh:6:1 missing-snapshot-id Node pool user1 is created without a snapshot reference.',
      "scripts/deploy.sh:8:83 snapshot-region Snapshot snap-user1 is taken in northeurope, but its source node pool is in westeurope: AKS creates a snapshot in its source pool's region.",
      "scripts/deploy.sh:10:60 vm-family-mismatch Standard_NC6s_v3 (family NC) and the snapshot's Standard_D8s_v5 (family D) differ.",
      "scripts/deploy.sh:11:90 version-conflict Kubernetes version 1.30.1 and the snapshot's 1.29.7 differ in major.minor (1.30 and 1.29).",
      expect.stringMatching(/^scripts\/deploy\.sh:12:1 node-image-only-required /),
      expect.stringMatching(/^scripts\/deploy\.sh:13:1 unpinned-upgrade /),
      expect.stringMatching(/^scripts\/deploy\.sh:15:1 unpinned-upgrade /),
      "scripts/deploy.sh:16:60 os-mismatch OS type Windows and the snapshot's Linux differ."
    ])
  })

  it('reports an upgrade newer than the control plane created earlier in the script, at its --kubernetes-version', async () => {
    const script = [
      'az aks create -g rg -n c -k 1.30.4 --generate-ssh-keys',
      'az aks nodepool upgrade -g rg --cluster-name c -n nodepool1 -k 1.31.1 --snapshot-id "$S"'
    ].join('\n')
    expect((await run('up.sh', script)).filter((f) => f.includes('version-conflict'))).toEqual([
      "up.sh:2:61 version-conflict Node pool nodepool1 is upgraded to Kubernetes version 1.31.1, newer than its cluster's control plane 1.30.4."
    ])
  })

  it('names a pool, cluster or snapshot whose name is a variable as the script writes it', async () => {
    const script = [
      'az aks create -g rg -n c -l eastus --snapshot-id "$S" --generate-ssh-keys',
      'az aks nodepool snapshot create -g rg -n "dev2-system-$(date +%Y%m)" --location westus \\',
      '  --nodepool-id "$(az aks nodepool show -g rg --cluster-name c -n nodepool1 --query id -o tsv)"',
      'az aks nodepool upgrade -g rg --cluster-name c -n "$pool" --node-image-only',
      'az aks upgrade -g rg -n $ClusterName -k 1.31.1'
    ].join('\n')
    expect(await run('names.sh', script)).toEqual([
      'names.sh:2:70 snapshot-region Snapshot "dev2-system-$(date +%Y%m)" is taken in westus, but its source node pool is in eastus: AKS creates a snapshot in its source pool\'s region.',
      'names.sh:4:1 unpinned-upgrade Node pool "$pool" is upgraded with --node-image-only but without --snapshot-id, so it gets the newest node image, not a snapshot\'s.',
      'names.sh:5:1 unpinned-upgrade Cluster $ClusterName is upgraded with az aks upgrade, which upgrades every node pool without a snapshot and drops their snapshot links.'
    ])
    expect(await run('names.ps1', 'az aks upgrade -g rg -n $ClusterName -k 1.31.1\n')).toEqual([
      'names.ps1:1:1 unpinned-upgrade Cluster $ClusterName is upgraded with az aks upgrade, which upgrades every node pool without a snapshot and drops their snapshot links.'
    ])
  })
})
