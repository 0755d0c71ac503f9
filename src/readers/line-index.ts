import type { Span } from '../model.js'

/**
 * Offsets of a file's text → 1-based line and column (UTF-16 units), for
 * every reader. CRLF is one line break; a lone CR or LF is one too.
 */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(
    readonly file: string,
    readonly text: string
  ) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++
        this.starts.push(i + 1)
      } else if (c === 10) this.starts.push(i + 1)
    }
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 }
  }

  /** The span from `start` to `end` (an end before the start is the start). */
  span(start: number, end: number): Span {
    const a = this.position(start)
    const b = this.position(Math.max(start, end))
    return { file: this.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column }
  }

  /** The offset where a 1-based line starts (the text's length past the last line). */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length
  }
}
