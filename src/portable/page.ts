/**
 * The portable dashboard's page, as one pure function of its parts. The build writes the file with it
 * (scripts/portable/plugin.ts) and 保存为新看板文件 writes the next generation with it in the browser, from
 * the parts read at start (src/portable/pristine.ts): both go through the same text, so a new generation
 * differs from the one it was made from only inside the data blocks.
 *
 * Every inline script and style is raw text (the HTML parser gives it back exactly: no entities, and the
 * build refuses a carriage return or NUL in it, which the parser would change); every attribute value is
 * plain ASCII or Chinese without & " < (checked here), except the public address, written with entities
 * (a clerk may type it into the file by hand).
 */
import { DASHBOARD_NAME, DATA_BLOCK_PREFIX, ELEMENT_IDS, LAZY_BLOCK_PREFIX, PORTABLE_MARK } from '../platform/marks'

/** Plain text for a browser that runs no script at all (IE with scripts off, a 兼容模式 that fails early). */
const STATIC_NOTE = `${DASHBOARD_NAME}（离线版）正在启动……如一直显示此文字，请用 Chrome、Edge 或 360 极速模式打开。`

export interface PortableParts {
  /** The Content-Security-Policy (hashes of the inline scripts and style). */
  csp: string
  /** data: URL of the icon. */
  favicon: string
  /** Texts of the classic script that explains an old browser, the stylesheet and the app's module. */
  legacyCheck: string
  style: string
  app: string
  /** Data files by name: JSON texts, `<` already escaped (escapeForScript), in file order. */
  data: Record<string, string>
  /** Code run only when asked for (exceljs), by name: a JSON string of the script's text, `<` escaped. */
  lazy: Record<string, string>
  /**
   * The address phones open (QR code, 复制链接), '' when none is set; undefined in a file made before the
   * page had the line (a new generation of it stays without, so it differs only in its data).
   */
  publicUrl?: string
}

/**
 * JSON text that can sit in a <script> block: `<` (only ever inside a JSON string) becomes \u003c, which
 * parses to the same value, so no `</script>` or `<!--` can end or change the block. Line ends become \n
 * (outside strings a CR is only whitespace; inside a string JSON forbids it): the parser would do that.
 */
export function escapeForScript(json: string): string {
  return json.replace(/\r\n?/g, '\n').replace(/</g, '\\u003c')
}

/** The raw text of a lazy script, as its block holds it. */
export function lazyBlockText(source: string): string {
  return escapeForScript(JSON.stringify(source))
}

function attribute(value: string, what: string): string {
  if (/[&"<>\r\n]/.test(value)) throw new Error(`portable page: ${what} must not contain & " < > or a line break`)
  return value
}

/** An attribute value with & " < > as entities: getAttribute gives back exactly `value`. */
function escapedAttribute(value: string): string {
  if (/[\r\n]/.test(value)) throw new Error('portable page: the public address must not contain a line break')
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function rawText(value: string, what: string, end: string): string {
  if (/[\r\0]/.test(value)) throw new Error(`portable page: ${what} holds a carriage return or NUL, which the HTML parser would change`)
  if (value.toLowerCase().includes(`</${end}`)) throw new Error(`portable page: ${what} holds </${end}`)
  return value
}

function block(id: string, text: string): string {
  return `<script type="application/json" id="${attribute(id, 'a block id')}">${rawText(text, id, 'script')}</script>\n`
}

export function portablePage(parts: PortableParts): string {
  const dataBlocks = Object.entries(parts.data).map(([name, text]) => block(DATA_BLOCK_PREFIX + name, text))
  const lazyBlocks = Object.entries(parts.lazy).map(([name, text]) => block(LAZY_BLOCK_PREFIX + name, text))
  return [
    '<!doctype html>\n',
    // Lets Internet Explorer run the page's scripts from a local file (the "Mark of the Web").
    '<!-- saved from url=(0014)about:internet -->\r\n',
    `<html lang="zh-CN" ${PORTABLE_MARK}="1">\n<head>\n`,
    '<meta charset="UTF-8">\n',
    '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n',
    `<meta http-equiv="Content-Security-Policy" id="${ELEMENT_IDS.csp}" content="${attribute(parts.csp, 'the policy')}">\n`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n',
    '<meta name="renderer" content="webkit">\n',
    ...(parts.publicUrl === undefined
      ? []
      : [
          '<!-- The address phones open (QR code, 复制链接), e.g. http://10.1.2.3/dashboard/ ; empty: neither is shown. -->\n',
          `<meta name="dashboard-public-url" id="${ELEMENT_IDS.publicUrl}" content="${escapedAttribute(parts.publicUrl)}">\n`,
        ]),
    `<title>${DASHBOARD_NAME}</title>\n`,
    `<link rel="icon" id="${ELEMENT_IDS.favicon}" href="${attribute(parts.favicon, 'the icon')}">\n`,
    `<script id="${ELEMENT_IDS.legacyCheck}">${rawText(parts.legacyCheck, 'the old-browser check', 'script')}</script>\n`,
    `<style id="${ELEMENT_IDS.style}">${rawText(parts.style, 'the stylesheet', 'style')}</style>\n`,
    '</head>\n<body>\n',
    `<p id="${ELEMENT_IDS.staticNote}">${STATIC_NOTE}</p>\n`,
    '<div id="app"></div>\n',
    ...dataBlocks,
    ...lazyBlocks,
    `<script type="module" id="${ELEMENT_IDS.app}">${rawText(parts.app, 'the app', 'script')}</script>\n`,
    '</body>\n</html>\n',
  ].join('')
}

const unsafe = (text: string) => text.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '')

/**
 * The file name of a portable page of `town` showing `edition`: 青禾镇经济运行看板-2023年1-6月.html
 * (characters Windows forbids in a name replaced).
 */
export function portableFileName(edition: string | undefined, town = ''): string {
  const safe = unsafe(edition ?? '')
  return `${unsafe(town)}${DASHBOARD_NAME}${safe ? `-${safe}` : ''}.html`
}

/** The town of a meta.json text, or '' when it cannot be read. */
export function townOfMeta(metaJson: string | undefined): string {
  try {
    const town = (JSON.parse(metaJson ?? '') as { town?: unknown }).town
    return typeof town === 'string' ? town : ''
  } catch {
    return ''
  }
}

/** The newest edition's name in an editions.json text (the last by asOf), or undefined. */
export function newestEditionName(editionsJson: string): string | undefined {
  try {
    const parsed = JSON.parse(editionsJson) as {
      editions?: { name?: unknown; asOf?: unknown }[]
    }
    const editions = (parsed.editions ?? []).filter((e) => typeof e.name === 'string' && typeof e.asOf === 'string')
    editions.sort((a, b) => String(a.asOf).localeCompare(String(b.asOf)))
    const last = editions.at(-1)
    return last ? String(last.name) : undefined
  } catch {
    return undefined
  }
}
