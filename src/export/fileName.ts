/**
 * File names for exported images: `<town>-<panel title>-<period>[-<sectors>]-<ratio>[-深色].<ext>`, so each
 * choice of the export menu gives its own name; safe on Windows, macOS and Linux and inside ZIP files. Pure.
 */

/** Most file systems allow 255 bytes; stay below that and below what people can read in a file dialog. */
export const MAX_NAME_CHARS = 100
export const MAX_NAME_BYTES = 240

/** Characters Windows rejects, path separators and control characters (C0, DEL, C1). */
const REJECTED = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g
/** Names Windows reserves for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i

const utf8 = new TextEncoder()

function clean(part: string): string {
  // Tabs and line breaks become spaces first: they separate words; other control characters go.
  return part.replace(/\s+/g, ' ').replace(REJECTED, '').trim()
}

/** Leading dots hide a file (or climb a folder); trailing dots and spaces are dropped by Windows. */
function trimEnds(base: string): string {
  return base.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '')
}

/** The longest prefix of `text` (whole code points) within both limits. */
function cut(text: string, maxChars: number, maxBytes: number): string {
  let out = ''
  let chars = 0
  let bytes = 0
  for (const char of text) {
    const size = utf8.encode(char).length
    if (chars + 1 > maxChars || bytes + size > maxBytes) break
    out += char
    chars += 1
    bytes += size
  }
  return out
}

/**
 * A safe file name from its parts: rejected characters removed, empty parts left out, cut to
 * MAX_NAME_CHARS characters and MAX_NAME_BYTES bytes of UTF-8 with the extension kept.
 */
export function safeFileName(parts: readonly string[], extension: string): string {
  const ext = clean(extension).replace(/\./g, '').toLowerCase()
  return fit(parts.map(clean).filter((part) => trimEnds(part) !== '').join('-'), ext ? `.${ext}` : '')
}

/** `base` cut so that base + tail is within the limits, then tail (already safe) appended. */
function fit(base: string, tail: string): string {
  let out = trimEnds(cut(trimEnds(base), MAX_NAME_CHARS - [...tail].length, MAX_NAME_BYTES - utf8.encode(tail).length))
  if (out === '') out = 'export'
  if (RESERVED.test(out)) out = `_${out}`
  return out + tail
}

export interface ExportNameParts {
  town: string
  title: string
  period: string
  /** Names of the chosen sectors; none when all sectors are shown. */
  sectors: readonly string[]
  /** A town-wide panel under a filter: named 全镇, not after sectors its figures are not split by. */
  townWide?: boolean
  /** Device pixels per CSS px of the image (…-2x); left out for files that are not one image (ZIP). */
  ratio?: number
  /** The image is in the dark screen theme (…-深色); the light and white images carry no mark. */
  dark?: boolean
}

/** "2x", "3.61x": the ratio as a name shows it. */
export function ratioText(ratio: number): string {
  return `${Math.round(ratio * 100) / 100}x`
}

/** `<town>-<title>-<period>[-<sector names>|-全镇][-2x][-深色].<ext>` */
export function exportFileName(parts: ExportNameParts, extension: string): string {
  const sectors = parts.sectors.map(clean).filter(Boolean).join('、')
  const scope = sectors && parts.townWide ? '全镇' : sectors
  const variant = [parts.ratio === undefined ? '' : ratioText(parts.ratio), parts.dark ? '深色' : '']
  return safeFileName([parts.town, parts.title, parts.period, scope, ...variant], extension)
}

/** Makes names unique within one ZIP: a repeated name gets -2, -3… before the extension. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>()
  return names.map((name) => {
    if (!seen.has(name)) {
      seen.add(name)
      return name
    }
    const dot = name.lastIndexOf('.')
    const [base, suffix] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, '']
    for (let n = 2; ; n += 1) {
      const candidate = fit(base, `-${n}${suffix}`)
      if (!seen.has(candidate)) {
        seen.add(candidate)
        return candidate
      }
    }
  })
}
