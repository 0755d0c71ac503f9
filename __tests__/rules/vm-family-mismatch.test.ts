import rule from '../../src/rules/vm-family-mismatch.js'
import { context, partial, pool, snapshotId, unknown, UNKNOWN_PART } from './builders.js'
import { ruleTester } from './tester.js'

const SNAP = snapshotId('snap1')
const withSnapshot = (vmSize: string) => context({ snapshots: [{ id: SNAP, vmSize }] })
const VM_SIZE_LINE = (size: string) => ({ line: 5, column: 5, endLine: 5, endColumn: 5 + size.length + 2 })

ruleTester(rule, {
  valid: [
    { name: 'same size', decl: pool({ vmSize: 'Standard_D4s_v5', snapshot: SNAP }), ctx: withSnapshot('Standard_D4s_v5') },
    {
      name: 'same family, other vCPUs, features and version (D2s_v3 and DS2_v2)',
      decl: pool({ vmSize: 'Standard_D2s_v3', snapshot: SNAP }),
      ctx: withSnapshot('Standard_DS2_v2')
    },
    {
      name: 'same family, both Arm64',
      decl: pool({ vmSize: 'Standard_D8ps_v5', snapshot: SNAP }),
      ctx: withSnapshot('Standard_D2pds_v5')
    },
    {
      name: 'the snapshot id is matched case-insensitively',
      decl: pool({ vmSize: 'Standard_D8s_v5', snapshot: SNAP.toLowerCase() }),
      ctx: withSnapshot('Standard_D4s_v5')
    },
    { name: "no VM size stated (AKS takes the snapshot's)", decl: pool({ snapshot: SNAP }), ctx: withSnapshot('Standard_D4s_v5') },
    {
      name: 'the VM size is a parameter without default',
      decl: pool({ vmSize: unknown('parameter vmSize has no default'), snapshot: SNAP }),
      ctx: withSnapshot('Standard_D4s_v5')
    },
    {
      name: 'the VM size is partly unknown',
      decl: pool({ vmSize: partial(`Standard_E${UNKNOWN_PART}s_v5`), snapshot: SNAP }),
      ctx: withSnapshot('Standard_D4s_v5')
    },
    {
      name: "a known empty size (a parameter default of '') is left to AKS",
      decl: pool({ vmSize: '', snapshot: SNAP }),
      ctx: withSnapshot('Standard_D4s_v5')
    },
    { name: 'the snapshot is not known anywhere', decl: pool({ vmSize: 'Standard_E4s_v5', snapshot: SNAP }), ctx: context() },
    {
      name: "the snapshot's VM size is not known",
      decl: pool({ vmSize: 'Standard_E4s_v5', snapshot: SNAP }),
      ctx: context({ snapshots: [{ id: SNAP, kubernetesVersion: '1.30.4' }] })
    },
    {
      name: 'the snapshot id is unknown and the reader resolved nothing',
      decl: pool({ vmSize: 'Standard_E4s_v5', snapshot: unknown('module output') }),
      ctx: withSnapshot('Standard_D4s_v5')
    },
    { name: 'no snapshot reference (missing-snapshot-id says so)', decl: pool({ vmSize: 'Standard_E4s_v5' }) },
    {
      name: 'a confidential child-capable size (_cc) is of its family (DC)',
      decl: pool({ vmSize: 'Standard_DC4as_cc_v5', snapshot: SNAP }),
      ctx: withSnapshot('Standard_DC2as_v5')
    },
    {
      name: 'M-series memory variants (_8, _3) are of family M',
      decl: pool({ vmSize: 'Standard_M416s_8_v2', snapshot: SNAP }),
      ctx: withSnapshot('Standard_M176s_3_v3')
    }
  ],
  invalid: [
    {
      name: 'another family (D and E)',
      decl: pool({ vmSize: 'Standard_D4s_v5', snapshot: SNAP }),
      ctx: withSnapshot('Standard_E4s_v5'),
      errors: [
        {
          messageId: 'family',
          message: "Standard_D4s_v5 (family D) and the snapshot's Standard_E4s_v5 (family E) differ.",
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 22
        }
      ]
    },
    {
      name: 'a GPU size and a general purpose one (NC and D)',
      decl: pool({ vmSize: 'Standard_NC6s_v3', snapshot: SNAP }),
      ctx: withSnapshot('Standard_D4s_v3'),
      errors: [
        {
          messageId: 'family',
          message: "Standard_NC6s_v3 (family NC) and the snapshot's Standard_D4s_v3 (family D) differ.",
          ...VM_SIZE_LINE('Standard_NC6s_v3')
        }
      ]
    },
    {
      name: 'DC (confidential) is a family of its own, not D',
      decl: pool({ vmSize: 'Standard_D4s_v3', snapshot: SNAP }),
      ctx: withSnapshot('Standard_DC4s_v3'),
      errors: [
        {
          messageId: 'family',
          message: "Standard_D4s_v3 (family D) and the snapshot's Standard_DC4s_v3 (family DC) differ.",
          ...VM_SIZE_LINE('Standard_D4s_v3')
        }
      ]
    },
    {
      name: 'a _cc size of another family (DC and EC)',
      decl: pool({ vmSize: 'Standard_EC4as_cc_v5', snapshot: SNAP }),
      ctx: withSnapshot('Standard_DC4as_cc_v5'),
      errors: [
        {
          messageId: 'family',
          message: "Standard_EC4as_cc_v5 (family EC) and the snapshot's Standard_DC4as_cc_v5 (family DC) differ.",
          ...VM_SIZE_LINE('Standard_EC4as_cc_v5')
        }
      ]
    },
    {
      name: 'same family, another CPU architecture (D4ps_v5 is Arm64)',
      decl: pool({ vmSize: 'Standard_D4ps_v5', snapshot: SNAP }),
      ctx: withSnapshot('Standard_D4s_v5'),
      errors: [
        {
          messageId: 'architecture',
          message: "Standard_D4ps_v5 (Arm64) and the snapshot's Standard_D4s_v5 (x64) differ in CPU architecture.",
          ...VM_SIZE_LINE('Standard_D4ps_v5')
        }
      ]
    },
    {
      name: 'properties the reader resolved win over the context',
      decl: pool({ vmSize: 'Standard_D4s_v5', snapshot: SNAP, resolved: { vmSize: 'Standard_F8s_v2' } }),
      ctx: withSnapshot('Standard_D2s_v5'),
      errors: [
        {
          messageId: 'family',
          message: "Standard_D4s_v5 (family D) and the snapshot's Standard_F8s_v2 (family F) differ.",
          ...VM_SIZE_LINE('Standard_D4s_v5')
        }
      ]
    },
    {
      name: 'properties resolved by the reader for a snapshot id with unknown parts',
      decl: pool({
        vmSize: 'Standard_E8s_v5',
        snapshot: partial(`/subscriptions/${UNKNOWN_PART}/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/snap1`),
        resolved: { vmSize: 'Standard_D4s_v5' }
      }),
      errors: [
        {
          messageId: 'family',
          message: "Standard_E8s_v5 (family E) and the snapshot's Standard_D4s_v5 (family D) differ.",
          ...VM_SIZE_LINE('Standard_E8s_v5')
        }
      ]
    },
    {
      name: 'an unparsable pool size is a note, not an error',
      decl: pool({ vmSize: 'Standard_Q4', snapshot: SNAP }),
      ctx: withSnapshot('Standard_D4s_v5'),
      errors: [
        {
          messageId: 'unparsable',
          message:
            "Standard_Q4 is not a VM size name aks-snapshot can parse, so its family was not compared with the snapshot's Standard_D4s_v5.",
          severity: 'note',
          ...VM_SIZE_LINE('Standard_Q4')
        }
      ]
    },
    {
      name: "an unparsable snapshot size is a note on the pool's size",
      decl: pool({ vmSize: 'Standard_D4s_v5', snapshot: SNAP }),
      ctx: withSnapshot('D4s_v5'),
      errors: [
        {
          messageId: 'unparsableSnapshot',
          message:
            "The snapshot's VM size D4s_v5 is not a size name aks-snapshot can parse, so its family was not compared with Standard_D4s_v5.",
          severity: 'note',
          ...VM_SIZE_LINE('Standard_D4s_v5')
        }
      ]
    }
  ]
})
