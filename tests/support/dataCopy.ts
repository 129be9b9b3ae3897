/**
 * Copies of the small fixture (tests/fixtures/small, served as the app's data/) with some files broken, replaced or removed, for serving with
 * startServer({ dataDir }). Each copy is a temporary folder, removed by removeDataCopies().
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DATA_FILES, type DataFileName } from '../../src/data/schema'

const DATA_DIR = fileURLToPath(new URL('../fixtures/small/', import.meta.url))
export const DATA_NAMES = Object.keys(DATA_FILES) as DataFileName[]

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into arbitrary JSON to break it
export type Json = any

const copies: string[] = []

/** The text of a file of the small fixture. */
export async function original(name: DataFileName): Promise<string> {
  return fs.readFile(path.join(DATA_DIR, name), 'utf8')
}

/** The bundled file, parsed, changed by `edit`, and written back as JSON text. */
export async function edited(name: DataFileName, edit: (json: Json) => void): Promise<string> {
  const json = JSON.parse(await original(name)) as Json
  edit(json)
  return JSON.stringify(json, null, 2)
}

/**
 * A copy of data/ where each named file gets the given text, or is left out (null). Returns the folder.
 */
export async function dataCopy(changes: Partial<Record<DataFileName, string | null>>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'e2e-data-'))
  copies.push(dir)
  for (const name of DATA_NAMES) {
    const change = changes[name]
    if (change === null) continue
    await fs.writeFile(path.join(dir, name), change ?? (await original(name)), 'utf8')
  }
  return dir
}

export async function removeDataCopies(): Promise<void> {
  await Promise.all(copies.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })))
}
