import { unknown, type Span, type Value } from '../../model.js'

/**
 * The reader's intermediate form of a script, shared by the shell and
 * PowerShell parsers: statements made of words, each word made of parts.
 * Offsets are in the script's own text (a YAML block scalar, a Markdown
 * fence); `ScriptText.span` maps them back to the original file.
 */
export type Part =
  | { kind: 'text'; text: string; start: number; end: number }
  /** `$NAME`, `${NAME}`, `${NAME:-fallback}`, PowerShell `$Name`, `$env:NAME`. */
  | { kind: 'var'; name: string; start: number; end: number; fallback?: Word; array?: boolean }
  /** `$(...)`, backticks, and PowerShell `$(...)`; also `$x = az ...` in PowerShell. */
  | { kind: 'subst'; body: Stmt[]; start: number; end: number }
  /** A value decided by the parser: a placeholder, a workflow expression, an arithmetic expansion. */
  | { kind: 'value'; value: Value<string>; start: number; end: number }

export interface Word {
  parts: Part[]
  start: number
  end: number
  /** Where a word spliced in from an array (`"${OPTS[@]}"`) is used: spans point there, not at the array. */
  at?: { start: number; end: number }
}

export type Stmt =
  | { kind: 'assign'; name: string; value?: Word; start: number; end: number; array?: Word[]; append?: boolean }
  | { kind: 'command'; words: Word[]; start: number; end: number }
  /** `for NAME in WORDS; do BODY; done`: `items` undefined when there is no `in` list (the positional parameters). */
  | { kind: 'loop'; name: string; items?: Word[]; body: Stmt[]; start: number; end: number }

export interface ScriptProblem {
  message: string
  start: number
  end: number
}

export interface ParsedScript {
  stmts: Stmt[]
  problems: ScriptProblem[]
}

/** `cmd`: Windows cmd.exe, read through the shell parser (cmd.ts). */
export type Language = 'shell' | 'powershell' | 'cmd'

/** A range of the script text whose value is decided before parsing (see masks.ts). */
export interface Mask {
  start: number
  end: number
  value: Value<string>
  /** A variable of the script rather than a fixed value (cmd's `%NAME%`): looked up like `$NAME` when the script runs. */
  variable?: string
}

/** One script found in a file, with the map from its offsets back to the file. */
export interface ScriptText {
  text: string
  language: Language
  /** Span in the original file of the script range [start, end). */
  span(start: number, end: number): Span
  /** Variables known before the script starts (workflow `env:`, pipeline `variables:`). */
  env?: Map<string, Value<string>>
  /** Pipeline macro values (`$(name)`), names lowercased. */
  macros?: Map<string, Value<string>>
  /** True for Azure Pipelines scripts, where `$(name)` is a macro, not a command substitution. */
  pipelines?: boolean
  /** Scripts of the same session share variables (GitLab's before_script, script and after_script of one job). */
  session?: object
  /** Report syntax problems (off for unlabelled Markdown fences, which may hold anything). */
  reportProblems: boolean
}

/**
 * What a branch (if/else, case, a loop, a later operand of && or ||, a
 * PowerShell block) assigned is unknown after it: it may not have run, or
 * another branch ran. `at` is the offset just after the branch.
 */
export function unknownAfterBranch(name: string, at: number): Stmt {
  const value = unknown(`$${name} is set only on some paths through the script`)
  return { kind: 'assign', name, value: { parts: [{ kind: 'value', value, start: at, end: at }], start: at, end: at }, start: at, end: at }
}
