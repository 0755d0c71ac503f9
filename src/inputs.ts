import { UsageError } from './errors.js'

/**
 * Inputs read once, the same way for the action (`core.getInput`) and the
 * CLI (flags). Names are the action's kebab-case input names; the CLI maps
 * its flags onto them. Errors name the input (or flag) and the allowed values.
 */
export class Inputs {
  constructor(
    private readonly get: (name: string) => string | undefined,
    /** How the user spells an input: `input 'fail-on'` in the action, `--fail-on` in the CLI. */
    readonly describe: (name: string) => string = (name) => `input '${name}'`
  ) {}

  /** The trimmed value, or undefined when empty or absent. */
  string(name: string): string | undefined {
    const v = this.get(name)?.trim()
    return v ? v : undefined
  }

  required(name: string, hint?: string): string {
    const v = this.string(name)
    if (v === undefined) throw new UsageError(`${this.describe(name)} is required${hint ? `: ${hint}` : ''}`)
    return v
  }

  boolean(name: string, fallback: boolean): boolean {
    const v = this.string(name)
    if (v === undefined) return fallback
    if (/^(true|yes|1|on)$/i.test(v)) return true
    if (/^(false|no|0|off)$/i.test(v)) return false
    throw new UsageError(`${this.describe(name)} must be true or false, not '${v}'`)
  }

  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const v = this.string(name)
    if (v === undefined) return fallback
    const match = allowed.find((a) => a.toLowerCase() === v.toLowerCase())
    if (!match) throw new UsageError(`${this.describe(name)} must be one of ${allowed.join(', ')}, not '${v}'`)
    return match
  }

  integer(name: string, fallback: number, { min = 0 } = {}): number {
    const v = this.string(name)
    if (v === undefined) return fallback
    if (!/^\d+$/.test(v) || Number(v) < min)
      throw new UsageError(`${this.describe(name)} must be a whole number of at least ${min}, not '${v}'`)
    return Number(v)
  }

  /** Multi-line (or comma-separated, for flags given once) lists; blank lines and `#` comments dropped. */
  lines(name: string): string[] {
    const v = this.get(name) ?? ''
    return v
      .split(/\r?\n/)
      .flatMap((l) => (l.includes(',') && !l.includes('=') ? l.split(',') : [l]))
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
  }

  /** `key=value` lines (tags). */
  keyValues(name: string): Record<string, string> {
    const out: Record<string, string> = {}
    for (const line of (this.get(name) ?? '').split(/\r?\n|,(?=[^,=]+=)/)) {
      const t = line.trim()
      if (!t || t.startsWith('#')) continue
      const eq = t.indexOf('=')
      if (eq <= 0) throw new UsageError(`${this.describe(name)}: '${t}' is not key=value`)
      out[t.slice(0, eq).trim()] = t.slice(eq + 1).trim()
    }
    return out
  }

  /** A JSON object (nodepool-properties, cluster-properties). */
  json(name: string): Record<string, unknown> | undefined {
    const v = this.string(name)
    if (v === undefined) return undefined
    let parsed: unknown
    try {
      parsed = JSON.parse(v)
    } catch (err) {
      throw new UsageError(`${this.describe(name)} is not valid JSON: ${(err as Error).message}`)
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new UsageError(`${this.describe(name)} must be a JSON object`)
    return parsed as Record<string, unknown>
  }
}
