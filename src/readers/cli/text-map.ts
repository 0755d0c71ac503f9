import type { Span } from '../../model.js'
import type { LineIndex } from '../line-index.js'

export { LineIndex } from '../line-index.js'

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

  /** The pieces of another map, whose script starts at `scriptOffset` of this one. */
  append(other: OffsetMap, scriptOffset: number): void {
    other.at.forEach((at, i) => this.add(at + scriptOffset, other.orig[i]))
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
