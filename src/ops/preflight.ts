import { PreflightError } from '../errors.js'
import type { Host } from '../host.js'
import type { Declaration, RuleId, Severity, Span } from '../model.js'
import type { Catalog } from '../policy/catalog.js'
import { buildRuleContext, type SnapshotSources } from '../lint/snapshots.js'
import { RULES } from '../rules/index.js'
import { formatMessage, type Policy, type Rule } from '../rules/types.js'

/**
 * Preflight: the lint rules run on the declarations an Azure mode is about
 * to make real, before any write. An error stops the mode with nothing
 * changed; warnings and notes are logged and the mode goes on.
 */

/** Declarations built from live state have no file: this span stands for "the operation itself". */
export const LIVE_SPAN: Span = { file: '', line: 1, column: 1, endLine: 1, endColumn: 1 }

export interface PreflightFinding {
  ruleId: RuleId
  severity: Severity
  message: string
}

export interface PreflightOptions {
  catalog?: Catalog
  policy?: Policy
  resolveLive?: SnapshotSources['resolveLive']
  supportedVersionsLive?: SnapshotSources['supportedVersionsLive']
  /** The rule set (tests); default every rule. */
  rules?: Rule[]
}

/** Runs the rules; returns every finding. */
export async function checkRules(declarations: Declaration[], options: PreflightOptions = {}): Promise<PreflightFinding[]> {
  const context = await buildRuleContext(declarations, {
    policy: options.policy ?? { snapshotRegion: 'any' },
    ...(options.catalog ? { catalog: options.catalog } : {}),
    ...(options.resolveLive ? { resolveLive: options.resolveLive } : {}),
    ...(options.supportedVersionsLive ? { supportedVersionsLive: options.supportedVersionsLive } : {})
  })
  const findings: PreflightFinding[] = []
  for (const rule of options.rules ?? RULES) {
    for (const declaration of declarations) {
      for (const report of rule.check(declaration, context)) {
        const template = (rule.meta.messages as Record<string, string>)[report.messageId] ?? report.messageId
        findings.push({
          ruleId: rule.meta.id,
          severity: report.severity ?? rule.meta.severity,
          message: formatMessage(template, report.data)
        })
      }
    }
  }
  return findings
}

/**
 * Runs the rules, logs warnings and notes, and throws a PreflightError naming
 * every error. A finding that several declarations of one operation give (an
 * upgrade and the pool it leaves behind) is reported once.
 */
export async function preflight(declarations: Declaration[], host: Host, options: PreflightOptions = {}): Promise<PreflightFinding[]> {
  const seen = new Set<string>()
  const findings = (await checkRules(declarations, options)).filter((f) => {
    const key = `${f.ruleId}\u0000${f.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  for (const f of findings) {
    if (f.severity === 'warning') host.warning(`preflight ${f.ruleId}: ${f.message}`)
    else if (f.severity === 'note') host.notice(`preflight ${f.ruleId}: ${f.message}`)
  }
  const errors = findings.filter((f) => f.severity === 'error')
  if (errors.length)
    throw new PreflightError(`preflight failed, nothing was changed in Azure: ${errors.map((f) => `${f.ruleId}: ${f.message}`).join(' ')}`)
  return findings
}
