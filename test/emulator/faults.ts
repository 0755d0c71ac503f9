/**
 * Fault injection: each fault matches requests by method and path and is
 * used `times` times (default once), in the order faults were added.
 */
export interface Fault {
  /** HTTP method, any case; any method when absent. */
  method?: string
  /** A case-insensitive substring of the path, or a regular expression tested against the path. */
  path?: string | RegExp
  /** How many matching requests this fault applies to (default 1; Infinity for all). */
  times?: number
  /** Answer with this status and an ARM (or Entra ID) error body instead of the real answer. */
  status?: number
  code?: string
  message?: string
  /** `Retry-After` header (seconds) on the fault's answer. */
  retryAfter?: number
  /** Waits this long before answering (with the fault's status, or the real answer). */
  delayMs?: number
  /** Destroys the connection without an answer. */
  reset?: boolean
  /** The long-running operation started by the matching request ends `Failed` with this error. */
  failOperation?: { code: string; message: string }
}

export class Faults {
  private readonly list: Array<Fault & { used: number }> = []

  add(...faults: Fault[]): void {
    for (const f of faults) this.list.push({ ...f, used: 0 })
  }

  clear(): void {
    this.list.length = 0
  }

  /** Faults not used as many times as they were meant to be (a test can assert none are left). */
  pending(): Fault[] {
    return this.list.filter((f) => f.used < (f.times ?? 1))
  }

  /** Takes the first matching fault that has uses left. */
  take(method: string, path: string): Fault | undefined {
    const f = this.list.find(
      (x) =>
        x.used < (x.times ?? 1) &&
        (!x.method || x.method.toUpperCase() === method.toUpperCase()) &&
        (!x.path || (typeof x.path === 'string' ? path.toLowerCase().includes(x.path.toLowerCase()) : x.path.test(path)))
    )
    if (f) f.used++
    return f
  }
}
