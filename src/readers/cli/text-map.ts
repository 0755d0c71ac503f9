import type { Span } from '../../model.js'

/** Line starts of an original file, to turn offsets into 1-based line/column (CRLF counts as one break). */
export class LineIndex {
  private readonly starts: number[] = [0]
  constructor(
    readonly file: string,
    readonly text: string
  ) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1)
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

  span(start: number, end: number): Span {
    const a = this.position(start)
    const b = this.position(Math.max(start, end))
    return { file: this.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column }
  }

  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length
  }
}

/**
 * Maps offsets of an extracted script to offsets of the original file: a
 * sorted list of pieces, each a run of script text copied from one place of
 * the file (one de-indented line of a block scalar, one line of a fence).
 */
export class OffsetMap {
  private readonly at: number[] = []
  private readonly orig: number[] = []

  add(scriptOffset: number, originalOffset: number): void {
    this.at.push(scriptOffset)
    this.orig.push(originalOffset)
  }

  toOriginal(offset: number): number {
    let lo = 0
    let hi = this.at.length - 1
    if (hi < 0) return offset
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.at[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return this.orig[lo] + (offset - this.at[lo])
  }

  /** A span in the original file; an end that falls past a piece is pulled back to the end of the start's line. */
  span(index: LineIndex, start: number, end: number): Span {
    const a = this.toOriginal(start)
    let b = this.toOriginal(Math.max(start, end - 1)) + (end > start ? 1 : 0)
    if (b < a) b = a
    return index.span(a, b)
  }
}
