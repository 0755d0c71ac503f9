import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { compareKubernetes, compareNodeImages, minorOf, parseKubernetes, parseNodeImage } from '../../src/policy/versions.js'

describe('parseKubernetes', () => {
  it.each([
    ['1.30.4', { major: 1, minor: 30, patch: 4 }],
    ['1.30', { major: 1, minor: 30 }],
    ['v1.29.10', { major: 1, minor: 29, patch: 10 }],
    [' 1.31.1 ', { major: 1, minor: 31, patch: 1 }]
  ])('%p', (text, expected) => {
    expect(parseKubernetes(text)).toEqual(expected)
  })

  it.each(['', '1', '1.30.4.1', '1.x', 'latest', '1.30.4-preview', '$VERSION'])('%p is not a version', (text) => {
    expect(parseKubernetes(text)).toBeUndefined()
  })
})

describe('minorOf', () => {
  it.each([
    ['1.30.4', '1.30'],
    ['1.30', '1.30'],
    ['1.9.11', '1.9'],
    ['nope', undefined]
  ])('%p → %p', (version, minor) => {
    expect(minorOf(version)).toBe(minor)
  })
})

describe('compareKubernetes', () => {
  it.each([
    ['1.30.4', '1.30.4', 0],
    ['1.30.10', '1.30.9', 1], // numeric, not lexical
    ['1.30.9', '1.30.10', -1],
    ['1.9.0', '1.10.0', -1],
    ['1.31.0', '1.30.12', 1],
    ['2.0.0', '1.99.99', 1],
    ['1.30', '1.30.4', 0], // 1.30 means any patch of 1.30
    ['1.30.4', '1.30', 0],
    ['1.30', '1.31.0', -1],
    ['1.31', '1.30', 1]
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareKubernetes(a, b)).toBe(expected)
  })

  it('cannot compare what is not a version', () => {
    expect(compareKubernetes('1.30.4', 'latest')).toBeUndefined()
    expect(compareKubernetes('', '1.30')).toBeUndefined()
  })

  it('is antisymmetric', () => {
    const version = fc
      .tuple(fc.nat(3), fc.nat(40), fc.option(fc.nat(30), { nil: undefined }))
      .map(([a, b, c]) => (c === undefined ? `${a}.${b}` : `${a}.${b}.${c}`))
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(compareKubernetes(a, b)).toBe(-compareKubernetes(b, a)! || 0)
      })
    )
  })
})

describe('parseNodeImage', () => {
  it.each([
    ['AKSUbuntu-2204gen2containerd-202409.23.0', 'AKSUbuntu-2204gen2containerd', 'linux', [2024, 9, 23, 0]],
    ['AKSUbuntu-1804gen2containerd-2021.09.28', 'AKSUbuntu-1804gen2containerd', 'linux', [2021, 9, 28, 0]],
    ['AKSAzureLinux-V2gen2-202410.09.1', 'AKSAzureLinux-V2gen2', 'linux', [2024, 10, 9, 1]],
    ['AKSUbuntu-2204gen2arm64containerd-202409.23.0', 'AKSUbuntu-2204gen2arm64containerd', 'linux', [2024, 9, 23, 0]],
    ['AKSWindows-2019-containerd-17763.2213.210922', 'AKSWindows-2019-containerd', 'windows', [17763, 2213, 210922]],
    ['AKSWindows-2022-containerd-20348.2762.241009', 'AKSWindows-2022-containerd', 'windows', [20348, 2762, 241009]]
  ])('%s', (text, prefix, format, parts) => {
    expect(parseNodeImage(text)).toEqual({ prefix, format, parts })
  })

  it.each([
    '',
    'latest',
    'AKSUbuntu-2204gen2containerd',
    '202409.23.0',
    'AKSUbuntu-2204gen2containerd-202413.01.0',
    'AKSUbuntu-x-2021.13.28'
  ])('%p is not a node image version', (text) => {
    expect(parseNodeImage(text)).toBeUndefined()
  })
})

