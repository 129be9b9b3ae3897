/** The data read started before the app mounts is taken over by the first load, and only by it. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'acorn'
import { readAllDataFiles, startEarlyRead } from '../../src/data/load'
import { DATA_FILES } from '../../src/data/schema'

const FILES = Object.keys(DATA_FILES).length

/** A fetch that answers every data file with its request number, and counts the requests. */
function countingFetch() {
  let count = 0
  const fetch = vi.fn((_url: string | URL) => {
    count++
    return Promise.resolve(new Response(`"read ${count}"`, { status: 200 }))
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('startEarlyRead', () => {
  it('is reused by the next read of the same data folder, then reads are fresh again', async () => {
    const fetch = countingFetch()
    startEarlyRead('http://town.example/dash/?kiosk')
    expect(fetch).toHaveBeenCalledTimes(FILES)

    // The page query moved into the hash in between: still the same data folder.
    const first = await readAllDataFiles('http://town.example/dash/#/?kiosk')
    expect(fetch).toHaveBeenCalledTimes(FILES)
    expect(Object.values(first)).toContain('"read 1"')

    const second = await readAllDataFiles('http://town.example/dash/#/')
    expect(fetch).toHaveBeenCalledTimes(2 * FILES)
    expect(Object.values(second)).not.toContain('"read 1"')
  })

  it('is not used for another data folder', async () => {
    const fetch = countingFetch()
    startEarlyRead('http://town.example/a/')
    await readAllDataFiles('http://town.example/b/')
    expect(fetch).toHaveBeenCalledTimes(2 * FILES)
    expect(fetch.mock.calls.slice(FILES).map(([url]) => String(url))).toEqual(
      Object.keys(DATA_FILES).map((name) => `http://town.example/b/data/${name}`),
    )
  })
})

/** Reads as public/read-data-early.js leaves them, answering each file with its name. */
function headReads(folder: string) {
  const reads: Record<string, { response: Promise<Response>; controller: AbortController }> = {}
  for (const name of Object.keys(DATA_FILES)) reads[name] = { response: Promise.resolve(new Response(`"head ${name}"`)), controller: new AbortController() }
  return { folder, reads }
}

describe('reads started from the page head', () => {
  it('are taken over by the first load, with no second request', async () => {
    const fetch = countingFetch()
    startEarlyRead('http://town.example/dash/', headReads('http://town.example/dash/data/'))
    const texts = await readAllDataFiles('http://town.example/dash/#/')
    expect(fetch).not.toHaveBeenCalled()
    expect(texts['meta.json']).toBe('"head meta.json"')
  })

  it('are not used for another data folder', async () => {
    const fetch = countingFetch()
    startEarlyRead('http://town.example/b/', headReads('http://town.example/a/data/'))
    await readAllDataFiles('http://town.example/b/')
    expect(fetch).toHaveBeenCalledTimes(FILES)
  })

  it('that never answer are aborted and reported after the timeout', async () => {
    vi.useFakeTimers()
    try {
      const head = headReads('http://town.example/data/')
      head.reads['projects.json'] = { response: new Promise<Response>(() => {}), controller: new AbortController() }
      startEarlyRead('http://town.example/', head)
      const reading = readAllDataFiles('http://town.example/')
      await vi.advanceTimersByTimeAsync(10_000)
      const texts = await reading
      expect(texts['projects.json']).toEqual({ error: '读取超时（10 秒无响应）' })
      expect(head.reads['projects.json'].controller.signal.aborted).toBe(true)
      expect(texts['meta.json']).toBe('"head meta.json"')
    } finally {
      vi.useRealTimers()
    }
  })

  it('come from a plain ES5 script that reads exactly the data files', () => {
    const source = readFileSync(join(__dirname, '../../public/read-data-early.js'), 'utf8')
    expect(() => parse(source, { ecmaVersion: 5 })).not.toThrow()
    const names = /var names = \[([^\]]*)\]/.exec(source)?.[1].split(',').map((name) => name.trim().replace(/'/g, ''))
    expect(names).toEqual(Object.keys(DATA_FILES))
  })
})

