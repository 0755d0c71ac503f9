/**
 * SPEC §5 sentence by sentence, through `lintSources` with the real readers
 * and rules: the smallest script (or template) for each sentence and the
 * exact findings a user sees.
 */
import { describe, expect, it } from '@jest/globals'
import { lintSources } from '../../src/lint/engine.js'
import type { Catalog } from '../../src/policy/catalog.js'

const S = (n: string) => `/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/${n}`
const snap = (name: string, extra: Record<string, unknown> = {}) => ({
  id: S(name),
  location: 'eastus',
  kubernetesVersion: '1.30.4',
  nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202409.23.0',
  osType: 'Linux',
  osSku: 'Ubuntu',
  vmSize: 'Standard_D4s_v5',
  enableFips: false,
  ...extra
})
const catalog: Catalog = {
  snapshots: [
    snap('s130'),
    snap('s129', { location: 'westus', kubernetesVersion: '1.29.2', nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202401.10.0' }),
    snap('s131', { kubernetesVersion: '1.31.1' }),
    snap('oldimage', { nodeImageVersion: 'AKSUbuntu-2204gen2containerd-2022.09.28' }),
    snap('mariner', { osSku: 'CBLMariner', nodeImageVersion: 'AKSCBLMariner-V2gen2-202301.10.0' }),
    snap('dc', { vmSize: 'Standard_DC4s_v3' })
  ],
  pins: {},
  supportedKubernetesVersions: { eastus: ['1.30', '1.31'], westus: ['1.31'], '*': ['1.31'] }
}
const add = (id: string, extra = '') =>
  `az aks nodepool add -g rg --cluster-name aks -n np ${extra}${extra ? ' ' : ''}--snapshot-id ${S(id)}`
const up = (id: string, extra = '') =>
  `az aks nodepool upgrade -g rg --cluster-name aks -n np ${extra}${extra ? ' ' : ''}--snapshot-id ${S(id)}`

type Row = [sentence: string, lines: string[], findings: string[]]

const rows: Row[] = [
  [
    'a pool gets at most one version-conflict (stated minor differs from the snapshot and is newer than the control plane)',
    [`az aks create -g rg -n aks --kubernetes-version 1.29.0 --snapshot-id ${S('s129')}`, add('s130', '--kubernetes-version 1.31.1')],
    [
      'a.sh:1:56-1:159 unsupported-version Snapshot s129 has Kubernetes version 1.29.2, and 1.29 is not supported in westus (supported: 1.31).',
      "a.sh:2:52-2:79 version-conflict Kubernetes version 1.31.1 and the snapshot's 1.30.4 differ in major.minor (1.31 and 1.30)."
    ]
  ],
  [
    "a stated version wins over the snapshot's when comparing with the control plane",
    [`az aks create -g rg -n aks --kubernetes-version 1.30.2 --snapshot-id ${S('s130')}`, add('s130', '--kubernetes-version 1.30.1')],
    []
  ],
  [
    "az aks create --snapshot-id without --kubernetes-version gives the control plane the snapshot's version",
    [`az aks create -g rg -n aks --snapshot-id ${S('s129')}`, add('s130')],
    [
      'a.sh:1:28-1:131 unsupported-version Snapshot s129 has Kubernetes version 1.29.2, and 1.29 is not supported in westus (supported: 1.31).',
      "a.sh:2:52-2:155 version-conflict Node pool np gets Kubernetes version 1.30.4 from snapshot s130, newer than its cluster's control plane 1.29.2."
    ]
  ],
  [
    'az aks upgrade --control-plane-only touches no pool and is not an unpinned-upgrade',
    ['az aks upgrade -g rg -n aks --kubernetes-version 1.31 --control-plane-only'],
    []
  ],
  [
    "unsupported-version: the pool's region first (East US is eastus)",
    [
      `az aks create -g rg -n aks -l "East US" --kubernetes-version 1.31 --snapshot-id ${S('s131')}`,
      add('s129', '--kubernetes-version 1.29')
    ],
    [
      'a.sh:2:78-2:181 unsupported-version Snapshot s129 has Kubernetes version 1.29.2, and 1.29 is not supported in East US (supported: 1.30, 1.31).'
    ]
  ],
  [
    'unsupported-version: a region without a list of its own uses the list\'s "*" entry',
    [
      `az aks create -g rg -n aks -l northeurope --kubernetes-version 1.31 --snapshot-id ${S('s131')}`,
      add('s130', '--kubernetes-version 1.30')
    ],
    [
      'a.sh:2:78-2:181 unsupported-version Snapshot s130 has Kubernetes version 1.30.4, and 1.30 is not supported in northeurope (supported: 1.31).'
    ]
  ],
  [
    'node images of the older YYYY.MM.DD form compare with YYYYMM.DD.patch of the same prefix',
    [add('s130'), up('oldimage', '--node-image-only')],
    [
      "a.sh:2:74-2:181 version-downgrade Snapshot oldimage has node image AKSUbuntu-2204gen2containerd-2022.09.28, older than node pool np's current AKSUbuntu-2204gen2containerd-202409.23.0."
    ]
  ],
  ['node images of different prefixes do not compare', [add('s130'), up('mariner', '--node-image-only')], []],
  [
    'Standard_DC4s_v3 and Standard_D4s_v3 are of different families (DC and D)',
    [add('dc', '--node-vm-size Standard_D4s_v3')],
    ["a.sh:1:52-1:82 vm-family-mismatch Standard_D4s_v3 (family D) and the snapshot's Standard_DC4s_v3 (family DC) differ."]
  ],
  [
    'an unparsable size is a note of vm-family-mismatch that says so',
    [add('s130', '--node-vm-size Standard_Weird')],
    [
      "a.sh:1:52-1:81 vm-family-mismatch Standard_Weird is not a VM size name aks-snapshot can parse, so its family was not compared with the snapshot's Standard_D4s_v5. (note)"
    ]
  ],
  [
    'resource ids compare case-insensitively (resourcegroups, upper-case names)',
    [
      `az aks nodepool add -g rg --cluster-name aks -n np --snapshot-id ${S('s130').replace('resourceGroups', 'resourcegroups').replace('s130', 'S130')}`
    ],
    []
  ],
  [
    'unknown-snapshot: a fully known valid id not in the catalog',
    [add('nope')],
    [
      'a.sh:1:52-1:155 unknown-snapshot Snapshot /subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/nope is not in the snapshot catalog.'
    ]
  ],
  ['unknown-snapshot: an id with an unknown part is not looked up', [add('$NAME')], []]
]

describe('SPEC §5 through the real readers', () => {
  it.each(rows)('%s', async (_, lines, expected) => {
    const result = await lintSources([{ path: 'a.sh', text: lines.join('\n') + '\n' }], { catalog })
    expect(
      result.findings.map(
        (f) =>
          `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId} ${f.message}${f.severity === 'note' ? ' (note)' : ''}`
      )
    ).toEqual(expected)
  })

  it('unknown-snapshot needs a catalog', async () => {
    const result = await lintSources([{ path: 'a.sh', text: add('nope') + '\n' }])
    expect(result.findings).toEqual([])
  })
})
