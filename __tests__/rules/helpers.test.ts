import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  fullyKnownId,
  ifKnown,
  isKnownEmpty,
  isStated,
  sameRegion,
  snapshotIdShape,
  snapshotLabel,
  snapshotOf
} from '../../src/rules/helpers.js'
import { context, known, partial, pool, poolId, snapshotId, SUB, unknown, upgrade, UNKNOWN_PART } from './builders.js'

const U = UNKNOWN_PART

describe('ifKnown', () => {
  it('calls back with the values when all are known', () => {
    expect(ifKnown(known('a'), known(2), (a, b) => [`${a}${b}`])).toEqual(['a2'])
  })

  it('is silent when any value is unknown, partial or absent', () => {
    const calls: unknown[] = []
    const fn = (...v: unknown[]) => (calls.push(v), ['called'])
    expect(ifKnown(known('a'), unknown('parameter'), fn)).toEqual([])
    expect(ifKnown(partial(`x${U}`), known('b'), fn)).toEqual([])
    expect(ifKnown(known('a'), undefined, fn)).toEqual([])
    expect(calls).toEqual([])
  })

  it('keeps known empty values apart from unknown ones', () => {
    expect(ifKnown(known(''), (a) => [a])).toEqual([''])
    expect(ifKnown(known<string | null>(null), (a) => [a])).toEqual([null])
    expect(isKnownEmpty(known(''))).toBe(true)
    expect(isKnownEmpty(known(null))).toBe(true)
    expect(isKnownEmpty(unknown('x'))).toBe(false)
    expect(isKnownEmpty(known('id'))).toBe(false)
  })
})

describe('isStated', () => {
  it('tells a value the source does not state from one it states but we cannot evaluate', () => {
    expect(isStated(unknown('not stated'))).toBe(false)
    expect(isStated(unknown('parameter k8sVersion has no default'))).toBe(true)
    expect(isStated(known('1.30'))).toBe(true)
  })
})

describe('fullyKnownId', () => {
  it('is the id only when whole, known and not empty', () => {
    expect(fullyKnownId({ id: known(snapshotId('s')) })).toBe(snapshotId('s'))
    expect(fullyKnownId({ id: partial(`/subscriptions/${U}/x`) })).toBeUndefined()
    expect(fullyKnownId({ id: known('') })).toBeUndefined()
    expect(fullyKnownId({ id: known(null) })).toBeUndefined()
    expect(fullyKnownId({ id: unknown('x') })).toBeUndefined()
    expect(fullyKnownId(undefined)).toBeUndefined()
  })
})

describe('snapshotOf', () => {
  const SNAP = snapshotId('snap1')
  const ctx = context({ snapshots: [{ id: SNAP, vmSize: 'Standard_D4s_v5', kubernetesVersion: '1.30.4', location: 'eastus' }] })

  it("is the context's snapshot, looked up without regard to case", () => {
    expect(snapshotOf(pool({ snapshot: SNAP.toUpperCase() }), ctx)).toEqual({
      id: SNAP,
      vmSize: 'Standard_D4s_v5',
      kubernetesVersion: '1.30.4',
      location: 'eastus'
    })
  })

  it("puts what the reader resolved over the context's, ignoring undefined properties", () => {
    const decl = upgrade({ snapshot: SNAP, resolved: { kubernetesVersion: '1.30.9', vmSize: undefined, name: 'golden' } })
    expect(snapshotOf(decl, ctx)).toEqual({
      id: SNAP,
      vmSize: 'Standard_D4s_v5',
      kubernetesVersion: '1.30.9',
      location: 'eastus',
      name: 'golden'
    })
  })

  it('does not look up an id with unknown parts, but keeps what the reader resolved', () => {
    const id = `/subscriptions/${U}/resourceGroups/rg-snapshots/providers/Microsoft.ContainerService/snapshots/snap1`
    expect(snapshotOf(pool({ snapshot: partial(id) }), ctx)).toBeUndefined()
    expect(snapshotOf(pool({ snapshot: partial(id), resolved: { vmSize: 'Standard_E2s_v5' } }), ctx)).toEqual({ vmSize: 'Standard_E2s_v5' })
  })

  it('is undefined without a reference or for other declarations', () => {
    expect(snapshotOf(pool(), ctx)).toBeUndefined()
    expect(snapshotOf(pool({ snapshot: snapshotId('other') }), ctx)).toBeUndefined()
  })
})

describe('sameRegion', () => {
  it.each([
    ['eastus', 'East US', true],
    ['West Europe', 'westeurope', true],
    ['eastus', 'eastus2', false]
  ])('%s and %s → %p', (a, b, same) => {
    expect(sameRegion(a, b)).toBe(same)
  })
})

