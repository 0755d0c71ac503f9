import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { sameId, type SnapshotInfo } from '../model.js'

/**
 * `.aks-snapshots.json`: snapshots we know, environment pins, and supported
 * Kubernetes versions per region. Written by `snapshot` mode, read by lint
 * and the pinning modes.
 */
export interface Catalog {
  snapshots: SnapshotInfo[]
  pins: Record<string, string>
  supportedKubernetesVersions?: Record<string, string[]>
}

export const DEFAULT_CATALOG = '.aks-snapshots.json'

export class CatalogError extends Error {
  constructor(
    readonly file: string,
    message: string
  ) {
    super(`${file}: ${message}`)
    this.name = 'CatalogError'
  }
}

export { sameId }

/** Reads and checks a catalog file. A missing file is an empty catalog when `optional`. */
export async function loadCatalog(file: string, { optional = false } = {}): Promise<Catalog> {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (err) {
    if (optional && (err as NodeJS.ErrnoException).code === 'ENOENT') return { snapshots: [], pins: {} }
    throw new CatalogError(file, `cannot read the catalog: ${(err as Error).message}`)
  }
  return parseCatalog(file, text)
}

export function parseCatalog(file: string, text: string): Catalog {
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (err) {
    throw new CatalogError(file, `not valid JSON: ${(err as Error).message}`)
  }
  if (!isObject(raw)) throw new CatalogError(file, 'the catalog must be a JSON object with "snapshots" and "pins"')
  const snapshots = raw.snapshots ?? []
  if (!Array.isArray(snapshots)) throw new CatalogError(file, '"snapshots" must be an array')
  snapshots.forEach((s, i) => {
    if (!isObject(s) || typeof s.id !== 'string' || !s.id)
      throw new CatalogError(file, `"snapshots[${i}]" must be an object with a string "id"`)
  })
  const pins = raw.pins ?? {}
  if (!isObject(pins) || Object.values(pins).some((v) => typeof v !== 'string'))
    throw new CatalogError(file, '"pins" must map environment names to snapshot ids')
  const supported = raw.supportedKubernetesVersions
  if (
    supported !== undefined &&
    (!isObject(supported) || Object.values(supported).some((v) => !Array.isArray(v) || v.some((x) => typeof x !== 'string')))
  )
    throw new CatalogError(file, '"supportedKubernetesVersions" must map regions to arrays of versions like "1.30"')
  return { ...(raw as object), snapshots: snapshots as SnapshotInfo[], pins: pins as Record<string, string> } as Catalog
}

export function findSnapshot(catalog: Catalog, id: string): SnapshotInfo | undefined {
  return catalog.snapshots.find((s) => sameId(s.id, id))
}

/** The snapshot id an environment is pinned to. */
export function resolvePin(catalog: Catalog, pin: string, file: string): string {
  const entry = Object.entries(catalog.pins).find(([name]) => name.toLowerCase() === pin.toLowerCase())
  if (!entry) {
    const known = Object.keys(catalog.pins)
    throw new CatalogError(file, `no pin named "${pin}"${known.length ? ` (pins: ${known.join(', ')})` : ' (the catalog has no pins)'}`)
  }
  return entry[1]
}

/**
 * Adds (or replaces) a snapshot and optionally points a pin at it. Keeps the
 * file's other content, sorts snapshots by id, and writes atomically (a
 * temporary file in the same folder, then rename).
 */
export async function addToCatalog(file: string, snapshot: SnapshotInfo, pin?: string): Promise<Catalog> {
  const catalog = await loadCatalog(file, { optional: true })
  const snapshots = catalog.snapshots.filter((s) => !sameId(s.id, snapshot.id))
  snapshots.push(snapshot)
  snapshots.sort((a, b) => (a.id.toLowerCase() < b.id.toLowerCase() ? -1 : a.id.toLowerCase() > b.id.toLowerCase() ? 1 : 0))
  const pins = { ...catalog.pins }
  if (pin) pins[pin] = snapshot.id
  const next: Catalog = { ...catalog, snapshots, pins }
  await writeAtomic(file, JSON.stringify(next, null, 2) + '\n')
  return next
}

async function writeAtomic(file: string, text: string): Promise<void> {
  const dir = path.dirname(path.resolve(file))
  await fs.mkdir(dir, { recursive: true })
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`)
  try {
    await fs.writeFile(tmp, text, 'utf8')
    await fs.rename(tmp, file)
  } catch (err) {
    await fs.rm(tmp, { force: true })
    throw new CatalogError(file, `cannot write the catalog: ${(err as Error).message}`)
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
