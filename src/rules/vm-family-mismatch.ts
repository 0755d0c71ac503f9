import { compareVmSizes } from '../policy/vm-family.js'
import { defineRule, type Report } from './types.js'
import { at, ifKnown, snapshotField, snapshotOf } from './helpers.js'

type VmMessage = 'family' | 'architecture' | 'unparsable' | 'unparsableSnapshot'

/** A snapshot's node image is built for one VM family and CPU architecture. */
export default defineRule(
  {
    id: 'vm-family-mismatch',
    severity: 'error',
    description: "The pool's VM size is of another family or CPU architecture than the snapshot's.",
    fullDescription:
      'A node pool created from a snapshot must use a VM size of the same family and CPU architecture as the pool the snapshot was taken from, because node images differ structurally between them: Standard_D2s_v3 and Standard_DS2_v2 are compatible, Standard_D4s_v5 and Standard_E4s_v5 are not, nor are Standard_D4s_v5 (x64) and Standard_D4ps_v5 (Arm64). Azure rejects the pool when it is created.',
    messages: {
      family: "{{size}} (family {{family}}) and the snapshot's {{snapshotSize}} (family {{snapshotFamily}}) differ.",
      architecture:
        "{{size}} ({{architecture}}) and the snapshot's {{snapshotSize}} ({{snapshotArchitecture}}) differ in CPU architecture.",
      unparsable:
        "{{size}} is not a VM size name aks-snapshot can parse, so its family was not compared with the snapshot's {{snapshotSize}}.",
      unparsableSnapshot:
        "The snapshot's VM size {{snapshotSize}} is not a size name aks-snapshot can parse, so its family was not compared with {{size}}."
    }
  },
  (decl, ctx) => {
    if (decl.kind !== 'pool') return []
    const span = at(decl.vmSize.span)
    return ifKnown(decl.vmSize, snapshotField(snapshotOf(decl, ctx), 'vmSize'), (size, snapshotSize): Report<VmMessage>[] => {
      // A known empty size (a parameter default of '') leaves the size to AKS: nothing to compare.
      if (!size) return []
      const result = compareVmSizes(size, snapshotSize)
      if (result.compatible === true) return []
      if (result.compatible === undefined)
        // Not a finding about the pool, but the user should know the check did not run.
        return [
          {
            messageId: result.unparsable === size ? 'unparsable' : 'unparsableSnapshot',
            data: { size, snapshotSize },
            severity: 'note',
            ...span
          }
        ]
      if (result.reason === 'family')
        return [{ messageId: 'family', data: { size, family: result.a.family, snapshotSize, snapshotFamily: result.b.family }, ...span }]
      return [
        {
          messageId: 'architecture',
          data: { size, architecture: result.a.architecture, snapshotSize, snapshotArchitecture: result.b.architecture },
          ...span
        }
      ]
    })
  }
)
