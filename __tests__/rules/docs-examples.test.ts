/**
 * Docs examples are tests (typescript-eslint's docs.test.mts): every ❌ fence
 * under "## Example" of docs/rules/<id>.md must give a finding of <id>, with
 * exactly the messages of the `text` fence that follows it when there is one;
 * every ✅ fence must give no finding that is not suppressed. A `json` fence
 * introduced by a line naming `.aks-snapshots.json` is the catalog the
 * page's examples are linted with.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { RULE_IDS } from '../../src/model.js'
import { lintSources } from '../../src/lint/engine.js'
import { parseCatalog, type Catalog } from '../../src/policy/catalog.js'
import { tempDir } from '../../__fixtures__/tmp.js'

const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..')
const DOCS = path.join(ROOT, 'docs/rules')

/** Where a fence's text is put to be linted, by its language. */
const FILE_BY_LANGUAGE: Record<string, string> = {
  azurecli: 'example.sh',
  'azurecli-interactive': 'example.sh',
  bash: 'example.sh',
  sh: 'example.sh',
  shell: 'example.sh',
  console: 'example.sh',
  powershell: 'example.ps1',
  azurepowershell: 'example.ps1',
  bicep: 'main.bicep',
  hcl: 'main.tf',
  terraform: 'main.tf',
  yaml: '.github/workflows/example.yml'
}

export interface Example {
  kind: 'fail' | 'pass'
  language: string
  text: string
  /** 1-based line of the fence's first line of text in the page. */
  line: number
  /** The messages of the `text` fence that follows a ❌ example. */
  output?: string[]
}

export interface DocsPage {
  examples: Example[]
  catalog?: Catalog
}

/** Reads the examples of a rule page: fenced blocks of "## Example" and the ❌/✅ line that introduces each. */
export function readExamples(file: string, markdown: string): DocsPage {
  const lines = markdown.split(/\r?\n/)
  const page: DocsPage = { examples: [] }
  let section = ''
  let marker: 'fail' | 'pass' | undefined
  let catalogNext = false
  let last: Example | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const heading = /^(#+)\s+(.*)$/.exec(line)
    if (heading) {
      section = heading[1] === '##' ? heading[2].trim() : section
      marker = undefined
      continue
    }
    const open = /^(`{3,}|~{3,})\s*([\w-]*)/.exec(line)
    if (!open) {
      if (line.startsWith('❌')) marker = 'fail'
      else if (line.startsWith('✅')) marker = 'pass'
      if (line.trim()) catalogNext = line.includes('.aks-snapshots.json')
      continue
    }
    const fence = open[1]
    const language = open[2].toLowerCase()
    const start = i + 1
    let end = start
    while (end < lines.length && !lines[end].startsWith(fence)) end++
    const text = lines.slice(start, end).join('\n') + '\n'
    i = end
    if (section !== 'Example') continue
    if (language === 'json' && catalogNext) page.catalog = parseCatalog(file, text)
    else if (language === 'text' && last?.kind === 'fail' && !last.output) last.output = text.trim().split('\n')
    else if (FILE_BY_LANGUAGE[language] && marker) {
      last = { kind: marker, language, text, line: start + 1 }
      page.examples.push(last)
      marker = undefined
    }
    catalogNext = false
  }
  return page
}

// An empty folder as the working directory: no catalog or config of this repository leaks into the examples.
const cwd = tempDir('aks-snapshot-docs-')

describe.each(RULE_IDS.map((id) => [id]))('docs/rules/%s.md examples', (id) => {
  const file = path.join(DOCS, `${id}.md`)
  const page = existsSync(file) ? readExamples(file, readFileSync(file, 'utf8')) : { examples: [] }

  it('has a failing and a passing example', () => {
    expect(page.examples.map((e) => e.kind)).toEqual(expect.arrayContaining(['fail', 'pass']))
  })

  for (const example of page.examples) {
    it(`${example.kind === 'fail' ? '❌' : '✅'} the ${example.language} example at line ${example.line}`, async () => {
      const result = await lintSources([{ path: FILE_BY_LANGUAGE[example.language], text: example.text }], {
        cwd,
        ...(page.catalog ? { catalog: page.catalog } : {})
      })
      const open = result.findings.filter((f) => !f.suppressed)
      const seen = open.map((f) => `${f.ruleId}: ${f.message}`)
      if (example.kind === 'pass') {
        expect(seen).toEqual([])
        return
      }
      const mine = open.filter((f) => f.ruleId === id).map((f) => f.message)
      if (example.output) expect(mine).toEqual(example.output)
      else expect(mine.length).toBeGreaterThan(0)
    })
  }
})
