/**
 * Serving the production build (dist/, or DIST_DIR) to the browser tests with scripts/serve.mjs, on a free
 * port: one server for a test file (useServer), servers started on demand (useServers), and the build with
 * a changed copy of the data (useDataServer, tests/support/dataCopy.ts). Every server is closed after the
 * file's tests.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll } from 'vitest'
import type { BrowserContext } from 'playwright-core'
import { startServer, type RunningServer, type ServeOptions } from '../../scripts/serve.mjs'
import type { DataFileName } from '../../src/data/schema'
import { openApp, type AppPage } from './browser'
import { dataCopy, removeDataCopies } from './dataCopy'

export type { RunningServer }

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** The build the browser tests serve. */
export const DIST = path.resolve(PROJECT_ROOT, process.env.DIST_DIR || 'dist')

/** Served as data/ unless `dataDir` names another fixture: browser tests never read the live data. */
const DEFAULT_FIXTURE = 'tests/fixtures/small'

/**
 * Runs the static server for the current test file (started in beforeAll, closed in afterAll). `root` and
 * `dataDir` are relative to the project root; data/ is a fixture folder. Call the returned getter inside
 * tests to get the base URL; `.server()` gives the running server (e.g. its `requests` log).
 */
export function useServer(options: ServeOptions = {}): (() => string) & { server(): RunningServer } {
  let running: RunningServer | undefined
  beforeAll(async () => {
    running = await startServer({
      ...options,
      root: options.root === undefined ? DIST : path.resolve(PROJECT_ROOT, options.root),
      dataDir: path.resolve(PROJECT_ROOT, options.dataDir ?? DEFAULT_FIXTURE),
    })
  })
  afterAll(async () => {
    await running?.close()
  })
  const server = (): RunningServer => {
    if (!running) throw new Error('useServer: server not started yet (use the getter inside a test or hook)')
    return running
  }
  return Object.assign(() => server().url, { server })
}

/** `serve(options)` starts a server inside a test; all of them are closed after the file's tests. */
export function useServers(): (options: ServeOptions) => Promise<RunningServer> {
  const servers: RunningServer[] = []
  afterAll(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()))
  })
  return async (options) => {
    const server = await startServer(options)
    servers.push(server)
    return server
  }
}

export type OpenWith = (changes: Partial<Record<DataFileName, string | null>>, hash: string, hang?: string[]) => Promise<AppPage>

/**
 * `openWith(changes, hash, hang)`: the build served with each named data file changed or left out (null),
 * `hang` never answered, opened at `hash`. The data copies are removed after the file's tests.
 */
export function useDataServer(browser: () => BrowserContext): OpenWith {
  const serve = useServers()
  afterAll(removeDataCopies)
  return async (changes, hash, hang = []) => {
    const server = await serve({ root: DIST, dataDir: await dataCopy(changes), hang })
    return openApp(browser(), server.url + hash)
  }
}
