import * as path from 'node:path'
import type { Reader } from './types.js'

export type ReaderKind = Reader['kind']

/**
 * Which reader reads a file, decided by its path and the start of its text
 * (files are read by content, not only by extension). Cheap on purpose: the
 * readers themselves, and the Terraform grammar, load only when a file of
 * their kind is present.
 */
export function classify(file: string, head: string): ReaderKind | undefined {
  const base = path.posix.basename(file).toLowerCase()
  const ext = extension(base)
  if (ext === '.bicep' || ext === '.bicepparam') return 'bicep'
  if (ext === '.tf' || ext === '.tfvars' || base.endsWith('.tf.json') || base.endsWith('.tfvars.json')) return 'terraform'
  if (ext === '.json' || ext === '.jsonc') {
    if (/"\$schema"\s*:\s*"[^"]*deployment(Template|Parameters)/i.test(head)) return 'arm'
    if (/"(planned_values|resource_changes)"\s*:/.test(head) || (/"format_version"/.test(head) && /"terraform_version"/.test(head)))
      return 'terraform'
    return undefined
  }
  if (['.sh', '.bash', '.zsh', '.ps1', '.psm1', '.azcli', '.yml', '.yaml', '.md', '.markdown', '.mdx'].includes(ext)) return 'cli'
  if (!ext && /^#!.*\b(ba|z|da)?sh\b/.test(head)) return 'cli'
  if (!ext && /^#!.*\bpwsh\b/.test(head)) return 'cli'
  return undefined
}

function extension(base: string): string {
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot) : ''
}

export async function loadReader(kind: ReaderKind): Promise<Reader> {
  switch (kind) {
    case 'arm':
      return (await import('./arm/index.js')).reader
    case 'bicep':
      return (await import('./bicep/index.js')).reader
    case 'terraform':
      return (await import('./terraform/index.js')).reader
    case 'cli':
      return (await import('./cli/index.js')).reader
  }
}
