/** The data read started before the app mounts is taken over by the first load, and only by it. */
import { afterEach, describe, expect, it, vi } from 'vitest'
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
