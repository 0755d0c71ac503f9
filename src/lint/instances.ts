import type { Draft } from './engine.js'

/**
 * Loop instances (`pools[0]`, `count.index=1`, `each.key=gpu`) that give the
 * same finding at the same position are reported once, the message naming
 * the instances; a finding from a single instance names it too, so the user
 * knows which iteration is wrong. A finding that the file gives on its own
 * (no instance) wins over the same finding from its callers (a Bicep module
 * linted alone and through `module x './aks.bicep'`): it is reported once.
 */
export function mergeInstances(drafts: Draft[]): Draft[] {
  const out: Draft[] = []
  const groups = new Map<string, { first: Draft; instances: string[] }>()
  const keyOf = (d: Draft) => [d.ruleId, d.file, d.line, d.column, d.endLine, d.endColumn, d.message].join('\u0000')
  const plain = new Set(drafts.filter((d) => !d.declaration?.instance).map(keyOf))
  for (const d of drafts) {
    const instance = d.declaration?.instance
    if (!instance) {
      out.push(d)
      continue
    }
    const key = keyOf(d)
    if (plain.has(key)) continue
    const group = groups.get(key)
    if (group) {
      if (!group.instances.includes(instance)) group.instances.push(instance)
    } else {
      const first = { ...d }
      groups.set(key, { first, instances: [instance] })
      out.push(first)
    }
  }
  for (const { first, instances } of groups.values()) {
    const message = first.message.replace(/\.$/, '')
    first.message = `${message} (${instances.length > 1 ? 'instances' : 'instance'}: ${instances.join(', ')})${first.message.endsWith('.') ? '.' : ''}`
  }
  return out
}
