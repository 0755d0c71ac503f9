import { describe, expect, it } from '@jest/globals'
import { AzureOperationError } from '../../src/errors.js'
import { formatDuration, waitFor, type Operation } from '../../src/ops/pinning.js'
import { FakeHost } from '../../__fixtures__/host.js'

/** A long-running operation under the test's control: statuses are pushed, then it settles. */
function operation<T>(): Operation<T> & { progress(status: string): void; settle(value: T): void; fail(err: Error): void } {
  let listener: (s: { status: string }) => void = () => undefined
  let resolve!: (v: T) => void
  let reject!: (e: Error) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return {
    onProgress: (cb) => {
      listener = cb
    },
    then: (a, b) => promise.then(a, b),
    progress: (status) => listener({ status }),
    settle: (v) => resolve(v),
    fail: (e) => reject(e)
  }
}

const opts = { what: 'creating node pool np2 in cluster aks1', step: 'create node pool', resourceId: '/x/agentPools/np2' }

describe('waitFor', () => {
  it('logs the start, each change of status once, a heartbeat while Azure works, and the end', async () => {
    const host = new FakeHost()
    const op = operation<string>()
    const done = waitFor(host, op, { ...opts, heartbeatMs: 20 })
    op.progress('running')
    op.progress('running')
    await new Promise((r) => setTimeout(r, 70))
    op.progress('succeeded')
    op.settle('pool')
    expect(await done).toBe('pool')
    const lines = host.logged('info')
    expect(lines[0]).toBe('Started creating node pool np2 in cluster aks1; waiting for Azure to finish')
    expect(lines[1]).toBe('Creating node pool np2 in cluster aks1: running (0s)')
    const heartbeats = lines.filter((l) => l.startsWith('Still creating node pool np2 in cluster aks1 (running, '))
    expect(heartbeats.length).toBeGreaterThanOrEqual(2)
    expect(lines.filter((l) => l.endsWith(': running (0s)'))).toHaveLength(1)
    expect(lines.at(-2)).toBe('Creating node pool np2 in cluster aks1: succeeded (0s)')
    expect(lines.at(-1)).toBe('Finished creating node pool np2 in cluster aks1 in 0s')
    // The heartbeat stops with the operation.
    const count = host.lines.length
    await new Promise((r) => setTimeout(r, 50))
    expect(host.lines.length).toBe(count)
  })

  it("turns core-lro's failed and canceled operations into ARM errors with the operation's code and message", async () => {
    const failed = operation<void>()
    const p1 = waitFor(new FakeHost(), failed, opts)
    failed.fail(
      new Error(
        'The long-running operation has failed. QuotaExceeded. Operation results in exceeding approved cores quota. Additional details.'
      )
    )
    const e1 = (await p1.catch((e: unknown) => e)) as AzureOperationError
    expect(e1).toBeInstanceOf(AzureOperationError)
    expect(e1.details).toEqual({
      step: 'create node pool',
      resourceId: '/x/agentPools/np2',
      code: 'QuotaExceeded',
      armMessage: 'Operation results in exceeding approved cores quota. Additional details',
      state: 'Azure ran the operation and it did not succeed: check the resource.'
    })
    const canceled = operation<void>()
    const p2 = waitFor(new FakeHost(), canceled, opts)
    canceled.fail(new Error('The long-running operation has been canceled'))
    expect(((await p2.catch((e: unknown) => e)) as AzureOperationError).details).toMatchObject({
      code: 'OperationCanceled',
      armMessage: 'the operation was canceled in Azure'
    })
    // Anything else (a network error after retries) is left to the ARM error mapping.
    const other = operation<void>()
    const p3 = waitFor(new FakeHost(), other, opts)
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
    other.fail(reset)
    expect(await p3.catch((e: unknown) => e)).toBe(reset)
  })

  it('formats durations as a person reads them', () => {
    expect([400, 59_400, 60_000, 754_000].map(formatDuration)).toEqual(['0s', '59s', '1m00s', '12m34s'])
  })
})
