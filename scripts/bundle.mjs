// Builds the two bundles GitHub and the CLI run: dist/index.js (the action)
// and dist/cli/index.js (bin/aks-snapshot.js). ncc's output is deterministic
// from a clean `npm ci`, so CI rebuilds and demands `git diff --exit-code dist`.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })
const ncc = (entry, out) =>
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' })
ncc('src/index.ts', 'dist')
ncc('src/cli-main.ts', 'dist/cli')
