/**
 * Every rule, in SPEC §5 order. A rule's file name is its id; the
 * rule-files test checks that each id has a rule, a test and a docs page.
 */
import type { Rule } from './types.js'
import missingSnapshotId from './missing-snapshot-id.js'
import invalidSnapshotId from './invalid-snapshot-id.js'

export const RULES: Rule[] = [missingSnapshotId, invalidSnapshotId]

const BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]))

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id as Rule['meta']['id'])
}
