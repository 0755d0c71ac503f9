// Rebuilds dist/ from src/ and fails when it differs from what is committed
// (actions/typescript-action's check-dist), then builds a second time to prove
// the bundle is reproducible bit for bit.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' })
const digest = (dir) => {
  const h = createHash('sha256')
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else h.update(p).update(readFileSync(p))
    }
  }
  walk(dir)
  return h.digest('hex')
}

run('node', ['scripts/bundle.mjs'])
const first = digest('dist')
const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' })
if (status.trim()) {
  console.error('dist/ is not what `npm run bundle` makes from src/:\n' + status)
  execFileSync('git', ['--no-pager', 'diff', '--stat', '--', 'dist'], { stdio: 'inherit' })
  console.error('Run `npm run bundle` and commit dist/.')
  process.exit(1)
}
run('node', ['scripts/bundle.mjs'])
if (digest('dist') !== first) {
  console.error('Two bundles of the same source differ: the build is not reproducible.')
  process.exit(1)
}
console.log(`dist/ is up to date and reproducible (sha256 ${first.slice(0, 16)})`)
