// Builds the bundle GitHub runs (dist/index.js), which bin/aks-snapshot.js
// also runs as the CLI. ncc's output is deterministic from a clean `npm ci`,
// so CI rebuilds and demands `git diff --exit-code dist`. The tree-sitter
// runtime and grammars are loaded from files at run time
// (src/readers/tree-sitter.ts), so they are copied next to dist/index.js.
import { execFileSync } from 'node:child_process'
import { copyFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'

rmSync('dist', { recursive: true, force: true })
const ncc = (entry, out) =>
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' })
ncc('src/index.ts', 'dist')

const require = createRequire(import.meta.url)
const runtimeWasm = require.resolve('web-tree-sitter/web-tree-sitter.wasm')
for (const file of [
  runtimeWasm,
  join(dirname(runtimeWasm), 'web-tree-sitter.js'),
  require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'),
  require.resolve('tree-sitter-bash/tree-sitter-bash.wasm')
])
  copyFileSync(file, join('dist', basename(file)))
