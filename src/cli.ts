import { AzureOperationError, PreflightError, UsageError } from './errors.js'
import type { Host } from './host.js'
import { Inputs } from './inputs.js'
import { loadMode, MODES, type Mode } from './modes.js'
import { VERSION } from './version.js'

/** Flags whose CLI name differs from the action input they set. */
const FLAG_TO_INPUT: Record<string, string> = { subscription: 'subscription-id', timeout: 'timeout-minutes' }
const INPUT_TO_FLAG = Object.fromEntries(Object.entries(FLAG_TO_INPUT).map(([f, i]) => [i, f]))
/** Flags that take no value. */
const SWITCHES = new Set(['json', 'debug', 'dry-run', 'resolve-live', 'help', 'version', 'annotate', 'only-changed', 'pr-comment'])

const USAGE = `Usage: aks-snapshot <command> [options]

Commands:
  snapshot          take a node pool snapshot (--resource-group --cluster-name --nodepool-name | --nodepool-id)
  lint [paths...]   lint Bicep, ARM, Terraform and az CLI for pools not pinned to a snapshot
  create-nodepool   add a node pool from a snapshot (--snapshot-id | --pin --catalog)
  upgrade-nodepool  upgrade a node pool to a snapshot
  create-cluster    create a cluster whose system pool comes from a snapshot
  list              list snapshots, the pools built from each, and drift
  prune             delete old snapshots that nothing uses

Azure options: --subscription --environment --arm-endpoint --authority-host
               --client-id --tenant-id --timeout <minutes>
Lint options:  --format text|json|sarif|github --output FILE --config FILE
               --catalog FILE --fail-on error|warning|never --baseline FILE
               --write-baseline FILE
Other:         --json  --debug  --help  --version
Every action input is accepted as --<input-name> <value>.`

export interface CliIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
  isTTY: boolean
}

const defaultIO = (): CliIO => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY)
})

/** Runs the CLI; returns the exit code (0 ok, 1 findings/failure, 2 usage or internal error). */
export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  const secrets: string[] = []
  const mask = (text: string): string => secrets.reduce((t, s) => t.split(s).join('***'), text)
  let debug = false
  const host: Host = {
    isAction: false,
    isTTY: io.isTTY,
    info: (m) => io.stderr(mask(m) + '\n'),
    print: (m) => io.stdout(mask(m) + (m.endsWith('\n') ? '' : '\n')),
    debug: (m) => {
      if (debug) io.stderr(mask(`debug: ${m}`) + '\n')
    },
    warning: (m) => io.stderr(mask(`warning: ${m}`) + '\n'),
    error: (m) => io.stderr(mask(`error: ${m}`) + '\n'),
    notice: (m) => io.stderr(mask(`notice: ${m}`) + '\n'),
    setSecret: (v) => {
      if (v) secrets.push(v)
    },
    setOutput: () => {},
    addSummary: async () => {}
  }
  try {
    const { command, values } = parseArgv(argv)
    debug = values.debug === 'true'
    if (values.version === 'true') {
      host.print(VERSION)
      return 0
    }
    if (!command || values.help === 'true') {
      host.print(USAGE)
      return command || values.help === 'true' ? 0 : 2
    }
    if (!(MODES as readonly string[]).includes(command)) throw new UsageError(`unknown command '${command}'; commands: ${MODES.join(', ')}`)
    const inputs = new Inputs(
      (name) => values[name],
      (name) => `--${INPUT_TO_FLAG[name] ?? name}`
    )
    values.mode = command
    const runMode = await loadMode(command as Mode)
    return await runMode(inputs, host)
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    if (err instanceof Error && err.stack) host.debug(err.stack)
    if (err instanceof UsageError) {
      host.error(message)
      return 2
    }
    if (err instanceof AzureOperationError || err instanceof PreflightError) {
      host.error(message)
      return 1
    }
    host.error(`internal error: ${message}${debug ? '' : ' (run with --debug for details)'}`)
    return 2
  }
}

/** `cmd pos... --flag value --flag=value --switch`; positionals after the command become the `paths` input. */
export function parseArgv(argv: string[]): { command?: string; values: Record<string, string> } {
  const values: Record<string, string> = {}
  const positionals: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=')
      const flag = eq > 0 ? arg.slice(2, eq) : arg.slice(2)
      const name = FLAG_TO_INPUT[flag] ?? flag
      let value: string
      if (eq > 0) value = arg.slice(eq + 1)
      else if (SWITCHES.has(flag) && (i + 1 >= argv.length || !/^(true|false)$/i.test(argv[i + 1]))) value = 'true'
      else if (i + 1 < argv.length) value = argv[++i]
      else throw new UsageError(`--${flag} needs a value`)
      values[name] = name in values && isListInput(name) ? `${values[name]}\n${value}` : value
    } else if (arg === '-h') {
      values.help = 'true'
    } else {
      positionals.push(arg)
    }
  }
  const [command, ...rest] = positionals
  if (rest.length) values.paths = [values.paths, ...rest].filter(Boolean).join('\n')
  return { command, values }
}

const isListInput = (name: string): boolean => ['paths', 'exclude', 'tags'].includes(name)
