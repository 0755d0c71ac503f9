/**
 * The tree-sitter runtime and its grammars (Terraform for the Terraform
 * reader, bash for the az CLI reader), loaded once each, on the first file
 * that needs them.
 *
 * The runtime (web-tree-sitter.js, self-contained ESM) is imported from disk
 * at run time rather than bundled: ncc's rewrite of its `await import("module")`
 * breaks `createRequire` in the bundle. In the bundle, scripts/bundle.mjs copies
 * the files of TREE_SITTER_FILES next to dist/index.js; in a checkout they come
 * from node_modules. The wasm bytes are read here and handed over, so
 * web-tree-sitter never locates anything itself.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import * as path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Parser as TsParser } from 'web-tree-sitter'

/** The files the bundle needs beside it, and where they are in node_modules. */
export const TREE_SITTER_FILES = {
  runtimeJs: { file: 'web-tree-sitter.js', module: 'web-tree-sitter/web-tree-sitter.wasm', sibling: true },
  runtime: { file: 'web-tree-sitter.wasm', module: 'web-tree-sitter/web-tree-sitter.wasm', sibling: false },
  terraform: {
    file: 'tree-sitter-terraform.wasm',
    module: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
    sibling: false
  },
  bash: { file: 'tree-sitter-bash.wasm', module: 'tree-sitter-bash/tree-sitter-bash.wasm', sibling: false }
} as const

export type Grammar = 'terraform' | 'bash'

/** Where a file is: beside this module (dist/ in the bundle), else in node_modules. */
export function locate(which: keyof typeof TREE_SITTER_FILES): string {
  const { file, module, sibling } = TREE_SITTER_FILES[which]
  const here = path.dirname(fileURLToPath(import.meta.url))
  const candidates = [path.join(here, file), path.join(here, '..', file)]
  for (const candidate of candidates) if (existsSync(candidate)) return candidate
  try {
    const resolved = createRequire(import.meta.url).resolve(module)
    // The package exports no path to its ESM file itself: it sits beside the wasm.
    return sibling ? path.join(path.dirname(resolved), file) : resolved
  } catch {
    throw new Error(`cannot find ${file} (looked in ${candidates.join(', ')} and node_modules)`)
  }
}

type WebTreeSitter = typeof import('web-tree-sitter')

let runtime: Promise<WebTreeSitter> | undefined
/** The web-tree-sitter module, initialised once. */
export function treeSitterRuntime(): Promise<WebTreeSitter> {
  runtime ??= (async () => {
    const url = pathToFileURL(locate('runtimeJs')).href
    const mod = (await import(/* webpackIgnore: true */ url)) as WebTreeSitter
    await mod.Parser.init({ wasmBinary: await readFile(locate('runtime')) })
    return mod
  })()
  return runtime
}

const parsers = new Map<Grammar, Promise<TsParser>>()

/** A parser for a grammar, created on first use. */
export function treeSitterParser(grammar: Grammar): Promise<TsParser> {
  let parser = parsers.get(grammar)
  if (!parser) {
    parser = (async () => {
      const { Parser, Language } = await treeSitterRuntime()
      const language = await Language.load(new Uint8Array(await readFile(locate(grammar))))
      const p = new Parser()
      p.setLanguage(language)
      return p
    })()
    parsers.set(grammar, parser)
  }
  return parser
}
