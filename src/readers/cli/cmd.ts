/**
 * Windows `cmd.exe` scripts (Azure Pipelines `script:` steps on Windows
 * agents, `scriptType: batch`, `CmdLine@2`, GitHub `shell: cmd`) read through
 * the shell parser: the few cmd forms that matter for az commands are
 * rewritten, character for character so every offset stays put, into the
 * bash that means the same. `%NAME%` variables are masked before (masks.ts).
 *
 * - `^` at the end of a line continues the command (bash `\`);
 * - `rem ...` and `:: ...` lines are comments;
 * - `call az ...` runs az (az is az.cmd on Windows, hence `call`);
 * - `set NAME=value` and `set "NAME=value"` are assignments; names are uppercased, as cmd's are
 *   case-insensitive (masks.ts looks `%name%` up uppercased too).
 */
export function cmdAsShell(text: string): string {
  return (
    text
      .replace(/\^(?=\r?\n)/g, '\\')
      .replace(/^([ \t]*@?)(rem)(?=[ \t]|\r?$)/gim, (_, lead: string) => `${lead}#  `)
      .replace(/^([ \t]*)::/gm, (_, lead: string) => `${lead}# `)
      .replace(/(^|[&|(][ \t]*|^[ \t]*@)call(?=[ \t]+\S)/gim, (_, lead: string) => `${lead}    `)
      // `set "NAME=value"` (quotes around the whole pair) → `    NAME="value"`: the opening quote moves after `=`.
      .replace(
        /(^|[&|(][ \t]*)set([ \t]+)"([A-Za-z_]\w*)=([^"\r\n]*)"/gim,
        (_, lead: string, gap: string, name: string, value: string) =>
          `${lead}${' '.repeat(3 + gap.length)}${name.toUpperCase()}="${value}"`
      )
      .replace(
        /(^|[&|(][ \t]*)set([ \t]+)([A-Za-z_]\w*)=/gim,
        (_, lead: string, gap: string, name: string) => `${lead}${' '.repeat(3 + gap.length)}${name.toUpperCase()}=`
      )
  )
}
