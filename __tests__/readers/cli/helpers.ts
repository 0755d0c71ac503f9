import type { Declaration, Span, Value } from '../../../src/model.js'
import { parseCatalog } from '../../../src/policy/catalog.js'
import { reader } from '../../../src/readers/cli/index.js'
import type { ReaderResult } from '../../../src/readers/types.js'

/** Reads one file with the az CLI reader; `files` are what `context.readFile` finds, and `.aks-snapshots.json` among them is the run's catalog. */
export function read(path: string, text: string, files: Record<string, string> = {}): Promise<ReaderResult> {
  const catalog = files['.aks-snapshots.json'] ? parseCatalog('.aks-snapshots.json', files['.aks-snapshots.json']) : undefined
  return reader.read({ path, text }, { readFile: async (p) => files[p], listDir: async () => [], ...(catalog ? { catalog } : {}) })
}

const at = (s: Span | undefined): string => (s ? ` @${s.line}:${s.column}-${s.endLine}:${s.endColumn}` : '')

/** A value in one line: `"text" @line:col-endLine:endCol`, `~` when partial, `?reason` when unknown. */
export function show(v: Value<unknown> | undefined): string | undefined {
  if (!v) return undefined
  return v.known ? `${JSON.stringify(v.value)}${v.partial ? '~' : ''}${at(v.span)}` : `?${v.reason}${at(v.span)}`
}

/** Every field of a declaration, values in the form of `show`. */
export function summarize(d: Declaration): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: d.kind, at: at(d.span).slice(2), resource: d.resource }
  for (const [k, v] of Object.entries(d)) {
    if (['kind', 'span', 'resource', 'source'].includes(k)) continue
    if (v && typeof v === 'object' && 'known' in v) out[k] = show(v as Value<unknown>)
    else if (k === 'snapshot') {
      const ref = v as { id: Value<unknown>; resolved?: object }
      out.snapshot = show(ref.id)
      if (ref.resolved) out.resolved = ref.resolved
    } else out[k] = v
  }
  return out
}

export async function declarations(path: string, text: string, files?: Record<string, string>): Promise<Record<string, unknown>[]> {
  const result = await read(path, text, files)
  if (result.problems.length) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`)
  return result.declarations.map(summarize)
}

/** Only some fields of each declaration, for tables that look at one thing. */
export async function pick(
  path: string,
  text: string,
  fields: string[],
  files?: Record<string, string>
): Promise<Record<string, unknown>[]> {
  return (await declarations(path, text, files)).map((d) => Object.fromEntries(fields.filter((f) => f in d).map((f) => [f, d[f]])))
}
