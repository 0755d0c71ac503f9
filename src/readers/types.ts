import type { Declaration, ParseProblem, Span } from '../model.js'
import type { Catalog } from '../policy/catalog.js'

/** One file handed to a reader. */
export interface SourceFile {
  /** POSIX path relative to the working directory (what findings show). */
  path: string
  /** The text, BOM removed. Line endings are kept as they are (CRLF counts as one line break). */
  text: string
}

/** A suppression comment or metadata found by a reader, for the lint engine to apply. */
export interface SuppressionDirective {
  /** `line`: this line and the next; `file`: the whole file; `resource`: findings within `span`. */
  scope: 'line' | 'file' | 'resource'
  rules: string[]
  /** Empty when the comment gives no `-- reason`. */
  reason: string
  /** What the directive covers (for `resource`: the whole resource). */
  span: Span
  /** Where the directive itself is written, when that is not `span` (an ARM metadata entry): where an invalid-suppression finding points. */
  at?: Span
}

export interface ReaderContext {
  /** Reads another file (a Bicep/Terraform module, an ARM parameters file), relative to the working directory; undefined when it does not exist or is unreadable. */
  readFile(path: string): Promise<string | undefined>
  /** Lists a directory (for Terraform modules, tfvars next to a .tf); POSIX paths relative to the working directory. */
  listDir(path: string): Promise<string[]>
  /** Whether the run leaves a path out (ignored by git, excluded by a glob): such a folder's files have no say in another file's values. */
  excluded?(path: string, isDir: boolean): Promise<boolean>
  /** The snapshot catalog of this run, when one is in use (config, input or `.aks-snapshots.json`). */
  catalog?: Catalog
}

export interface ReaderResult {
  declarations: Declaration[]
  /** Parse problems; the engine reports the first as a `parse-error` finding. */
  problems: ParseProblem[]
  suppressions?: SuppressionDirective[]
  /**
   * Declarations that belong to another file (a local module evaluated with
   * the values passed to it): their spans name that file. Nothing extra is
   * needed: spans carry the file.
   */
}

export interface Reader {
  kind: 'arm' | 'bicep' | 'terraform' | 'cli'
  /** Cheap test by path and content (a JSON file is ARM only when its `$schema` says deploymentTemplate or deploymentParameters). */
  accepts(file: SourceFile): boolean
  read(file: SourceFile, context: ReaderContext): Promise<ReaderResult>
}
