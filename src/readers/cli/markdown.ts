import type { Language, ScriptText } from './script.js'
import { OffsetMap, type LineIndex } from './text-map.js'

/**
 * Fenced code blocks of a Markdown file that hold commands, in order.
 * Languages compare case-insensitively; `output`, `json`, `yaml` and any
 * other fence is not a command. An unlabelled fence is read as shell but
 * never reported as a syntax error (it may hold anything).
 */
const SHELL = new Set(['bash', 'sh', 'shell', 'zsh', 'console', 'azurecli', 'azurecli-interactive', 'azcli'])
const POWERSHELL = new Set(['azurepowershell', 'azurepowershell-interactive', 'powershell', 'pwsh', 'ps1', 'ps'])

export function markdownScripts(text: string, index: LineIndex): ScriptText[] {
  const lines = text.split('\n')
  const out: ScriptText[] = []
  let offset = 0
  let i = 0
  const starts: number[] = []
  for (const line of lines) {
    starts.push(offset)
    offset += line.length + 1
  }
  while (i < lines.length) {
    // Fences may sit in a blockquote (`> ```azurecli` in a note): the `>` markers are not part of the script.
    const { quote, rest } = unquote(lines[i])
    // An HTML comment block (`<!--` ... `-->`) hides what it holds, fences included (commented-out instructions).
    if (/^ {0,3}<!--/.test(rest) && !rest.includes('-->')) {
      let j = i + 1
      while (j < lines.length && !lines[j].includes('-->')) j++
      i = j + 1
      continue
    }
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`{]*)[^`]*$/.exec(rest.replace(/\r$/, ''))
    if (!open) {
      i++
      continue
    }
    const [, indent, fence, info] = open
    const lang = info.toLowerCase().replace(/^\{?\.?/, '')
    let j = i + 1
    const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`)
    while (j < lines.length && !close.test(unquote(lines[j]).rest.replace(/\r$/, ''))) j++
    const language: Language | undefined = lang === '' || SHELL.has(lang) ? 'shell' : POWERSHELL.has(lang) ? 'powershell' : undefined
    if (language) out.push(fenceScript(lines, starts, i + 1, j, indent.length, quote > 0, lang, language, index))
    i = j + 1
  }
  return out
}

/** The blockquote markers at the start of a line (`> `, `> > `), and the rest. */
function unquote(line: string): { quote: number; rest: string } {
  const m = /^(?: {0,3}>[ ]?)+/.exec(line)
  return m ? { quote: m[0].length, rest: line.slice(m[0].length) } : { quote: 0, rest: line }
}

/** A terminal prompt before a command: `$ az ...`, `user@host:~/src$ az ...`. */
const SHELL_PROMPT = /^(?:[\w.-]+@[\w.-]+(?::[^\s$]*)?)?\$ \S/

function fenceScript(
  lines: string[],
  starts: number[],
  from: number,
  to: number,
  indent: number,
  quoted: boolean,
  lang: string,
  language: Language,
  index: LineIndex
): ScriptText {
  const map = new OffsetMap()
  let body = ''
  let continuing = false
  // A shell fence written like a terminal session (`$ az ...` lines, then what they print) is read as `console`;
  // a PowerShell one (`PS> az ...`, `PS C:\> az ...`) likewise.
  const contentOf = (k: number) =>
    lines[k]
      .replace(/\r$/, '')
      .slice(quoted ? unquote(lines[k]).quote : 0)
      .trimStart()
  const lineNumbers = Array.from({ length: to - from }, (_, n) => from + n)
  const session =
    lang === 'console' ||
    (language === 'shell' && lineNumbers.some((k) => SHELL_PROMPT.test(contentOf(k)))) ||
    (language === 'powershell' && lineNumbers.some((k) => /^PS( [^>\n]*)?> ?\S/.test(contentOf(k))))
  for (let k = from; k < to; k++) {
    const raw = lines[k].replace(/\r$/, '')
    const quote = quoted ? unquote(raw).quote : 0
    const line = raw.slice(quote)
    let skip = quote + Math.min(indent, /^ */.exec(line)![0].length)
    let content = raw.slice(skip)
    if (session) {
      // Only prompted lines (and their continuations) are commands; the rest is output.
      const prompt = /^((?:[\w.-]+@[\w.-]+(?::[^\s$]*)?)?\$|PS(?= |>)[^>\n]*>|>>?)\s?/.exec(content)
      if (prompt && (!prompt[1].startsWith('>') || continuing)) {
        skip += prompt[0].length
        content = content.slice(prompt[0].length)
      } else if (!continuing) content = ''
      // A continued line: `\` in a shell, a backtick in PowerShell (whose continuation prompt is `>>`).
      continuing = content.trimEnd().endsWith(language === 'powershell' ? '`' : '\\')
    }
    map.add(body.length, starts[k] + skip)
    body += content + '\n'
  }
  return { text: body, language, span: (s, e) => map.span(index, s, e), reportProblems: lang !== '' }
}
