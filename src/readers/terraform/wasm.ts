/**
 * Loads the tree-sitter runtime and the Terraform grammar, once, on the first
 * Terraform file. Both are WebAssembly files: in the ncc bundle they sit next
 * to the bundle's own files (scripts/bundle.mjs copies them there); in a
 * checkout they are found in node_modules. The wasm bytes are read here and
 * handed over, so web-tree-sitter never has to locate anything itself.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Parser as TsParser } from 'web-tree-sitter'

export const WASM_FILES = {
  runtime: { file: 'web-tree-sitter.wasm', module: 'web-tree-sitter/web-tree-sitter.wasm' },
  terraform: { file: 'tree-sitter-terraform.wasm', module: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm' }
} as const

/** Where a wasm file is: beside this module (the bundle), else resolved from node_modules. */
export function locateWasm(which: keyof typeof WASM_FILES): string {
  const { file, module } = WASM_FILES[which]
  const here = path.dirname(fileURLToPath(import.meta.url))
  const candidates = [path.join(here, file), path.join(here, '..', file)]
  for (const candidate of candidates) if (existsSync(candidate)) return candidate
  try {
    return createRequire(import.meta.url).resolve(module)
  } catch {
    throw new Error(`cannot find ${file} (looked in ${candidates.join(', ')} and node_modules)`)
  }
}

let loading: Promise<TsParser> | undefined
/** True once the grammar has been requested (tests check that a lint without Terraform files never asks). */
export let grammarRequested = false

/** The Terraform parser, created on first use. */
export function terraformParser(): Promise<TsParser> {
  grammarRequested = true
  loading ??= (async () => {
    const { Parser, Language } = await import('web-tree-sitter')
    const wasmBinary = await readFile(locateWasm('runtime'))
    await Parser.init({ wasmBinary })
    const language = await Language.load(new Uint8Array(await readFile(locateWasm('terraform'))))
    const parser = new Parser()
    parser.setLanguage(language)
    return parser
  })()
  return loading
}
