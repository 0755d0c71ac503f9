/**
 * A tiny line-based reader and two rules, so engine mechanics (discovery,
 * suppressions, instances, baseline, snapshot look-ups) are tested apart
 * from the real readers and rules. A line
 *   pool <name> [snap=<id>] [vm=<size>] [loc=<region>] [inst=<instance>]
 * declares a pool at the column of `pool`; `snapshot <id> vm=<size>` declares
 * a snapshot with known properties; `!parse <message>` is a parse problem at
 * that line; `!throw` makes the reader throw.
 */
import { known, unknown, type Declaration, type PoolDeclaration, type Span } from '../../src/model.js'
import type { Reader } from '../../src/readers/types.js'
import { defineRule, type Rule } from '../../src/rules/types.js'

export const fakeReader: Reader = {
  kind: 'cli',
  accepts: () => true,
  async read(file) {
    const declarations: Declaration[] = []
    const problems = []
    const lines = file.text.split(/\r?\n/)
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]
      const col = line.search(/\S/) + 1
      const span: Span = { file: file.path, line: i + 1, column: col, endLine: i + 1, endColumn: line.length + 1 }
      const words = line.trim().split(/\s+/)
      const opt = (k: string) => words.find((w) => w.startsWith(k + '='))?.slice(k.length + 1)
      if (words[0] === '!throw') throw new Error('fake reader broke')
      if (words[0] === '!parse') problems.push({ message: words.slice(1).join(' '), span })
      if (words[0] === 'pool') {
        const vm = opt('vm')
        const snap = opt('snap')
        const vmCol = line.indexOf('vm=') + 1
        const pool: PoolDeclaration = {
          kind: 'pool',
          span,
          source: 'cli',
          resource: `pool ${words[1]}`,
          ...(opt('inst') ? { instance: opt('inst') } : {}),
          name: known(words[1]),
          cluster: unknown('n/a'),
          mode: known('User'),
          vmSize: vm ? known(vm, { ...span, column: vmCol, endColumn: vmCol + 3 + vm.length }) : unknown('not stated'),
          location: opt('loc') ? known(opt('loc')!) : unknown('not stated'),
          kubernetesVersion: unknown('not stated'),
          controlPlaneVersion: unknown('not stated'),
          osType: unknown('not stated'),
          osSku: unknown('not stated'),
          enableFips: unknown('not stated'),
          system: false,
          ...(snap ? { snapshot: { id: snap === '$X' ? unknown('from outside') : known(snap) } } : {})
        }
        declarations.push(pool)
      }
      if (words[0] === 'snapshot') {
        declarations.push({
          kind: 'snapshot',
          span,
          source: 'cli',
          resource: `snapshot ${words[1]}`,
          name: known(words[1].split('/').pop()!),
          id: known(words[1]),
          location: unknown('n/a'),
          sourceResourceId: unknown('n/a'),
          sourceLocation: unknown('n/a'),
          properties: { vmSize: opt('vm'), kubernetesVersion: opt('k8s') }
        })
      }
    }
    return { declarations, problems }
  }
}

export const fakeRules: Rule[] = [
  defineRule(
    {
      id: 'missing-snapshot-id',
      severity: 'error',
      description: 'd',
      fullDescription: 'f',
      messages: { missing: 'Node pool {{pool}} has no snapshot.' }
    },
    (d) => (d.kind === 'pool' && !d.snapshot && d.name.known ? [{ messageId: 'missing', data: { pool: d.name.value } }] : [])
  ),
  defineRule(
    {
      id: 'vm-family-mismatch',
      severity: 'error',
      description: 'd',
      fullDescription: 'f',
      messages: { differ: '{{pool}} is {{vm}}, the snapshot is {{snap}}.' }
    },
    (d, ctx) => {
      if (d.kind !== 'pool' || !d.vmSize.known || !d.snapshot?.id.known || !d.snapshot.id.value) return []
      const snap = ctx.snapshot(d.snapshot.id.value)?.vmSize
      if (!snap || snap === d.vmSize.value) return []
      return [{ messageId: 'differ', data: { pool: String(d.name.known && d.name.value), vm: d.vmSize.value, snap }, span: d.vmSize.span }]
    }
  ),
  defineRule(
    { id: 'unsupported-version', severity: 'warning', description: 'd', fullDescription: 'f', messages: { v: '{{region}}: {{list}}' } },
    (d, ctx) => {
      if (d.kind !== 'pool' || !d.location.known) return []
      const list = ctx.supportedVersions(d.location.value)
      return list ? [{ messageId: 'v', data: { region: d.location.value, list: list.join(' ') } }] : []
    }
  )
]

export const fakeReaders = { cli: fakeReader }

export const SNAP = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/snap1'
