import type { Parser as TsParser } from 'web-tree-sitter'
import { treeSitterParser } from '../tree-sitter.js'

/** tree-sitter-bash, loaded on the first script (see readers/tree-sitter.ts). */
export const bashParser = (): Promise<TsParser> => treeSitterParser('bash')
