/** Parses `.tf`/`.tfvars` text with the tree-sitter Terraform grammar into the AST of ast.ts. */
import type { ParsedFile } from './config.js'
import { Converter, firstSyntaxError } from './parse.js'
import { treeSitterParser } from '../tree-sitter.js'

export async function parseHcl(file: string, text: string): Promise<ParsedFile> {
  const parser = await treeSitterParser('terraform')
  const tree = parser.parse(text)
  if (!tree) return { path: file, body: { attributes: [], blocks: [] }, problem: problemAt(file, 'Terraform file could not be parsed.') }
  try {
    const conv = new Converter(file, text)
    const root = tree.rootNode
    const bodyNode = root.namedChildren.find((c) => c?.type === 'body')
    const body = bodyNode ? conv.body(bodyNode) : { attributes: [], blocks: [] }
    const problem =
      firstSyntaxError(root, conv) ??
      (conv.tooDeep
        ? {
            message: `Terraform blocks nested too deeply (more than 64 levels) at line ${conv.tooDeep.line}.`,
            span: { ...conv.tooDeep, endLine: conv.tooDeep.line, endColumn: conv.tooDeep.column + 1 }
          }
        : undefined)
    return problem ? { path: file, body, problem } : { path: file, body }
  } finally {
    // The tree lives in wasm memory, which the JS garbage collector does not see.
    tree.delete()
  }
}

export function problemAt(file: string, message: string, line = 1, column = 1): ParsedFile['problem'] {
  return { message, span: { file, line, column, endLine: line, endColumn: column + 1 } }
}
