/**
 * The production build served with a changed copy of data/ (tests/e2e/dataCopy.ts), opened at a page;
 * the servers and copies are removed after the file's tests.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll } from 'vitest'
import type { BrowserContext } from 'playwright-core'
import { startServer, type RunningServer } from '../../scripts/serve.mjs'
import type { DataFileName } from '../../src/data/schema'
import { openApp, type AppPage } from './harness'
import { dataCopy, removeDataCopies } from './dataCopy'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const DIST = path.resolve(ROOT, process.env.DIST_DIR || 'dist')

export type OpenWith = (changes: Partial<Record<DataFileName, string | null>>, hash: string, hang?: string[]) => Promise<AppPage>

/** `openWith(changes, hash, hang)`: each named file changed or left out (null); `hang` never answered. */
export function useDataServer(browser: () => BrowserContext): OpenWith {
  const servers: RunningServer[] = []
  afterAll(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()))
    await removeDataCopies()
  })
  return async (changes, hash, hang = []) => {
    const server = await startServer({ root: DIST, dataDir: await dataCopy(changes), hang })
    servers.push(server)
    return openApp(browser(), server.url + hash)
  }
}
