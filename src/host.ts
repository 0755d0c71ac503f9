/**
 * What an operation may do to the outside world, so that the action
 * (@actions/core) and the CLI (stdout/stderr) run the same code.
 */
export interface Host extends Printer {
  info(message: string): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
  notice(message: string, properties?: AnnotationProperties): void
  debug(message: string): void
  /** Marks a value as secret: never printed again (core.setSecret in the action). */
  setSecret(value: string): void
  setOutput(name: string, value: string): void
  /** Appends Markdown to the job summary (no-op in the CLI). */
  addSummary(markdown: string): Promise<void>
  /** True when running as a GitHub Action. */
  readonly isAction: boolean
  /** True when the CLI's stdout is a terminal (colour in text output). */
  readonly isTTY?: boolean
}

export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** The primary result of a CLI command goes to stdout; logs go to stderr. In the action both are the log. */
export interface Printer {
  print(text: string): void
}