describe('compareNodeImages', () => {
  it.each([
    ['AKSUbuntu-2204gen2containerd-202409.23.0', 'AKSUbuntu-2204gen2containerd-202409.23.0', 0],
    ['AKSUbuntu-2204gen2containerd-202409.23.0', 'AKSUbuntu-2204gen2containerd-202410.09.0', -1],
    ['AKSUbuntu-2204gen2containerd-202410.09.0', 'AKSUbuntu-2204gen2containerd-202409.30.0', 1],
    ['AKSUbuntu-2204gen2containerd-202409.23.1', 'AKSUbuntu-2204gen2containerd-202409.23.0', 1],
    ['AKSUbuntu-2204gen2containerd-202409.23.10', 'AKSUbuntu-2204gen2containerd-202409.23.9', 1],
    ['aksubuntu-2204GEN2containerd-202409.23.0', 'AKSUbuntu-2204gen2containerd-202408.01.0', 1], // prefixes compare case-insensitively
    // The older YYYY.MM.DD form orders by date too, and with the newer form of the same prefix.
    ['AKSUbuntu-1804gen2containerd-2021.09.28', 'AKSUbuntu-1804gen2containerd-2021.10.02', -1],
    ['AKSUbuntu-1804gen2containerd-2022.12.31', 'AKSUbuntu-1804gen2containerd-202301.04.0', -1],
    ['AKSUbuntu-1804gen2containerd-2023.01.04', 'AKSUbuntu-1804gen2containerd-202301.04.0', 0],
    // Windows: build, then revision, then date.
    ['AKSWindows-2019-containerd-17763.2213.210922', 'AKSWindows-2019-containerd-17763.2300.211110', -1],
    ['AKSWindows-2019-containerd-17763.2300.211110', 'AKSWindows-2019-containerd-17763.2213.210922', 1],
    ['AKSWindows-2019-containerd-17763.2213.210922', 'AKSWindows-2019-containerd-17763.2213.210922', 0]
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareNodeImages(a, b)).toBe(expected)
    expect(compareNodeImages(b, a)).toBe(-expected || 0)
  })

  it.each([
    // Different OS or SKU: different images, neither older nor newer.
    ['AKSUbuntu-2204gen2containerd-202409.23.0', 'AKSUbuntu-2004gen2containerd-202410.09.0'],
    ['AKSUbuntu-2204gen2containerd-202409.23.0', 'AKSAzureLinux-V2gen2-202409.23.0'],
    ['AKSUbuntu-2204gen2containerd-202409.23.0', 'AKSUbuntu-2204gen2arm64containerd-202409.23.0'],
    ['AKSWindows-2019-containerd-17763.2213.210922', 'AKSWindows-2022-containerd-20348.2762.241009'],
    ['AKSUbuntu-2204gen2containerd-202409.23.0', 'latest']
  ])('%s and %s do not compare', (a, b) => {
    expect(compareNodeImages(a, b)).toBeUndefined()
    expect(compareNodeImages(b, a)).toBeUndefined()
  })
})

describe('compareNodeImages (property)', () => {
  const pad = (n: number, w: number) => String(n).padStart(w, '0')
  const linux = fc
    .tuple(fc.integer({ min: 2019, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.nat(20), fc.boolean())
    .map(([y, m, d, patch, old]) => ({
      key: [y, m, d, old ? 0 : patch],
      text: old
        ? `AKSUbuntu-2204gen2containerd-${y}.${pad(m, 2)}.${pad(d, 2)}`
        : `AKSUbuntu-2204gen2containerd-${y}${pad(m, 2)}.${pad(d, 2)}.${patch}`
    }))
  const order = (a: number[], b: number[]) => Math.sign(a.reduce((acc, x, i) => acc || x - b[i], 0))

  it('orders images of one prefix by date, then patch, whichever form', () => {
    fc.assert(
      fc.property(linux, linux, (a, b) => {
        expect(compareNodeImages(a.text, b.text)).toBe(order(a.key, b.key))
      })
    )
  })
})
