/**
 * One id, four files (ESLint's checkRuleFiles): every rule id of SPEC §5 has
 * a rule module named after it, an index entry, a test, and a docs page with
 * the ordered headings, and its metadata agrees with SPEC's default severity.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { RULE_IDS, type RuleId, type Severity } from '../../src/model.js'
import { RULES, isRuleId, ruleById } from '../../src/rules/index.js'
import type { Rule } from '../../src/rules/types.js'

const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..')
const read = (p: string) => readFileSync(path.join(ROOT, p), 'utf8')

/** The "default" column of SPEC §5. */
const SPEC_DEFAULTS: Record<RuleId, Severity> = {
  'missing-snapshot-id': 'error',
  'invalid-snapshot-id': 'error',
  'unpinned-upgrade': 'warning',
  'vm-family-mismatch': 'error',
  'snapshot-region': 'error',
  'version-conflict': 'error',
  'version-downgrade': 'error',
  'node-image-only-required': 'warning',
  'os-mismatch': 'error',
  'unsupported-version': 'warning',
  'unknown-snapshot': 'warning',
  'deprecated-command': 'warning',
  'invalid-suppression': 'warning',
  'parse-error': 'error'
}

const HEADINGS = ['What', 'Why', 'How to fix', 'Example', 'Suppress']

describe('the rule set', () => {
  it('has every rule of SPEC §5, in its order, once', () => {
    expect(RULES.map((r) => r.meta.id)).toEqual([...RULE_IDS])
    expect(Object.keys(SPEC_DEFAULTS)).toEqual([...RULE_IDS])
  })

  it('has no rule file that is not a rule', () => {
    const files = readdirSync(path.join(ROOT, 'src/rules'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
      .filter((f) => !['index', 'types', 'helpers'].includes(f))
    expect(files.sort()).toEqual([...RULE_IDS].sort())
  })

  it('looks rules up by id', () => {
    expect(ruleById('vm-family-mismatch')?.meta.id).toBe('vm-family-mismatch')
    expect(ruleById('no-such-rule')).toBeUndefined()
    expect(isRuleId('unpinned-upgrade')).toBe(true)
    expect(isRuleId('Unpinned-Upgrade')).toBe(false)
  })

  it('is listed in docs/rules/README.md with its default severity and description', () => {
    const readme = read('docs/rules/README.md')
    const rows = readme
      .split('\n')
      .map((l) => /^\| \[([\w-]+)\]\(([\w-]+)\.md\) \| (\w+) \| (.*) \|$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map(([, id, file, severity, description]) => ({ id, file, severity, description }))
    expect(rows).toEqual(RULES.map((r) => ({ id: r.meta.id, file: r.meta.id, severity: r.meta.severity, description: r.meta.description })))
  })
})

describe.each(RULE_IDS.map((id) => [id]))('%s', (id) => {
  const rule = ruleById(id) as Rule

  it('is the default export of src/rules/<id>.ts', async () => {
    const mod = (await import(`../../src/rules/${id}.js`)) as { default: Rule }
    expect(mod.default).toBe(rule)
  })

  it("has SPEC's default severity and complete metadata", () => {
    expect(rule.meta.severity).toBe(SPEC_DEFAULTS[id])
    expect(rule.meta.docsPath).toBe(`docs/rules/${id}.md`)
    expect(rule.meta.description).toMatch(/^[A-Z].*\.$/)
    expect(rule.meta.fullDescription.length).toBeGreaterThan(rule.meta.description.length)
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0)
  })

  it('has a test file', () => {
    expect(existsSync(path.join(ROOT, `__tests__/rules/${id}.test.ts`))).toBe(true)
  })

  it('has a docs page with the ordered headings and its default severity', () => {
    const page = read(rule.meta.docsPath)
    // Headings outside fenced blocks (a `# aks-snapshot-ignore` comment is not one).
    const lines = page
      .split('\n')
      .filter((_, i, all) => all.slice(0, i).filter((l) => l.startsWith('```')).length % 2 === 0 && !all[i].startsWith('```'))
    expect(lines[0]).toBe(`# ${id}`)
    expect(lines.filter((l) => l.startsWith('## ')).map((l) => l.slice(3))).toEqual(HEADINGS)
    expect(lines.filter((l) => /^#[^#]/.test(l))).toEqual([`# ${id}`])
    expect(page).toContain(`Default severity: **${rule.meta.severity}**`)
    expect(page).toMatch(/^❌/m)
    expect(page).toMatch(/^✅/m)
  })
})
