import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { openLiveLookup } from '../../src/azure/live.js'
import { Inputs } from '../../src/inputs.js'
import { FakeHost } from '../../__fixtures__/host.js'
import { azureInputs, emulatorForTest } from '../../__fixtures__/emulator.js'
import type { Emulator } from '../../test/emulator/index.js'

let emulator: Emulator
let restore: () => Promise<void>

beforeEach(async () => {
  ;({ emulator, restore } = await emulatorForTest())
})
afterEach(async () => {
  await restore()
})

describe("lint's live look-ups", () => {
  it('reads snapshot properties by id and skips ids that are not there', async () => {
    const c = emulator.state.addCluster({
      resourceGroup: 'rg1',
      name: 'aks1',
      location: 'eastus',
      pools: [{ name: 'np1', mode: 'System', vmSize: 'Standard_D2s_v3' }]
    })
    const snap = emulator.state.addSnapshot({ resourceGroup: 'rg1', name: 's1', sourceResourceId: `${c.id as string}/agentPools/np1` })
    const values: Record<string, string> = azureInputs(emulator)
    delete values['subscription-id']
    const live = await openLiveLookup(new Inputs((n) => values[n]), new FakeHost())
    const missing = (snap.id as string).replace(/s1$/, 'gone')
    const found = await live.resolveLive([snap.id as string, missing, 'not-an-id'])
    expect([...found.keys()]).toEqual([snap.id])
    expect(found.get(snap.id as string)).toMatchObject({
      location: 'eastus',
      kubernetesVersion: '1.30.5',
      vmSize: 'Standard_D2s_v3',
      osType: 'Linux',
      osSku: 'Ubuntu',
      enableFips: false,
      sourceResourceId: `${c.id as string}/agentPools/np1`
    })
    // The subscription for versions comes from the first snapshot id.
    emulator.state.kubernetesVersions = { eastus: ['1.30.5', '1.31.2'] }
    expect(await live.supportedVersionsLive('eastus')).toEqual(['1.30', '1.31'])
  })

  it('has no version list without any subscription to ask in', async () => {
    const values: Record<string, string> = azureInputs(emulator)
    delete values['subscription-id']
    const live = await openLiveLookup(new Inputs((n) => values[n]), new FakeHost())
    expect(await live.supportedVersionsLive('eastus')).toBeUndefined()
  })
})
