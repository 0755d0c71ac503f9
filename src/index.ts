import { run } from './action.js'

// One bundle serves both front doors: GitHub runs dist/index.js as the action;
// bin/aks-snapshot.js marks itself as the CLI before importing it and calls main().
export { main } from './cli.js'

if (!(globalThis as { aksSnapshotCli?: boolean }).aksSnapshotCli) await run()
