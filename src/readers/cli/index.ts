import type { ParseProblem } from '../../model.js'
import { classify } from '../index.js'
import { cmdAsShell } from './cmd.js'
import type { Reader, ReaderContext, SourceFile } from '../types.js'
import { Interpreter } from './interpret.js'
import { markdownScripts } from './markdown.js'
import { maskScript } from './masks.js'
import { parsePowerShell } from './powershell.js'
import type { ParsedScript, ScriptText } from './script.js'
import { parseShell } from './shell.js'
import { LineIndex } from './text-map.js'
import { yamlScripts } from './yaml-scripts.js'

/**
 * `az` commands in shell and PowerShell scripts, GitHub workflow and Azure
 * Pipelines YAML, and Markdown fences, turned into declarations (SPEC §6).
 */
export const reader: Reader = {
  kind: 'cli',
  accepts(file: SourceFile): boolean {
    return classify(file.path, file.text.slice(0, 256)) === 'cli'
  },
  async read(file: SourceFile, context: ReaderContext) {
    try {
      return await readScripts(file, context)
    } catch (err) {
      // A bug, not the file's fault: still a finding at the top of the file rather than a crash.
      const span = { file: file.path, line: 1, column: 1, endLine: 1, endColumn: 1 }
      return { declarations: [], problems: [{ message: `internal error reading this file: ${(err as Error).message}`, span }] }
    }
  }
}

async function readScripts(file: SourceFile, context: ReaderContext) {
  const index = new LineIndex(file.path, file.text)
  const lower = file.path.toLowerCase()
  const problems: ParseProblem[] = []
  let scripts: ScriptText[]
  // MDX (Docusaurus, Nextra docs) is Markdown with JSX around it: its fences are read the same way.
  const markdown = /\.(md|markdown|mdx)$/.test(lower)
  if (markdown) scripts = markdownScripts(file.text, index)
  else if (/\.ya?ml$/.test(lower)) {
    const found = yamlScripts(file.path, file.text, index)
    problems.push(...found.problems)
    scripts = found.scripts
  } else {
    const powershell = /\.psm?1$/.test(lower) || (!/\.[^/]*$/.test(lower) && /^#!.*\bpwsh\b/.test(file.text))
    scripts = [{ text: file.text, language: powershell ? 'powershell' : 'shell', span: (s, e) => index.span(s, e), reportProblems: true }]
  }
  if (!scripts.length || !scripts.some((s) => /\baz\b/.test(s.text))) return { declarations: [], problems }

  const interpreter = new Interpreter(context.catalog)
  let session: object | undefined
  for (const script of scripts) {
    // Nothing to learn from a script without az, unless it sets variables for later scripts (Markdown fences, a CI job's session).
    if (!/\baz\b/.test(script.text) && !((markdown || script.session) && script.text.includes('='))) continue
    const masked = maskScript(script.text, script)
    const parsed: ParsedScript =
      script.language === 'shell'
        ? await parseShell(masked.text, masked.masks)
        : script.language === 'cmd'
          ? await parseShell(cmdAsShell(masked.text), masked.masks)
          : parsePowerShell(masked.text, masked.masks)
    // cmd's own syntax (`if ... (`, `for %%i`) is not bash: what the shell parser cannot read is not the script's fault.
    if (script.reportProblems && script.language !== 'cmd')
      for (const p of parsed.problems) problems.push({ message: p.message, span: script.span(p.start, p.end) })
    interpreter.run(script, parsed.stmts, markdown || (script.session !== undefined && script.session === session))
    session = script.session
  }
  return { declarations: interpreter.finish(), problems }
}
