/**
 * Parity of the Bicep reader with the Bicep compiler, on the samples of an
 * Azure/bicep checkout (`src/Bicep.Core.Samples/Files`):
 *   1. every valid sample `.bicep`/`.bicepparam` must parse with no error
 *      (folders named Invalid*, and the compiler's annotated baseline copies
 *      such as `main.tokens.bicep`, are skipped);
 *   2. for every sample with a `main.json` (what the real compiler produced),
 *      the pool and snapshot declarations read from the `.bicep` must equal
 *      those the ARM reader reads from `main.json` (the samples that touch
 *      Microsoft.ContainerService are listed; the others must give none).
 *
 *   npx tsx scripts/parity.ts <path to a Bicep checkout> [--verbose]
 *
 * Exit code 1 when a figure misses its bar (99% parsed; every sample agrees).
 */
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { Declaration, Value } from '../src/model.js'
import { reader as armReader } from '../src/readers/arm/index.js'
import { parse } from '../src/readers/bicep/parser.js'
import { reader as bicepReader } from '../src/readers/bicep/index.js'
import { LineMap } from '../src/readers/bicep/scanner.js'
import type { ReaderContext } from '../src/readers/types.js'

const DERIVED = /\.(diagnostics|tokens|symbols|syntax|formatted|sourcemap|ir|pprint)\.bicep(param)?$/i

async function walk(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...(await walk(p)))
    else out.push(p)
  }
  return out
}

function contextFor(root: string): ReaderContext {
  return {
    readFile: (p) => fs.readFile(path.join(root, p), 'utf8').catch(() => undefined),
    listDir: async (d) => (await fs.readdir(path.join(root, d)).catch(() => [] as string[])).map((n) => (d === '.' ? n : `${d}/${n}`))
  }
}

/** What must agree between the two readers: every field, known or not, with values compared case-insensitively. */
function summary(d: Declaration): Record<string, string> {
  const v = (x: Value<unknown> | undefined): string =>
    x === undefined ? 'absent' : x.known ? `${JSON.stringify(x.value)}${x.partial ? '~' : ''}`.toLowerCase() : 'unknown'
  switch (d.kind) {
    case 'pool':
      return {
        kind: 'pool',
        name: v(d.name),
        cluster: v(d.cluster),
        mode: v(d.mode),
        vmSize: v(d.vmSize),
        location: v(d.location),
        kubernetesVersion: v(d.kubernetesVersion),
        controlPlaneVersion: v(d.controlPlaneVersion),
        osType: v(d.osType),
        osSku: v(d.osSku),
        enableFips: v(d.enableFips),
        system: String(d.system),
        snapshot: d.snapshot ? v(d.snapshot.id) : 'absent'
      }
    case 'snapshot':
      return {
        kind: 'snapshot',
        name: v(d.name),
        location: v(d.location),
        sourceResourceId: v(d.sourceResourceId),
        sourceLocation: v(d.sourceLocation)
      }
    default:
      return { kind: d.kind }
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  const verbose = args.includes('--verbose')
  const checkout = args.find((a) => !a.startsWith('--'))
  if (!checkout) {
    console.error('usage: npx tsx scripts/parity.ts <path to an Azure/bicep checkout> [--verbose]')
    return 2
  }
  const samples = path.join(checkout, 'src', 'Bicep.Core.Samples', 'Files')
  const all = (await walk(samples)).map((f) => path.relative(samples, f).split(path.sep).join('/'))

  // 1. parse rate
  const valid = all.filter((f) => /\.bicep(param)?$/i.test(f) && !DERIVED.test(f) && !/(^|\/)Invalid/i.test(f))
  let parsed = 0
  const failures: string[] = []
  const started = process.hrtime.bigint()
  for (const f of valid) {
    const text = (await fs.readFile(path.join(samples, f), 'utf8')).replace(/^\uFEFF/, '')
    const { errors } = parse(text)
    if (!errors.length) parsed++
    else {
      const p = new LineMap(text).position(errors[0]!.start)
      failures.push(`${f}:${p.line}:${p.column} ${errors[0]!.message}`)
    }
  }
  const parseMs = Number(process.hrtime.bigint() - started) / 1e6
  const rate = valid.length ? (100 * parsed) / valid.length : 100
  console.log(`parse: ${parsed}/${valid.length} valid sample files without a parse error (${rate.toFixed(2)}%), ${parseMs.toFixed(0)} ms`)
  for (const f of failures) console.log(`  parse-error ${f}`)

  // 2. declarations against main.json
  const ctx = contextFor(samples)
  const templates = all.filter((f) => path.posix.basename(f) === 'main.json' && !/(^|\/)Invalid/i.test(f))
  let compared = 0
  let agreed = 0
  let aksCompared = 0
  let aksAgreed = 0
  for (const json of templates) {
    const bicepPath = json.replace(/main\.json$/, 'main.bicep')
    const bicepText = await ctx.readFile(bicepPath)
    if (bicepText === undefined) continue
    const jsonText = (await fs.readFile(path.join(samples, json), 'utf8')).replace(/^\uFEFF/, '')
    const aks = /Microsoft\.ContainerService/i.test(jsonText)
    compared++
    if (aks) aksCompared++
    const fromBicep = await bicepReader.read({ path: bicepPath, text: bicepText.replace(/^\uFEFF/, '') }, ctx)
    const fromArm = await armReader.read({ path: json, text: jsonText }, ctx)
    const a = fromBicep.declarations.map((d) => JSON.stringify(summary(d))).sort()
    const b = fromArm.declarations.map((d) => JSON.stringify(summary(d))).sort()
    const same = a.length === b.length && a.every((x, k) => x === b[k])
    if (same) agreed++
    if (same && aks) aksAgreed++
    if (aks || !same)
      console.log(`${same ? 'agree   ' : 'DIFFER  '} ${bicepPath}: ${a.length} declaration(s) from Bicep, ${b.length} from main.json`)
    if (!same || verbose) {
      for (const x of a) if (!b.includes(x)) console.log(`    bicep only: ${x}`)
      for (const x of b) if (!a.includes(x)) console.log(`    arm only:   ${x}`)
      if (verbose) for (const x of a) if (b.includes(x)) console.log(`    both:       ${x}`)
    }
  }
  console.log(
    `declarations: ${aksAgreed}/${aksCompared} AKS-related samples agree with main.json (${agreed}/${compared} of all samples with a main.json)`
  )
  return rate >= 99 && agreed === compared ? 0 : 1
}
main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e))
    process.exit(2)
  }
)
