import rule from '../../src/rules/os-mismatch.js'
import type { SnapshotInfo } from '../../src/model.js'
import { context, pool, snapshotId, unknown } from './builders.js'
import { ruleTester } from './tester.js'

const SNAP = snapshotId('snap1')
const snap = (info: Partial<SnapshotInfo>) => context({ snapshots: [{ id: SNAP, ...info }] })
const LINUX = snap({ osType: 'Linux', osSku: 'Ubuntu', enableFips: false })
const WINDOWS = snap({ osType: 'Windows', osSku: 'Windows2022', enableFips: false })
const SNAPSHOT_LINE = { line: 12, column: 5, endLine: 12, endColumn: 5 + SNAP.length + 2 }

ruleTester(rule, {
  valid: [
    { name: "nothing stated: the pool takes the snapshot's OS", decl: pool({ snapshot: SNAP }), ctx: LINUX },
    {
      name: 'the same OS type, SKU and FIPS, in other casing',
      decl: pool({ osType: 'linux', osSku: 'ubuntu', enableFips: false, snapshot: SNAP }),
      ctx: LINUX
    },
    {
      name: 'the generic Ubuntu SKU and a snapshot of Ubuntu2204',
      decl: pool({ osSku: 'Ubuntu', snapshot: SNAP }),
      ctx: snap({ osType: 'Linux', osSku: 'Ubuntu2204' })
    },
    {
      name: 'CBLMariner is the old name of AzureLinux',
      decl: pool({ osSku: 'CBLMariner', snapshot: SNAP }),
      ctx: snap({ osSku: 'AzureLinux' })
    },
    {
      name: 'the generic AzureLinux SKU and a snapshot of AzureLinux3',
      decl: pool({ osSku: 'AzureLinux3', snapshot: SNAP }),
      ctx: snap({ osSku: 'AzureLinux' })
    },
    {
      name: 'Mariner (Azure Linux 2) and a snapshot of the generic AzureLinux',
      decl: pool({ osSku: 'Mariner', snapshot: SNAP }),
      ctx: snap({ osSku: 'azurelinux' })
    },
    {
      name: 'a Windows user pool from a Windows snapshot',
      decl: pool({ osType: 'Windows', osSku: 'Windows2022', snapshot: SNAP }),
      ctx: WINDOWS
    },
    { name: 'a Linux system pool from a Linux snapshot', decl: pool({ system: true, snapshot: SNAP }), ctx: LINUX },
    {
      name: 'values from parameters without default',
      decl: pool({
        osType: unknown('parameter osType'),
        osSku: unknown('parameter osSku'),
        enableFips: unknown('parameter fips'),
        snapshot: SNAP
      }),
      ctx: LINUX
    },
    { name: "the snapshot's OS is unknown", decl: pool({ osType: 'Windows', enableFips: true, snapshot: SNAP }), ctx: context() },
    { name: 'no snapshot', decl: pool({ osType: 'Windows', system: true }), ctx: WINDOWS }
  ],
  invalid: [
    {
      name: 'another OS type',
      decl: pool({ osType: 'Windows', snapshot: SNAP }),
      ctx: LINUX,
      errors: [
        { messageId: 'osType', message: "OS type Windows and the snapshot's Linux differ.", line: 9, column: 5, endLine: 9, endColumn: 14 }
      ]
    },
    {
      name: 'another OS SKU',
      decl: pool({ osSku: 'AzureLinux', snapshot: SNAP }),
      ctx: LINUX,
      errors: [
        {
          messageId: 'osSku',
          message: "OS SKU AzureLinux and the snapshot's Ubuntu differ.",
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 17
        }
      ]
    },
    {
      name: 'another Ubuntu release',
      decl: pool({ osSku: 'Ubuntu2404', snapshot: SNAP }),
      ctx: snap({ osSku: 'Ubuntu2204' }),
      errors: [
        {
          messageId: 'osSku',
          message: "OS SKU Ubuntu2404 and the snapshot's Ubuntu2204 differ.",
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 17
        }
      ]
    },
    {
      name: 'CBLMariner is Azure Linux 2, not AzureLinux3',
      decl: pool({ osSku: 'CBLMariner', snapshot: SNAP }),
      ctx: snap({ osSku: 'AzureLinux3' }),
      errors: [
        {
          messageId: 'osSku',
          message: "OS SKU CBLMariner and the snapshot's AzureLinux3 differ.",
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 17
        }
      ]
    },
    {
      name: 'FIPS enabled on the pool, not on the snapshot',
      decl: pool({ enableFips: true, snapshot: SNAP }),
      ctx: LINUX,
      errors: [
        {
          messageId: 'fips',
          message: "FIPS enabled and the snapshot's FIPS disabled differ.",
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 11
        }
      ]
    },
    {
      name: 'FIPS disabled on the pool, enabled on the snapshot (resolved by the reader)',
      decl: pool({ enableFips: false, snapshot: SNAP, resolved: { enableFips: true } }),
      errors: [
        {
          messageId: 'fips',
          message: "FIPS disabled and the snapshot's FIPS enabled differ.",
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 12
        }
      ]
    },
    {
      name: 'a Windows snapshot for a system pool',
      decl: pool({ name: 'system', system: true, snapshot: SNAP }),
      ctx: WINDOWS,
      errors: [
        {
          messageId: 'windowsSystemPool',
          message: 'Snapshot snap1 is a Windows snapshot and node pool system is a system pool, which must run Linux.',
          ...SNAPSHOT_LINE
        }
      ]
    },
    {
      name: 'every difference is its own report',
      decl: pool({ system: true, osType: 'Linux', osSku: 'Ubuntu', enableFips: true, snapshot: SNAP }),
      ctx: snap({ name: 'win-golden', osType: 'Windows', osSku: 'Windows2019', enableFips: false }),
      errors: [
        { messageId: 'osType', message: "OS type Linux and the snapshot's Windows differ.", line: 9, column: 5, endLine: 9, endColumn: 12 },
        {
          messageId: 'osSku',
          message: "OS SKU Ubuntu and the snapshot's Windows2019 differ.",
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 13
        },
        {
          messageId: 'fips',
          message: "FIPS enabled and the snapshot's FIPS disabled differ.",
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 11
        },
        {
          messageId: 'windowsSystemPool',
          message: 'Snapshot win-golden is a Windows snapshot and node pool user1 is a system pool, which must run Linux.',
          ...SNAPSHOT_LINE
        }
      ]
    }
  ]
})
