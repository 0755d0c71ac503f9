import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { UsageError } from '../../src/errors.js'
import { loadConfig, parseConfig } from '../../src/policy/config.js'
import { tempDir } from '../../__fixtures__/tmp.js'

const tmp = (files: Record<string, string> = {}) => {
  const dir = tempDir('aks-config-')
  for (const [n, t] of Object.entries(files)) writeFileSync(path.join(dir, n), t)
  return dir
}
const error = (text: string) => {
  try {
    parseConfig(text, '/repo/.aks-snapshot.yml', '.aks-snapshot.yml')
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError)
    return (err as Error).message
  }
  throw new Error('no error')
}

describe('.aks-snapshot.yml', () => {
  it('reads every key of SPEC §6, resolving catalog and baseline next to the config file', () => {
    const text = [
      'rules:            # per rule: error | warning | note | off',
      '  unpinned-upgrade: error',
      '  deprecated-command: off',
      'include: ["infra/**"]',
      'exclude: ["**/legacy/**"]',
      'catalog: .aks-snapshots.json',
      'baseline: ci/.aks-snapshot-baseline.json',
      'snapshotRegion: same'
    ].join('\n')
    expect(parseConfig(text, '/repo/.aks-snapshot.yml')).toEqual({
      rules: { 'unpinned-upgrade': 'error', 'deprecated-command': 'off' },
      include: ['infra/**'],
      exclude: ['**/legacy/**'],
      catalog: '/repo/.aks-snapshots.json',
      baseline: '/repo/ci/.aks-snapshot-baseline.json',
      snapshotRegion: 'same',
      file: '/repo/.aks-snapshot.yml'
    })
  })

  it('accepts an empty file, a single glob and empty lists', () => {
    expect(parseConfig('', '/r/c.yml')).toMatchObject({ rules: {}, include: [], exclude: [], snapshotRegion: 'any' })
    expect(parseConfig('include: infra/**\nexclude:\nrules:\n', '/r/c.yml')).toMatchObject({
      include: ['infra/**'],
      exclude: [],
      rules: {}
    })
  })

  it('names file, line, column, key and the allowed values in every error', () => {
    expect(error('rules:\n  unpinned-upgrade: erorr\n')).toBe(
      ".aks-snapshot.yml:2:21: key 'rules.unpinned-upgrade' must be one of error, warning, note, off, not 'erorr'"
    )
    expect(error('rules:\n  unpinned-upgrades: error\n')).toMatch(
      /^\.aks-snapshot\.yml:2:3: key 'rules\.unpinned-upgrades' is not a rule id; rules are: missing-snapshot-id, invalid-snapshot-id, /
    )
    expect(error('snapshotRegion: eastus\n')).toBe(".aks-snapshot.yml:1:17: key 'snapshotRegion' must be one of any, same, not 'eastus'")
    expect(error('include: ["a"]\nexclud: ["b"]\n')).toBe(
      ".aks-snapshot.yml:2:1: unknown key 'exclud'; the keys are rules, include, exclude, catalog, baseline, snapshotRegion"
    )
    expect(error('exclude:\n  - a\n  - 3\n')).toBe(".aks-snapshot.yml:3:5: key 'exclude[1]' must be a glob string")
    expect(error('include: {a: 1}\n')).toBe(".aks-snapshot.yml:1:10: key 'include' must be a glob or a list of globs")
    expect(error('catalog: [x]\n')).toBe(".aks-snapshot.yml:1:10: key 'catalog' must be a file path")
    expect(error('rules: strict\n')).toBe(".aks-snapshot.yml:1:8: key 'rules' must map rule ids to error | warning | note | off")
    expect(error('- rules\n')).toBe(
      '.aks-snapshot.yml:1:1: the config must be a mapping with the keys rules, include, exclude, catalog, baseline, snapshotRegion'
    )
  })

  it('follows YAML 1.2: a tab in indentation, a duplicate key or broken syntax is an error with its line', () => {
    expect(error('rules:\n\tunpinned-upgrade: error\n')).toBe('.aks-snapshot.yml:2:1: not valid YAML: Tabs are not allowed as indentation')
    expect(error('include: a\ninclude: b\n')).toMatch(/^\.aks-snapshot\.yml:2:1: not valid YAML: Map keys must be unique/)
    expect(error('include: [a,\n')).toMatch(/^\.aks-snapshot\.yml:2:1: not valid YAML: /)
    // YAML 1.2: `off` and `no` are strings, not booleans, so `off` reads as the severity.
    expect(parseConfig('rules:\n  parse-error: off\n', '/r/c.yml').rules).toEqual({ 'parse-error': 'off' })
  })

  it('is found in the working directory; the catalog .aks-snapshots.json there is used unless configured', async () => {
    const plain = tmp()
    expect(await loadConfig(plain)).toEqual({ rules: {}, include: [], exclude: [], snapshotRegion: 'any' })
    const withCatalog = tmp({ '.aks-snapshots.json': '{"snapshots": []}', '.aks-snapshot.yml': 'snapshotRegion: same\n' })
    expect(await loadConfig(withCatalog)).toMatchObject({
      snapshotRegion: 'same',
      catalog: path.join(withCatalog, '.aks-snapshots.json'),
      file: path.join(withCatalog, '.aks-snapshot.yml')
    })
    const configured = tmp({ '.aks-snapshots.json': '{}', 'other.yml': 'catalog: cat/prod.json\n' })
    expect((await loadConfig(configured, 'other.yml')).catalog).toBe(path.join(configured, 'cat/prod.json'))
    await expect(loadConfig(plain, 'missing.yml')).rejects.toThrow('config file missing.yml not found')
    const bad = tmp({ '.aks-snapshot.yml': 'rules:\n  nope: error\n' })
    await expect(loadConfig(bad)).rejects.toThrow(/^\.aks-snapshot\.yml:2:3: key 'rules\.nope' is not a rule id/)
  })
})
