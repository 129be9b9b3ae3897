// Types for scripts/serve.mjs, so TypeScript tests can import it whether or
// not their tsconfig enables allowJs. Keep in sync with the JSDoc there.

export interface ServeOptions {
  /** Folder to serve, relative to the cwd. Default 'dist'. */
  root?: string | undefined
  /** URL path the app lives under. Default '/'. */
  base?: string | undefined
  /** Serve `<base>data/*` from this folder instead of `<root>/data`. */
  dataDir?: string | undefined
  /** Default '127.0.0.1'. */
  host?: string | undefined
  /** Default 0 = any free port. */
  port?: number | undefined
  /** Path suffix -> ms to wait before answering, e.g. { 'data/projects.json': 20000 }. */
  delays?: Record<string, number> | undefined
  /** Path suffixes that are never answered. */
  hang?: string[] | undefined
  /** Listening on the LAN too: index.html names the first LAN address as the public address (QR code, 复制链接). */
  lan?: boolean | undefined
}

export interface RunningServer {
  /** Full URL of base, e.g. http://127.0.0.1:43211/sub/ */
  url: string
  port: number
  /** Stops the server, dropping pending and hung requests. */
  close(): Promise<void>
  /** `req.url` (path + query) of every request, in arrival order. */
  requests: string[]
  /** Every answer sent: `req.url`, its status (304 for an unchanged file asked with its validator) and body bytes, in the order sent. */
  answered: { url: string; status: number; bytes: number }[]
  /** The base's URL at each LAN address (IPv4, not loopback) when `lan`, else none. */
  lanUrls: string[]
}

/** IPv4 addresses of this machine's network interfaces, loopback left out. */
export function lanAddresses(): string[]

/** The command line: `[--port N] [--base /x/] [--root dist] [--host [H]]`; `--host` alone listens on the LAN. */
export function parseServeArgs(argv: string[]): { port?: string; base: string; root?: string; host: string; lan: boolean }

export function startServer(options?: ServeOptions): Promise<RunningServer>

/** The dashboard's title from `<dataDir or root/data>/meta.json`; 经济运行看板 when it cannot be read. */
export function dashboardTitle(root: string, dataDir?: string): Promise<string>

/** The lines printed when the server is up. */
export function startBanner(title: string, url: string): string[]
