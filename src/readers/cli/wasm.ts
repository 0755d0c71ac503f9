/**
 * Loads tree-sitter-bash once, on the first script. Like the Terraform
 * grammar (readers/terraform/wasm.ts): in the bundle the wasm files sit next
 * to the bundle's own files, in a checkout they come from node_modules, and
 * the bytes are handed to web-tree-sitter so it never locates anything itself.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Parser as TsParser } from 'web-tree-sitter'

export const BASH_WASM_FILES = {
  runtime: { file: 'web-tree-sitter.wasm', module: 'web-tree-sitter/web-tree-sitter.wasm' },
  bash: { file: 'tree-sitter-bash.wasm', module: 'tree-sitter-bash/tree-sitter-bash.wasm' }
} as const

function locate(which: keyof typeof BASH_WASM_FILES): string {
  const { file, module } = BASH_WASM_FILES[which]
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

export function bashParser(): Promise<TsParser> {
  loading ??= (async () => {
    const { Parser, Language } = await import('web-tree-sitter')
    await Parser.init({ wasmBinary: await readFile(locate('runtime')) })
    const language = await Language.load(new Uint8Array(await readFile(locate('bash'))))
    const parser = new Parser()
    parser.setLanguage(language)
    return parser
  })()
  return loading
}
