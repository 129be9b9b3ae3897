/**
 * The table behind the meeting-room launchers written beside the portable file: 启动看板.cmd (Windows 7/10/11) and
 * start-dashboard.sh (UOS, Kylin), both generated from one table of browser arguments, so the two never
 * drift apart. Each finds a Chromium-based browser (or takes BROWSER=), starts it with a profile of its
 * own (kiosk works even when the browser is already open, no admin rights), and opens the newest portable
 * file beside it in screen mode, or a server address given.
 */
import { PORTABLE_MARK } from '../../src/platform/marks'

export type BrowserKind = 'edge' | 'chrome' | '360' | 'other'

export interface LaunchArgument {
  /** The argument; {profile} is the launcher's own profile folder, {url} the page, {origin} the server's origin. */
  arg: string
  /** Browsers that get it (all when absent). */
  only?: BrowserKind[]
  /** Only when opening a plain-http server address (the Screen Wake Lock needs a secure origin). */
  httpServerOnly?: boolean
  why: string
}

/** The one table: every launcher passes exactly these, in this order. */
export const LAUNCH_ARGUMENTS: readonly LaunchArgument[] = [
  {
    arg: '--user-data-dir={profile}',
    why: 'a profile of its own: kiosk starts even while the browser is open with the user’s profile',
  },
  { arg: '--no-first-run', why: 'no welcome pages on a fresh profile' },
  {
    arg: '--no-default-browser-check',
    why: 'no “make default” bar over the dashboard',
  },
  {
    arg: '--disable-session-crashed-bubble',
    why: 'no “restore pages” bubble after a power cut',
  },
  {
    arg: '--unsafely-treat-insecure-origin-as-secure={origin}',
    httpServerOnly: true,
    why: 'keeps the screen awake (Wake Lock) on a plain-http server address',
  },
  { arg: '--kiosk', why: 'full screen without the browser’s frame' },
  { arg: '{url}', why: 'the page' },
  {
    arg: '--edge-kiosk-type=fullscreen',
    only: ['edge'],
    why: 'Edge: the full-screen kiosk, not its public-browsing kiosk',
  },
]

/** The arguments for a browser kind and a server or file, placeholders still in (each launcher fills them). */
export function argumentsFor(kind: BrowserKind, httpServer: boolean): string[] {
  return LAUNCH_ARGUMENTS.filter((a) => (!a.only || a.only.includes(kind)) && (!a.httpServerOnly || httpServer)).map((a) => a.arg)
}

/** Where Windows keeps each browser (per machine, then per user: no admin rights are needed for either). */
export const WINDOWS_BROWSERS: readonly { kind: BrowserKind; path: string }[] = [
  {
    kind: 'edge',
    path: '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe',
  },
  {
    kind: 'edge',
    path: '%ProgramFiles%\\Microsoft\\Edge\\Application\\msedge.exe',
  },
  {
    kind: 'edge',
    path: '%LOCALAPPDATA%\\Microsoft\\Edge\\Application\\msedge.exe',
  },
  {
    kind: 'chrome',
    path: '%ProgramFiles%\\Google\\Chrome\\Application\\chrome.exe',
  },
  {
    kind: 'chrome',
    path: '%ProgramFiles(x86)%\\Google\\Chrome\\Application\\chrome.exe',
  },
  {
    kind: 'chrome',
    path: '%LOCALAPPDATA%\\Google\\Chrome\\Application\\chrome.exe',
  },
  {
    kind: '360',
    path: '%LOCALAPPDATA%\\360Chrome\\Chrome\\Application\\360chrome.exe',
  },
  {
    kind: '360',
    path: '%ProgramFiles(x86)%\\360Chrome\\Chrome\\Application\\360chrome.exe',
  },
  { kind: '360', path: '%APPDATA%\\360se6\\Application\\360se.exe' },
  {
    kind: '360',
    path: '%ProgramFiles(x86)%\\360\\360se6\\Application\\360se.exe',
  },
]

/** Browser programs on UOS and Kylin (and plain Linux), looked up on PATH in this order. */
export const LINUX_BROWSERS: readonly { kind: BrowserKind; program: string }[] = [
  { kind: 'other', program: 'browser' }, // UOS 浏览器
  { kind: 'other', program: 'uos-browser' },
  { kind: 'other', program: 'qaxbrowser-safe-stable' }, // 奇安信可信浏览器
  { kind: 'other', program: 'qaxbrowser-safe' },
  { kind: '360', program: 'browser360-cn-stable' }, // 360 安全浏览器（信创版）
  { kind: '360', program: 'browser360-cn' },
  { kind: 'edge', program: 'microsoft-edge-stable' },
  { kind: 'edge', program: 'microsoft-edge' },
  { kind: 'chrome', program: 'google-chrome-stable' },
  { kind: 'chrome', program: 'google-chrome' },
  { kind: 'chrome', program: 'chromium' },
  { kind: 'chrome', program: 'chromium-browser' },
]

/** The page's address suffix that starts screen mode (hash form: a file URL keeps it through any browser). */
export const SCREEN_MODE_SUFFIX = '#/?kiosk'
export const PAGE_PATTERN = '*经济运行看板-*.html'
/** An ASCII string only portable pages hold: the Windows launcher finds them with findstr. */
export const PAGE_MARK = PORTABLE_MARK

export const NO_BROWSER_MESSAGE = [
  '未找到可用的浏览器（Edge、Chrome 或 360 浏览器）。',
  '请安装新版 Edge 或 Chrome（Chromium 87 或更新），或用记事本打开“启动看板.cmd”，',
  '在 set "BROWSER=" 一行的等号后填写浏览器程序的完整路径，例如：',
  'set "BROWSER=C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"',
  '也可以直接双击“……经济运行看板-……html”文件，用浏览器打开。',
]

export const NO_PAGE_MESSAGE = [
  '在本文件夹中没有找到“……经济运行看板-……html”文件。',
  '请把启动看板.cmd（或 start-dashboard.sh）与看板文件放在同一个文件夹中。',
]

export const LAUNCHER_NAMES = {
  windows: '启动看板.cmd',
  noBrowserMessage: 'launcher-no-browser.txt',
  noPageMessage: 'launcher-no-page.txt',
  linux: 'start-dashboard.sh',
} as const
