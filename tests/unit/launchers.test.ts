/**
 * The meeting-room launchers: one table of browser arguments behind both; 启动看板.cmd checked as
 * cmd.exe needs it (ASCII only, CRLF, every argument and path quoted, every jump to a label it has, every
 * variable set, and no value of a path or address able to add a command operator); start-dashboard.sh
 * run for real in --dry-run from a folder whose path holds a space, Chinese characters and &. The .cmd
 * has not been run on a real Windows machine (docs/user-guide.md says so).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { argumentsFor, LAUNCH_ARGUMENTS, LAUNCHER_NAMES } from '../../scripts/portable/launchTable'
import { launcherFiles } from '../../scripts/portable/launchers'

const files = launcherFiles()
const cmd = files[LAUNCHER_NAMES.windows]
const sh = files[LAUNCHER_NAMES.linux]
const temp: string[] = []
afterAll(() => temp.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))

/** A folder like the stick's: space, Chinese, & in its path, holding the launcher and a page. */
function stick(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), '会议室 U盘 & 备份-'))
  temp.push(dir)
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text)
  fs.writeFileSync(path.join(dir, '永安镇经济运行看板-2022年1-5月.html'), '<html data-yongan-portable="1">')
  return dir
}

const SH = spawnSync('sh', ['-c', 'command -v sh'], {
  encoding: 'utf8',
}).stdout.trim()

function runSh(dir: string, args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(SH, [path.join(dir, LAUNCHER_NAMES.linux), ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      HOME: dir,
      XDG_CONFIG_HOME: '',
      XDG_DATA_HOME: '',
      ...env,
    },
  })
  return {
    status: run.status,
    out: run.stdout,
    err: run.stderr,
    words: [...run.stdout.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]),
  }
}

describe('the table of browser arguments', () => {
  it('gives every browser its own profile, no first-run pages and kiosk; Edge its full-screen kiosk; http servers the wake-lock flag', () => {
    expect(argumentsFor('chrome', false)).toEqual([
      '--user-data-dir={profile}',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-session-crashed-bubble',
      '--kiosk',
      '{url}',
    ])
    expect(argumentsFor('edge', false)).toEqual([...argumentsFor('chrome', false), '--edge-kiosk-type=fullscreen'])
    expect(argumentsFor('360', true)).toContain('--unsafely-treat-insecure-origin-as-secure={origin}')
    expect(argumentsFor('chrome', false).some((arg) => arg.startsWith('--unsafely'))).toBe(false)
    expect(LAUNCH_ARGUMENTS.filter((entry) => entry.only).map((entry) => entry.arg)).toEqual(['--edge-kiosk-type=fullscreen'])
  })
})

