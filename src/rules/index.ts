/**
 * Every rule, in SPEC §5 order. A rule's file name is its id; the
 * rule-files test checks that each id has a rule, a test and a docs page.
 */
import type { RuleId } from '../model.js'
import type { Rule } from './types.js'
import missingSnapshotId from './missing-snapshot-id.js'
import invalidSnapshotId from './invalid-snapshot-id.js'
import unpinnedUpgrade from './unpinned-upgrade.js'
import vmFamilyMismatch from './vm-family-mismatch.js'
import snapshotRegion from './snapshot-region.js'
import versionConflict from './version-conflict.js'
import versionDowngrade from './version-downgrade.js'
import nodeImageOnlyRequired from './node-image-only-required.js'
import osMismatch from './os-mismatch.js'
import unsupportedVersion from './unsupported-version.js'
import unknownSnapshot from './unknown-snapshot.js'
import deprecatedCommand from './deprecated-command.js'
import invalidSuppression from './invalid-suppression.js'
import parseError from './parse-error.js'

export const RULES: Rule[] = [
  missingSnapshotId,
  invalidSnapshotId,
  unpinnedUpgrade,
  vmFamilyMismatch,
  snapshotRegion,
  versionConflict,
  versionDowngrade,
  nodeImageOnlyRequired,
  osMismatch,
  unsupportedVersion,
  unknownSnapshot,
  deprecatedCommand,
  invalidSuppression,
  parseError
]

const BY_ID = new Map<string, Rule>(RULES.map((rule) => [rule.meta.id, rule]))

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id)
}

/** Narrows a string to a rule id (config keys, suppression comments). */
export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id)
}
