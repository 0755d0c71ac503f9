/**
 * ESLint's RuleTester in small: valid cases must give no report; invalid
 * cases must give exactly the expected reports, compared as whole arrays
 * (message id, full message text, severity, full range).
 */
import { describe, expect, it } from '@jest/globals'
import type { Declaration, Severity } from '../../src/model.js'
import type { Rule, RuleContext } from '../../src/rules/types.js'
import { formatMessage } from '../../src/rules/types.js'
import { context } from './builders.js'

export interface Expected {
  messageId: string
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** Defaults to the rule's severity. */
  severity?: Severity
}

export interface ValidCase {
  name: string
  decl: Declaration
  ctx?: RuleContext
}

export interface InvalidCase extends ValidCase {
  errors: Expected[]
}

/** What a user sees of a rule's reports once the engine places them. */
export function run(rule: Rule, decl: Declaration, ctx: RuleContext = context()): Required<Expected>[] {
  return rule.check(decl, ctx).map((r) => {
    const template = rule.meta.messages[r.messageId]
    if (template === undefined) throw new Error(`${rule.meta.id}: unknown message id ${r.messageId}`)
    const span = r.span ?? decl.span
    return {
      messageId: r.messageId,
      message: formatMessage(template, r.data),
      line: span.line,
      column: span.column,
      endLine: span.endLine,
      endColumn: span.endColumn,
      severity: r.severity ?? rule.meta.severity
    }
  })
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))('%s', (_, c) => {
        expect(run(rule, c.decl, c.ctx)).toEqual([])
      })
    })
    describe('invalid', () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', (_, c) => {
        const actual = run(rule, c.decl, c.ctx)
        expect(actual).toEqual(c.errors.map((e) => ({ severity: rule.meta.severity, ...e })))
        for (const a of actual) expect(a.message).not.toMatch(/\{\{/)
      })
    })
  })
}

/** The expected range of a span, for the `errors` of a case. */
export function at(s: { line: number; column: number; endLine: number; endColumn: number }) {
  return { line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn }
}
