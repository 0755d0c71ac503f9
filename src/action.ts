import * as core from '@actions/core'
import { AzureOperationError, PreflightError, UsageError } from './errors.js'
import type { Host } from './host.js'
import { Inputs } from './inputs.js'
import { loadMode, MODES } from './modes.js'

/** The GitHub Action: inputs from `INPUT_*`, outputs to `GITHUB_OUTPUT`, one `setFailed` on failure. */
export async function run(): Promise<void> {
  const host = actionHost()
  try {
    const inputs = new Inputs((name) => core.getInput(name))
    const mode = inputs.choice('mode', MODES, 'snapshot')
    const runMode = await loadMode(mode)
    const code = await runMode(inputs, host)
    if (code !== 0) process.exitCode = code
  } catch (err) {
    reportFailure(err, host)
  }
}

function reportFailure(err: unknown, host: Host): void {
  const known = err instanceof UsageError || err instanceof AzureOperationError || err instanceof PreflightError
  const message = err instanceof Error ? err.message : String(err)
  if (err instanceof Error && err.stack) host.debug(err.stack)
  core.setFailed(known ? message : `internal error: ${message}`)
}

export function actionHost(): Host {
  return {
    isAction: true,
    info: (m) => core.info(m),
    print: (m) => core.info(m),
    debug: (m) => core.debug(m),
    warning: (m, p) => core.warning(m, p),
    error: (m, p) => core.error(m, p),
    notice: (m, p) => core.notice(m, p),
    setSecret: (v) => core.setSecret(v),
    setOutput: (n, v) => core.setOutput(n, v),
    addSummary: async (md) => {
      // Outside a runner (local runs) there is no summary file to write to.
      if (!process.env.GITHUB_STEP_SUMMARY) return
      await core.summary.addRaw(md, true).write()
    }
  }
}
