import type { Part, Word } from './script.js'

/** One `--flag value` (or `--flag=value`, `-g value`, a boolean `--flag`) of an `az` command. */
export interface AzArg {
  flag: string
  value?: Word
  /** Script offsets from the flag to the end of its value. */
  start: number
  end: number
}

export interface AzCommand {
  /** `aks nodepool add`, lowercased. */
  path: string
  az: Word
  args: AzArg[]
  /** An argument the reader cannot see into (`$EXTRA_ARGS`, `"${OPTS[@]}"` of an unknown array): it may hold any flag. */
  opaque?: Word
  start: number
  end: number
}

const SHORT: Record<string, string> = {
  g: 'resource-group',
  n: 'name',
  l: 'location',
  k: 'kubernetes-version',
  s: 'node-vm-size',
  c: 'node-count',
  o: 'output',
  y: 'yes',
  h: 'help'
}

/** Flags that take no value; other `--enable-*`/`--disable-*` flags are switches too. */
const SWITCHES = new Set([
  'node-image-only',
  'control-plane-only',
  'enable-fips-image',
  'yes',
  'no-wait',
  'generate-ssh-keys',
  'no-ssh-key',
  'debug',
  'verbose',
  'only-show-errors',
  'help',
  'aks-custom-headers-none'
])
const VALUED_ENABLES = new Set(['enable-addons'])

function isSwitch(flag: string): boolean {
  if (SWITCHES.has(flag)) return true
  return /^(enable|disable)-/.test(flag) && !VALUED_ENABLES.has(flag)
}

/** The literal text of a word when it has no expansion at all. */
export function literal(word: Word | undefined): string | undefined {
  if (!word) return undefined
  let out = ''
  for (const p of word.parts) {
    if (p.kind === 'text') out += p.text
    else if (p.kind === 'value' && p.value.known && !p.value.partial) out += p.value.value
    else return undefined
  }
  return out
}

/** Reads `az <group...> <command> --flags` from a command's words (the first being `az`). */
export function parseAz(words: Word[]): AzCommand | undefined {
  const az = words[0]
  if (!az || literal(az)?.toLowerCase() !== 'az') return undefined
  const path: string[] = []
  let i = 1
  for (; i < words.length; i++) {
    const text = literal(words[i])
    if (text === undefined || text.startsWith('-')) break
    path.push(text.toLowerCase())
  }
  const args: AzArg[] = []
  let opaque: Word | undefined
  const from = (w: Word) => w.at ?? w
  for (; i < words.length; i++) {
    const word = words[i]
    const text = literal(word) ?? firstText(word)
    if (!text?.startsWith('-')) {
      if (!opaque && text === undefined && word.parts.every((p) => p.kind !== 'text')) opaque = word
      continue
    }
    const long = /^--([\w-]+)(=?)/.exec(text)
    const short = /^-([A-Za-z])$/.exec(text)
    const flag = long ? long[1].toLowerCase() : short ? (SHORT[short[1]] ?? short[1]) : undefined
    if (!flag) continue
    if (long?.[2]) {
      args.push({ flag, value: after(word, long[0].length), start: from(word).start, end: from(word).end })
      continue
    }
    const next = words[i + 1]
    const nextText = next ? firstText(next) : undefined
    if (isSwitch(flag) || !next || (nextText !== undefined && /^--?[A-Za-z]/.test(nextText) && next.parts[0]?.kind === 'text')) {
      args.push({ flag, start: from(word).start, end: from(word).end })
      continue
    }
    args.push({ flag, value: next, start: from(word).start, end: from(next).end })
    i++
  }
  return { path: path.join(' '), az, args, ...(opaque ? { opaque } : {}), start: az.start, end: words[words.length - 1].end }
}

function firstText(word: Word): string | undefined {
  const p = word.parts[0]
  if (p?.kind === 'value' && p.value.known) return p.value.value
  return p?.kind === 'text' ? p.text : undefined
}

/** The rest of a word after its first `length` characters (which are plain text): the value of `--flag=value`. */
function after(word: Word, length: number): Word {
  const [head, ...rest] = word.parts
  const text = head.kind === 'text' ? head.text : head.kind === 'value' && head.value.known ? head.value.value : ''
  const start = head.start + length
  const parts: Part[] = []
  if (text.length > length) parts.push({ kind: 'text', text: text.slice(length), start, end: head.end })
  parts.push(...rest)
  return { parts, start, end: word.end, ...(word.at ? { at: word.at } : {}) }
}

export function arg(cmd: AzCommand, ...flags: string[]): AzArg | undefined {
  for (let i = cmd.args.length - 1; i >= 0; i--) if (flags.includes(cmd.args[i].flag)) return cmd.args[i]
  return undefined
}
