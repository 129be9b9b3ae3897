/**
 * `npm start -- --host`: the server listens on the LAN too, prints its LAN addresses and a warning that
 * anyone on the network can read the dashboard, and index.html names the LAN address as the public one
 * (so the QR code gives it even on 127.0.0.1). Without --host: 127.0.0.1 only, as before.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lanAddresses, parseServeArgs, startServer, type RunningServer } from '../../scripts/serve.mjs'

const SERVE = fileURLToPath(new URL('../../scripts/serve.mjs', import.meta.url))
let tmp: string
let root: string
const running: RunningServer[] = []

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'serve-host-'))
  root = path.join(tmp, 'dist')
  await fs.mkdir(root, { recursive: true })
  await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><meta name="dashboard-public-url" content="" /><title>永安镇</title>')
})
afterAll(async () => {
  await Promise.all(running.map((server) => server.close()))
  await fs.rm(tmp, { recursive: true, force: true })
})

describe('--host', () => {
  it('reads --host alone as every interface, an address as that one, none as 127.0.0.1', () => {
    expect(parseServeArgs([])).toMatchObject({ host: '127.0.0.1', lan: false })
    expect(parseServeArgs(['--host'])).toMatchObject({ host: '0.0.0.0', lan: true })
    expect(parseServeArgs(['--host', '--port', '8080'])).toMatchObject({ host: '0.0.0.0', lan: true, port: '8080' })
    expect(parseServeArgs(['--port', '8080', '--host', '192.168.1.20'])).toMatchObject({ host: '192.168.1.20', lan: false })
  })

  it('by default answers on 127.0.0.1 only and leaves index.html as built', async () => {
    const server = await startServer({ root })
    running.push(server)
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    expect(server.lanUrls).toEqual([])
    expect(await (await fetch(server.url)).text()).toContain('content=""')
    const lan = lanAddresses()[0]
    if (lan) await expect(fetch(`http://${lan}:${server.port}/`)).rejects.toThrow()
  })

  it('on the LAN: answers on its LAN address and on 127.0.0.1, index.html names the LAN address', async () => {
    const server = await startServer({ root, host: '0.0.0.0', lan: true })
    running.push(server)
    expect(server.lanUrls).toEqual(lanAddresses().map((address) => `http://${address}:${server.port}/`))
    const local = await (await fetch(`http://127.0.0.1:${server.port}/`)).text()
    if (server.lanUrls.length === 0) return
    expect(local).toContain(`<meta name="dashboard-public-url" content="${server.lanUrls[0]}" />`)
    const fromLan = await fetch(server.lanUrls[0])
    expect(fromLan.status).toBe(200)
    expect(fromLan.headers.get('cache-control')).toBe('no-store')
  })

  it('the command prints the LAN addresses and the warning', async () => {
    const child = spawn(process.execPath, [SERVE, '--host', '--port', '0', '--root', root], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no warning printed: ${out}`)), 10_000)
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString()
          if (out.includes('Warning')) {
            clearTimeout(timer)
            resolve()
          }
        })
        child.on('exit', () => reject(new Error(`exited: ${out}`)))
      })
    } finally {
      child.kill('SIGTERM')
    }
    expect(out).toContain('注意：局域网内任何人都能打开并查看此看板')
    expect(out).toMatch(/Dashboard running at: http:\/\/127\.0\.0\.1:\d+\//)
    for (const address of lanAddresses()) expect(out).toMatch(new RegExp(`局域网地址 / On the LAN: http://${address.replace(/\./g, '\\.')}:\\d+/`))
  })
})
