#!/usr/bin/env node
// The CLI runs from the same bundle as the action (dist/index.js), without node_modules.
globalThis.aksSnapshotCli = true
const { main } = await import('../dist/index.js')
process.exitCode = await main(process.argv.slice(2))
