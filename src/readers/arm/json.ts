import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser'
import type { ParseProblem, Span } from '../../model.js'
import { LineIndex } from '../line-index.js'

/**
 * JSON (with comments and trailing commas) parsed into jsonc-parser's tree,
 * plus what is needed to turn offsets into spans.
 */
export interface JsonDocument {
  file: string
  text: string
  root: Node | undefined
  problems: ParseProblem[]
  spanOf(node: Node): Span
  spanAt(offset: number, length: number): Span
}

/**
 * jsonc-parser's parser is recursive and overflows the stack near 10,000
 * levels; real templates nest a few dozen. Deeper input is refused before
 * parsing, so our own recursive walks are bounded too.
 */
export const MAX_NESTING = 256

export function parseJson(file: string, text: string): JsonDocument {
  const lines = new LineIndex(file, text)
  const spanAt = (offset: number, length: number): Span => lines.span(offset, offset + length)
  const doc: JsonDocument = {
    file,
    text,
    root: undefined,
    problems: [],
    spanOf: (node) => spanAt(node.offset, node.length),
    spanAt
  }
  const tooDeep = nestingBeyond(text, MAX_NESTING)
  if (tooDeep !== undefined) {
    doc.problems.push({ message: `JSON nested more than ${MAX_NESTING} levels deep`, span: spanAt(tooDeep, 1) })
    return doc
  }
  const errors: ParseError[] = []
  doc.root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false })
  for (const error of errors) {
    doc.problems.push({ message: describe(error.error), span: spanAt(error.offset, Math.max(error.length, 1)) })
  }
  return doc
}

function describe(code: number): string {
  const name = printParseErrorCode(code)
  // 'CommaExpected' → 'comma expected'
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  return `invalid JSON: ${words}`
}

/** Offset of the first bracket opened beyond `limit` levels, outside strings and comments. */
export function nestingBeyond(text: string, limit: number): number | undefined {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22 /* " */) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i)
        if (d === 0x5c /* \ */) i++
        else if (d === 0x22 || d === 0x0a) break
      }
    } else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a) i++
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const end = text.indexOf('*/', i + 2)
      i = end < 0 ? text.length : end + 1
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return i
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--
    }
  }
  return undefined
}

/** The value node of an object's property, names compared case-insensitively as ARM does. */
export function child(node: Node | undefined, name: string): Node | undefined {
  if (!node || node.type !== 'object' || !node.children) return undefined
  const lower = name.toLowerCase()
  let found: Node | undefined
  for (const property of node.children) {
    const key = property.children?.[0]
    if (key && typeof key.value === 'string' && key.value.toLowerCase() === lower) found = property.children?.[1]
  }
  return found
}

/** The property's [name, value] pairs of an object node. */
export function entries(node: Node | undefined): Array<[string, Node]> {
  if (!node || node.type !== 'object' || !node.children) return []
  const out: Array<[string, Node]> = []
  for (const property of node.children) {
    const [key, value] = property.children ?? []
    if (key && value && typeof key.value === 'string') out.push([key.value, value])
  }
  return out
}

export function stringValue(node: Node | undefined): string | undefined {
  return node?.type === 'string' ? (node.value as string) : undefined
}