describe('snapshotLabel', () => {
  it("is the snapshot's name, else the last segment of its id", () => {
    expect(snapshotLabel({ name: 'golden' })).toBe('golden')
    expect(snapshotLabel({ id: snapshotId('nightly') })).toBe('nightly')
    expect(snapshotLabel(undefined, { id: known(snapshotId('ref')) })).toBe('ref')
    expect(snapshotLabel(undefined)).toBe('the snapshot')
  })
})

describe('snapshotIdShape', () => {
  it.each([
    snapshotId('snap1'),
    `/subscriptions/${SUB}/resourcegroups/rg/providers/microsoft.containerservice/snapshots/s`,
    `/subscriptions/${U}/resourceGroups/${U}/providers/Microsoft.ContainerService/snapshots/${U}`,
    `${U}/providers/Microsoft.ContainerService/snapshots/snap1`,
    `${U}/snapshots/${U}`,
    `/subscriptions/${SUB}/resourceGroups/rg-${U}/providers/Microsoft.ContainerService/snapshots/snap-${U}-1`,
    U
  ])('%s may be a snapshot id', (id) => {
    expect(snapshotIdShape(id)).toEqual({ kind: 'snapshot' })
  })

  it.each([
    [poolId('aks1', 'np1'), { kind: 'nodePool' }],
    [
      `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.ContainerService/managedclustersnapshots/c1`,
      { kind: 'clusterSnapshot' }
    ],
    [
      `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/vmss1/virtualMachines/0`,
      { kind: 'otherResource', type: 'Microsoft.Compute/virtualMachineScaleSets/virtualMachines' }
    ],
    // A resource group named "providers" does not confuse the type.
    [
      `/subscriptions/${SUB}/resourceGroups/providers/providers/Microsoft.Network/virtualNetworks/v`,
      { kind: 'otherResource', type: 'Microsoft.Network/virtualNetworks' }
    ],
    ['snap1', { kind: 'bareName' }],
    [`snap-${U}`, { kind: 'bareName' }],
    [`${snapshotId('snap1')}/`, { kind: 'malformed' }],
    [`${snapshotId('snap1')}/extra`, { kind: 'malformed' }],
    [`/subscriptions/${SUB}/resourceGroups//providers/Microsoft.ContainerService/snapshots/s`, { kind: 'malformed' }],
    // An unknown part cannot make a literal `/` part of a name.
    [`/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/a/${U}`, { kind: 'malformed' }],
    [`${U}/agentPools/np1`, { kind: 'malformed' }],
    ['', { kind: 'malformed' }]
  ])('%s is not a snapshot id', (id, shape) => {
    expect(snapshotIdShape(id)).toEqual(shape)
  })
})

describe('snapshotIdShape on ids with unknown parts (property)', () => {
  // Any part of a snapshot id may be unknown to a reader (a parameter, a `$(...)`):
  // replacing any substrings of a valid id with `{?}` must never make it invalid.
  const segment = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,15}$/)
  const validId = fc.tuple(fc.uuid(), segment, segment, fc.boolean()).map(([sub, rg, name, lower]) => {
    const id = `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.ContainerService/snapshots/${name}`
    return lower ? id.toLowerCase() : id
  })
  const withUnknownParts = validId.chain((id) =>
    fc
      .uniqueArray(fc.nat(id.length), { minLength: 2, maxLength: 6 })
      .map((cuts) => cuts.sort((a, b) => a - b))
      .map((cuts) => {
        // Cut the id at even/odd pairs of positions and put {?} in the odd pieces.
        let out = ''
        let from = 0
        for (let i = 0; i + 1 < cuts.length; i += 2) {
          out += id.slice(from, cuts[i]) + U
          from = cuts[i + 1]
        }
        return out + id.slice(from)
      })
  )

  it('a valid id is a snapshot id', () => {
    fc.assert(fc.property(validId, (id) => expect(snapshotIdShape(id)).toEqual({ kind: 'snapshot' })))
  })

  it('a valid id with unknown parts is still one', () => {
    fc.assert(fc.property(withUnknownParts, (id) => expect(snapshotIdShape(id)).toEqual({ kind: 'snapshot' })))
  })

  it("a node pool id with unknown parts that keep '/agentPools/' is never one", () => {
    fc.assert(
      fc.property(segment, segment, segment, (rg, cluster, pool) => {
        const id = `/subscriptions/${U}/resourceGroups/${rg}/providers/Microsoft.ContainerService/managedClusters/${cluster}/agentPools/${pool}`
        expect(snapshotIdShape(id)).toEqual({ kind: 'nodePool' })
      })
    )
  })
})
