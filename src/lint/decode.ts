/**
 * Turning bytes into text for readers: UTF-8 only (SPEC §6), BOM removed.
 * A file that is binary or not UTF-8 gets a problem with the position of the
 * first bad byte, so the `parse-error` finding points at it.
 */

/** On failure, `head` is the start of the file decoded leniently, so the file can still be classified (an ARM template saved as Latin-1 is still an ARM template). */
export type Decoded = { ok: true; text: string } | { ok: false; message: string; line: number; column: number; head: string }

export const HEAD_BYTES = 8192
const lenient = new TextDecoder('utf-8')
/** The start of a file as text whatever its encoding: enough to classify it. */
export function headText(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2, HEAD_BYTES))
  return stripBom(lenient.decode(bytes.subarray(0, HEAD_BYTES)).replace(/\u0000/g, ''))
}
const headOf = headText

const utf8 = new TextDecoder('utf-8', { fatal: true })

export function decode(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: false, message: 'the file is UTF-16 text; save it as UTF-8', line: 1, column: 1, head: headText(bytes) }
  const nul = bytes.indexOf(0)
  if (nul >= 0)
    return { ok: false, message: 'the file is binary (it contains NUL bytes), not text', ...position(bytes, nul), head: headOf(bytes) }
  try {
    return { ok: true, text: stripBom(utf8.decode(bytes)) }
  } catch {
    const at = firstInvalidUtf8(bytes)
    return { ok: false, message: 'the file is not valid UTF-8 text', ...position(bytes, at), head: headOf(bytes) }
  }
}

/** For text given in memory: a NUL character makes it binary. */
export function checkText(text: string): Decoded {
  const nul = text.indexOf('\u0000')
  if (nul >= 0) {
    const before = text.slice(0, nul)
    const line = before.split('\n').length
    return {
      ok: false,
      message: 'the file is binary (it contains NUL bytes), not text',
      line,
      column: nul - before.lastIndexOf('\n'),
      head: text.slice(0, 8192)
    }
  }
  return { ok: true, text: stripBom(text) }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** 1-based line and column (in characters of the valid prefix) of byte `offset`. */
function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++
      lineStart = i + 1
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset))
  return { line, column: [...prefix].length + 1 }
}

/** Offset of the first byte that does not start (or continue) a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0
  while (i < b.length) {
    const c = b[i]
    let n: number
    let min: number
    if (c < 0x80) {
      i++
      continue
    } else if (c >= 0xc2 && c <= 0xdf) {
      n = 1
      min = 0x80
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2
      min = 0x800
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3
      min = 0x10000
    } else return i
    let cp = c & (0x3f >> n)
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k]
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (cc & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += n + 1
  }
  return b.length
}
