import { describe, expect, it } from '@jest/globals'
import { compareVmSizes, familyLabel, parseVmSize } from '../../src/policy/vm-family.js'

describe('parseVmSize', () => {
  it.each([
    ['Standard_D2s_v3', 'D', 'x64', 3],
    ['Standard_DS2_v2', 'D', 'x64', 2],
    ['Standard_D4ps_v5', 'D', 'Arm64', 5],
    ['Standard_D2pls_v5', 'D', 'Arm64', 5],
    ['Standard_NC6s_v3', 'NC', 'x64', 3],
    ['Standard_NC24ads_A100_v4', 'NC', 'x64', 4],
    ['Standard_E4-2ds_v4', 'E', 'x64', 4],
    ['Standard_M8-2ms', 'M', 'x64', 1],
    ['Standard_B2pts_v2', 'B', 'Arm64', 2],
    ['Basic_A1', 'A', 'x64', 1],
    ['Standard_GS5', 'G', 'x64', 1],
    ['Standard_L8s_v3', 'L', 'x64', 3],
    ['Standard_HB120rs_v3', 'HB', 'x64', 3],
    ['Standard_FX4mds', 'FX', 'x64', 1],
    ['standard_d4s_v5', 'D', 'x64', 5],
    ['Standard_DC4s_v3', 'DC', 'x64', 3],
    ['Standard_DC4as_cc_v5', 'DC', 'x64', 5],
    ['Standard_EC8ads_cc_v5', 'EC', 'x64', 5],
    ['Standard_M416s_8_v2', 'M', 'x64', 2],
    ['Standard_M176ds_4_v3', 'M', 'x64', 3]
  ])('%s is family %s on %s, version %i', (size, family, architecture, version) => {
    expect(parseVmSize(size)).toMatchObject({ family, architecture, version })
  })

  it.each(['Foo', 'Standard_Q4', 'Standard_D', 'D4s_v5', ''])('%p is not a size name', (size) => {
    expect(parseVmSize(size)).toBeUndefined()
  })

  it('keeps accelerators and variants apart', () => {
    expect(parseVmSize('Standard_NC24ads_A100_v4')).toMatchObject({ accelerator: 'A100' })
    expect(parseVmSize('Standard_NC24ads_A100_v4')).not.toHaveProperty('variant')
    expect(parseVmSize('Standard_DC4as_cc_v5')).toMatchObject({ variant: 'cc', features: 'as' })
    expect(parseVmSize('Standard_DC4as_cc_v5')).not.toHaveProperty('accelerator')
    expect(parseVmSize('Standard_M416s_8_v2')).toMatchObject({ variant: '8', vcpus: 416 })
  })

  it('labels Arm sizes', () => {
    expect(familyLabel(parseVmSize('Standard_D4ps_v5')!)).toBe('D (Arm64)')
    expect(familyLabel(parseVmSize('Standard_E4s_v5')!)).toBe('E')
  })
})

describe('compareVmSizes (SPEC section 5 examples)', () => {
  it('Standard_D2s_v3 and Standard_DS2_v2 are compatible', () => {
    expect(compareVmSizes('Standard_D2s_v3', 'Standard_DS2_v2').compatible).toBe(true)
  })
  it('Standard_D4s_v5 and Standard_E4s_v5 differ in family', () => {
    expect(compareVmSizes('Standard_D4s_v5', 'Standard_E4s_v5')).toMatchObject({ compatible: false, reason: 'family' })
  })
  it('Standard_D4s_v5 and Standard_D4ps_v5 differ in architecture', () => {
    expect(compareVmSizes('Standard_D4s_v5', 'Standard_D4ps_v5')).toMatchObject({ compatible: false, reason: 'architecture' })
  })
  it('Standard_NC6s_v3 and Standard_D4s_v3 differ in family', () => {
    expect(compareVmSizes('Standard_NC6s_v3', 'Standard_D4s_v3')).toMatchObject({ compatible: false, reason: 'family' })
  })
  it('an unparsable size is reported as such', () => {
    expect(compareVmSizes('Standard_D4s_v5', 'Huge_VM')).toEqual({ compatible: undefined, unparsable: 'Huge_VM' })
  })
})
