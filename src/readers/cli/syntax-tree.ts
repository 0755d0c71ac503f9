import type { Tree } from 'web-tree-sitter'

/**
 * A plain JavaScript copy of a tree-sitter tree, made in one pass with a
 * cursor. Every property read on a web-tree-sitter Node crosses into
 * WebAssembly; walking the copy instead keeps a script at about the cost of
 * parsing it.
 */
export class SyntaxNode {
  readonly children: SyntaxNode[] = []
  parent: SyntaxNode | null = null
  hasError = false
  constructor(
    readonly type: string,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly field: string | null,
    private readonly source: string
  ) {}

  get namedChildren(): SyntaxNode[] {
    return this.children.filter((c) => c.isNamed)
  }

  get firstNamedChild(): SyntaxNode | null {
    return this.children.find((c) => c.isNamed) ?? null
  }

  get childCount(): number {
    return this.children.length
  }

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex)
  }

  childForFieldName(name: string): SyntaxNode | null {
    return this.children.find((c) => c.field === name) ?? null
  }
}

export function copyTree(tree: Tree, source: string): SyntaxNode {
  const cursor = tree.walk()
  try {
    const make = (): SyntaxNode =>
      new SyntaxNode(
        cursor.nodeType,
        cursor.nodeIsNamed,
        cursor.nodeIsMissing,
        cursor.startIndex,
        cursor.endIndex,
        cursor.currentFieldName,
        source
      )
    const root = make()
    const stack: SyntaxNode[] = [root]
    // Iterative walk: deep scripts must not exhaust the JavaScript stack.
    if (cursor.gotoFirstChild()) {
      for (;;) {
        const node = make()
        const parent = stack[stack.length - 1]
        node.parent = parent
        parent.children.push(node)
        if (cursor.gotoFirstChild()) {
          stack.push(node)
          continue
        }
        let moved = cursor.gotoNextSibling()
        while (!moved) {
          if (!cursor.gotoParent()) break
          stack.pop()
          if (stack.length === 0) break
          moved = cursor.gotoNextSibling()
        }
        if (!moved) break
      }
    }
    markErrors(root)
    return root
  } finally {
    cursor.delete()
  }
}

function markErrors(root: SyntaxNode): void {
  // Post-order without recursion: a node has an error when it or a descendant is ERROR or MISSING.
  const order: SyntaxNode[] = []
  const todo = [root]
  while (todo.length) {
    const n = todo.pop()!
    order.push(n)
    for (const c of n.children) todo.push(c)
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i]
    if (n.type === 'ERROR' || n.isMissing || n.children.some((c) => c.hasError)) n.hasError = true
  }
}