describe('启动看板.cmd', () => {
  const lines = cmd.split('\r\n').slice(0, -1)

  it('is ASCII only with CRLF line ends', () => {
    expect([...Buffer.from(cmd, 'utf8')].every((byte) => byte < 0x80)).toBe(true)
    expect(cmd.endsWith('\r\n')).toBe(true)
    expect(cmd.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('quotes every argument of the browser, every path and every set', () => {
    const starts = lines.filter((line) => line.startsWith('start '))
    expect(starts).toHaveLength(4)
    for (const line of starts) expect(line).toMatch(/^start "" "%BROWSER%"( "[^"]+")+$/)
    // Each start line passes the table's arguments, in the table's order.
    const edgeHttp = starts.find((line) => line.includes('--edge-kiosk-type') && line.includes('--unsafely'))!
    expect([...edgeHttp.matchAll(/"([^"]*)"/g)].map((m) => m[1]).slice(2)).toEqual(
      argumentsFor('edge', true).map((arg) => arg.replace('{profile}', '%PROFILE%').replace('{url}', '%URL%').replace('{origin}', '%ORIGIN%')),
    )
    for (const line of lines.filter((l) => /^set /i.test(l))) expect(line).toMatch(/^set "[A-Z]+=[^"]*"$/)
    for (const line of lines.filter((l) => /^(call :try|if exist|type )/.test(l))) expect(line).toMatch(/"[^"]*%[^"]*"/)
    // & only as the operator after a command (never unquoted inside a value).
    for (const line of lines) expect(line.replace(/"[^"]*"/g, '""').replace(/2>&1|&&/g, '')).not.toContain('&')
  })

  it('jumps only to labels it has, each defined once, and uses no block a ) in a value could close', () => {
    const labels = lines.filter((line) => /^:\w+$/.test(line)).map((line) => line.slice(1))
    expect(new Set(labels).size).toBe(labels.length)
    const targets = lines.flatMap((line) => [...line.matchAll(/\b(?:goto|call) :?(\w+)/gi)].map((m) => m[1])).filter((target) => target.toLowerCase() !== 'eof')
    expect(targets.length).toBeGreaterThan(10)
    for (const target of targets) expect(labels, `goto ${target}`).toContain(target)
    // No ( … ) block outside quotes but the for loop's ('command') and ("string"), no delayed expansion (! in a path).
    for (const line of lines.filter((l) => !/^for /.test(l) && !/^rem /.test(l))) expect(line.replace(/"[^"]*"/g, '""'), line).not.toMatch(/[()]/)
    expect(cmd).not.toMatch(/enabledelayedexpansion/i)
    for (const line of lines) expect(line.length).toBeLessThan(8191)
  })

  it('reads only variables it sets or Windows provides', () => {
    const set = new Set(lines.flatMap((line) => [...line.matchAll(/\bset "([A-Z]+)=/g)].map((m) => m[1])))
    const windows = new Set(['ProgramFiles', 'ProgramFiles(x86)', 'LOCALAPPDATA', 'APPDATA'])
    const used = lines.filter((line) => !/^rem /.test(line)).flatMap((line) => [...line.replace(/%%[A-Za-z]/g, '').matchAll(/%([A-Za-z][\w()]*)(?::[^%]*)?%/g)].map((m) => m[1]))
    expect(used.length).toBeGreaterThan(10)
    for (const name of used) expect(set.has(name) || windows.has(name), name).toBe(true)
    for (const name of lines.flatMap((line) => [...line.matchAll(/\bif (?:not )?defined ([A-Z]+)\b/g)].map((m) => m[1]))) expect(set.has(name), name).toBe(true)
  })

  it('stays one command per line whatever a path, page name or address holds (&, |, <, >, ^, parentheses, spaces, Chinese)', () => {
    // cmd.exe expands %…% before it reads & | < > ( ) outside quotes: a value must never add one. (A for
    // loop's %%F is replaced after the line is read, so its value cannot add one.)
    const hostile = 'C:\\会议室 U盘 & 备份 (2)\\a^b|c<d>e!f%20&rotate=30'
    const operators = (line: string): string => {
      let quoted = false
      let found = ''
      for (let i = 0; i < line.length; i++) {
        const c = line[i]
        if (c === '"') quoted = !quoted
        else if (!quoted && c === '^') i++
        else if (!quoted && '&|<>()'.includes(c)) found += c
      }
      return found
    }
    const expand = (line: string, value: string) =>
      line.replace(/%%[A-Za-z]/g, 'F').replace(/%~(?:dp0|[0-9])/g, value).replace(/%[A-Za-z][\w()]*(?::[^%]*)?%/g, value)
    let expanded = 0
    for (const line of lines.filter((l) => !/^rem /.test(l) && l.includes('%'))) {
      expect(operators(expand(line, hostile)), line).toBe(operators(expand(line, 'x')))
      expanded++
    }
    expect(expanded).toBeGreaterThan(20)
  })

  it('has the BROWSER= and SERVER= lines to edit, finds Edge, Chrome and 360, and tells in Chinese when none is found', () => {
    expect(lines).toContain('set "BROWSER="')
    expect(lines).toContain('set "SERVER="')
    for (const exe of ['msedge.exe', 'chrome.exe', '360chrome.exe', '360se.exe']) expect(cmd).toContain(exe)
    expect(lines).toContain('chcp 65001 >nul')
    expect(lines).toContain(`type "%~dp0${LAUNCHER_NAMES.noBrowserMessage}"`)
    expect(files[LAUNCHER_NAMES.noBrowserMessage]).toContain('未找到可用的浏览器')
    expect(files[LAUNCHER_NAMES.noBrowserMessage]).toMatch(/\r\n$/)
    // The page is found by the ASCII mark the portable page carries, newest first.
    expect(cmd).toContain(`dir /b /a-d /o-d "*.html"`)
    expect(cmd).toContain('findstr /m /c:"data-yongan-portable"')
  })
})

describe('start-dashboard.sh', () => {
  it('is valid sh', () => {
    expect(spawnSync('sh', ['-n', '-c', sh]).status).toBe(0)
  })

  it('dry run from a folder with a space, Chinese and &: one word per argument, the page as a file URL in screen mode', () => {
    const dir = stick()
    const run = runSh(dir, ['--dry-run'], {
      BROWSER: '/opt/浏览器 & co/browser',
    })
    expect(run.status).toBe(0)
    const url = `file://${dir.replace(/ /g, '%20')}/永安镇经济运行看板-2022年1-5月.html#/?kiosk`
    expect(run.words).toEqual([
      '/opt/浏览器 & co/browser',
      `--user-data-dir=${dir}/.config/yongan-dashboard/other`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-session-crashed-bubble',
      '--kiosk',
      url,
    ])
  })

  it('opens a server address given, & and all, as one word, with the wake-lock flag for plain http', () => {
    const run = runSh(stick(), ['--dry-run', 'http://10.0.0.5:8080/看板/?kiosk&rotate=30'], { BROWSER: '/usr/bin/microsoft-edge' })
    expect(run.words.slice(-3)).toEqual(['--kiosk', 'http://10.0.0.5:8080/看板/?kiosk&rotate=30', '--edge-kiosk-type=fullscreen'])
    expect(run.words).toContain('--unsafely-treat-insecure-origin-as-secure=http://10.0.0.5:8080')
  })

  it('says that Firefox alone is not supported', () => {
    const dir = stick()
    const bin = path.join(dir, 'bin')
    fs.mkdirSync(bin)
    for (const tool of ['dirname', 'ls', 'head', 'sed'])
      fs.symlinkSync(
        spawnSync('sh', ['-c', `command -v ${tool}`], {
          encoding: 'utf8',
        }).stdout.trim(),
        path.join(bin, tool),
      )
    fs.writeFileSync(path.join(bin, 'firefox'), '#!/bin/sh\n', { mode: 0o755 })
    const run = runSh(dir, ['--dry-run'], { PATH: bin, BROWSER: '' })
    expect(run.status).toBe(1)
    expect(run.err).toContain('不支持 Firefox')
  })

  it('--install copies the page and itself to the user folder and adds menu and autostart entries', () => {
    const dir = stick()
    const run = runSh(dir, ['--install'])
    expect(run.status).toBe(0)
    const target = path.join(dir, '.local/share/yongan-dashboard')
    expect(fs.readdirSync(target).sort()).toEqual(['start-dashboard.sh', '永安镇经济运行看板-2022年1-5月.html'])
    for (const desktop of [
      path.join(dir, '.local/share/applications/yongan-dashboard.desktop'),
      path.join(dir, '.config/autostart/yongan-dashboard.desktop'),
    ]) {
      const text = fs.readFileSync(desktop, 'utf8')
      expect(text).toContain('Exec=sh "')
      // The home folder's & and space stay inside the quotes; " ` $ \ would be escaped.
      expect(text).toContain(`Exec=sh "${target}/start-dashboard.sh"`)
    }
  })
})
