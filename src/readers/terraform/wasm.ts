/**
 * Loads the tree-sitter runtime and the Terraform grammar, once, on the first
 * Terraform file.
 *
 * The runtime (web-tree-sitter.js, self-contained ESM) is imported from disk
 * at run time rather than bundled: ncc's rewrite of its `await import("module")`
 * breaks `createRequire` in the bundle. In the bundle, scripts/bundle.mjs
 * copies web-tree-sitter.js, web-tree-sitter.wasm and
 * tree-sitter-terraform.wasm next to the bundle's files; in a checkout they
 * come from node_modules. The wasm bytes are read here and handed over, so
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
  terraform: { file: 'tree-sitter-terraform.wasm', module: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm', sibling: false }
} as const

/** Where a file is: beside this module (the bundle), else in node_modules. */
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
    // The query makes this a module instance of its own: web-tree-sitter keeps its wasm instance in module
    // globals, and another reader initialising the same instance concurrently would replace it under us.
    const url = `${pathToFileURL(locate('runtimeJs')).href}?reader=terraform`
    const mod = (await import(/* webpackIgnore: true */ url)) as WebTreeSitter
    await mod.Parser.init({ wasmBinary: await readFile(locate('runtime')) })
    return mod
  })()
  return runtime
}

let loading: Promise<TsParser> | undefined

/** The Terraform parser, created on first use. */
export function terraformParser(): Promise<TsParser> {
  loading ??= (async () => {
    const { Parser, Language } = await treeSitterRuntime()
    const language = await Language.load(new Uint8Array(await readFile(locate('terraform'))))
    const parser = new Parser()
    parser.setLanguage(language)
    return parser
  })()
  return loading
}
