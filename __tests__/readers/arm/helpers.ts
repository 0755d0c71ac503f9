import type { Declaration, Span, Value } from '../../../src/model.js'
import { reader } from '../../../src/readers/arm/index.js'
import type { ReaderResult } from '../../../src/readers/types.js'

/** Reads `entry` with the other files of `files` reachable through the reader context. */
export async function read(files: Record<string, string>, entry: string): Promise<ReaderResult> {
  return reader.read(
    { path: entry, text: files[entry] },
    {
      readFile: async (p) => files[p],
      listDir: async (dir) => Object.keys(files).filter((f) => f.startsWith(dir + '/'))
    }
  )
}

/** `line:column-endLine:endColumn` of the nth occurrence (0-based) of `needle` in `text`. */
export function where(text: string, needle: string, nth = 0): string {
  let at = -1
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1)
    if (at < 0) throw new Error(`'${needle}' #${nth} not in text`)
  }
  const pos = (offset: number) => {
    const before = text.slice(0, offset).split(/\r\n|\r|\n/)
    return `${before.length}:${before[before.length - 1].length + 1}`
  }
  return `${pos(at)}-${pos(at + needle.length)}`
}

export const spanText = (s: Span | undefined): string => (s ? `${s.line}:${s.column}-${s.endLine}:${s.endColumn}` : '')

/** `value@span`, `~partial@span`, `?reason@span` (span left out when the value has none). */
export function v(value: Value<unknown> | undefined): string {
  if (!value) return '(absent)'
  const at = value.span ? `@${spanText(value.span)}` : ''
  if (!value.known) return `?${value.reason}${at}`
  return `${value.partial ? '~' : ''}${value.value === null ? 'null' : String(value.value)}${at}`
}

/** A declaration with every value written as `v()` does, for whole-object comparisons. */
export function brief(d: Declaration): Record<string, unknown> {
  const base = { kind: d.kind, resource: d.resource, span: spanText(d.span), ...(d.instance ? { instance: d.instance } : {}) }
  if (d.kind === 'pool') {
    return {
      ...base,
      name: v(d.name),
      cluster: v(d.cluster),
      mode: v(d.mode),
      system: d.system,
      vmSize: v(d.vmSize),
      location: v(d.location),
      kubernetesVersion: v(d.kubernetesVersion),
      controlPlaneVersion: v(d.controlPlaneVersion),
      osType: v(d.osType),
      osSku: v(d.osSku),
      enableFips: v(d.enableFips),
      snapshot: d.snapshot ? v(d.snapshot.id) : '(none)',
      ...(d.snapshot?.resolved ? { resolved: d.snapshot.resolved } : {})
    }
  }
  if (d.kind === 'snapshot') {
    return {
      ...base,
      name: v(d.name),
      id: v(d.id),
      location: v(d.location),
      sourceResourceId: v(d.sourceResourceId),
      sourceLocation: v(d.sourceLocation),
      ...(d.properties ? { properties: d.properties } : {})
    }
  }
  return base
}
