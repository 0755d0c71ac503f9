import { formatMessage } from '../rules/types.js'
import type { Draft } from './engine.js'

/**
 * Loop instances (`pools[0]`, `count.index=1`, `each.key=gpu`) that give the
 * same finding at the same position are reported once, the message naming
 * the instances; a finding from a single instance names it too, so the user
 * knows which iteration is wrong. Instances usually differ in their pool's
 * name (`zone${count.index}`): findings that differ only in the pool name are
 * the same finding, and the message names every pool (`zone1/zone2`). A
 * finding that the file gives on its own
 * (no instance) wins over the same finding from its callers (a Bicep module
 * linted alone and through `module x './aks.bicep'`): it is reported once.
 */
export function mergeInstances(drafts: Draft[]): Draft[] {
  const out: Draft[] = []
  const groups = new Map<string, { first: Draft; instances: string[]; pools: string[] }>()
  const at = (d: Draft) => [d.ruleId, d.file, d.line, d.column, d.endLine, d.endColumn].join('\u0000')
  // Instances of one loop: the same finding but for the pool's name.
  const keyOf = (d: Draft) => {
    const { pool: _pool, ...rest } = d.data ?? {}
    return `${at(d)}\u0000${d.template ? `${d.template}\u0000${JSON.stringify(rest)}` : d.message}`
  }
  // The file on its own and a caller: the very same message.
  const plain = new Set(drafts.filter((d) => !d.declaration?.instance).map((d) => `${at(d)}\u0000${d.message}`))
  for (const d of drafts) {
    const instance = d.declaration?.instance
    if (!instance) {
      out.push(d)
      continue
    }
    if (plain.has(`${at(d)}\u0000${d.message}`)) continue
    const key = keyOf(d)
    const group = groups.get(key)
    const pool = d.data?.pool
    if (group) {
      if (!group.instances.includes(instance)) group.instances.push(instance)
      if (pool !== undefined && !group.pools.includes(String(pool))) group.pools.push(String(pool))
    } else {
      const first = { ...d }
      groups.set(key, { first, instances: [instance], pools: pool === undefined ? [] : [String(pool)] })
      out.push(first)
    }
  }
  for (const { first, instances, pools } of groups.values()) {
    if (pools.length > 1 && first.template) first.message = formatMessage(first.template, { ...first.data, pool: pools.join('/') })
    const message = first.message.replace(/\.$/, '')
    first.message = `${message} (${instances.length > 1 ? 'instances' : 'instance'}: ${instances.join(', ')})${first.message.endsWith('.') ? '.' : ''}`
  }
  return out
}
