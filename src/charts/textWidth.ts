/**
 * Labels wrapped where a reader expects, measured by the one character-width table (textEm,
 * src/format/text.ts): a bracketed part such as （推算） stays whole on the next line, and no line begins
 * with closing punctuation. Pure.
 */

import { isWide, textEm } from '../format/text'

const OPENING = new Set(['（', '(', '“', '‘', '《', '【', '['])
const CLOSING = new Set(['）', ')', '”', '’', '》', '】', ']', '，', '。', '、', '；', '：', '！', '？', ',', '.', ';', ':', '%', '％'])
/** Units after 万 or 亿 that belong to the figure (100万元, 3.5万亩). */
const MEASURES = new Set(['元', '亩', '人', '户', '吨', '个', '家', '件', '次', '辆', '台', '套'])
const CLOSES: Record<string, string> = { '（': '）', '(': ')', '《': '》', '【': '】', '[': ']', '“': '”', '‘': '’' }

/** `text` cut into pieces no line break may fall inside: bracketed parts, figures with their unit, single Chinese characters. */
function units(text: string): string[] {
  const chars = [...text]
  const out: string[] = []
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]
    const close = CLOSES[char]
    const end = close ? chars.indexOf(close, i + 1) : -1
    if (end > i) {
      out.push(chars.slice(i, end + 1).join(''))
      i = end
    } else if (!isWide(char) && out.length > 0 && /[0-9A-Za-z.\-/]$/.test(out[out.length - 1]) && /[0-9A-Za-z.\-/]/.test(char)) {
      out[out.length - 1] += char
    } else if (CLOSING.has(char) && out.length > 0) {
      out[out.length - 1] += char
    } else if (isWide(char) && out.length > 0 && (/[0-9]$/.test(out[out.length - 1]) || (/[0-9][万亿]$/.test(out[out.length - 1]) && MEASURES.has(char)))) {
      // A figure keeps its unit: 2021年, 1-5月, 100万, 100万元.
      out[out.length - 1] += char
    } else {
      out.push(char)
    }
  }
  // An opening mark that did not start a bracketed part goes with what follows it.
  const merged: string[] = []
  for (const unit of out) {
    const last = merged.length - 1
    if (last >= 0 && OPENING.has(merged[last])) merged[last] += unit
    else merged.push(unit)
  }
  return merged
}

/**
 * A unit longer than a line, after what the line already holds: a bracketed part is broken between its own
 * units (破百（释义： / 100万元以上）, never inside 100万), anything else by characters; closing marks stay on
 * the line before.
 */
function split(line: string, unit: string, maxEm: number): string[] {
  const chars = [...unit]
  const close = CLOSES[chars[0] ?? '']
  const pieces = close !== undefined && chars.length > 2 && chars[chars.length - 1] === close ? bracketPieces(chars) : chars
  const lines: string[] = []
  let current = line
  for (const piece of pieces) {
    if (current && textEm(current + piece) > maxEm && !CLOSING.has(piece)) {
      lines.push(current)
      current = ''
    }
    if (pieces !== chars && textEm(piece) > maxEm) {
      const parts = split(current, piece, maxEm)
      current = parts.pop() ?? ''
      lines.push(...parts)
    } else current += piece
  }
  return current ? [...lines, current] : lines
}

/**
 * A bracketed part's own units, its opening mark on the first and its closing mark on the last. Only for a
 * part with something between its marks (split), so there is at least one unit.
 */
function bracketPieces(chars: string[]): string[] {
  const inner = units(chars.slice(1, -1).join(''))
  inner[0] = chars[0] + inner[0]
  inner[inner.length - 1] += chars[chars.length - 1]
  return inner
}

/**
 * `text` on lines at most `maxEm` wide, broken only between units (see units); a short last line is
 * evened out (牛郎山环球 / 产业驿站, not 牛郎山环球产业驿 / 站).
 */
export function wrapLabel(text: string, maxEm: number): string {
  if (textEm(text) <= maxEm) return text
  const greedy = fill(text, maxEm)
  const lines = greedy.split('\n').length
  // A bracketed part on a line of its own, or a last line of some length, reads well as it is.
  const last = greedy.slice(greedy.lastIndexOf('\n') + 1)
  if (OPENING.has([...last][0] ?? '') || textEm(last) >= maxEm / 2) return greedy
  for (let width = Math.ceil(textEm(text) / lines); width < maxEm; width += 0.5) {
    const even = fill(text, width)
    if (even.split('\n').length === lines) return even
  }
  return greedy
}

/** Lines filled up to `maxEm` each. */
function fill(text: string, maxEm: number): string {
  return text
    .split('\n')
    .map((given) => {
      const lines: string[] = []
      let line = ''
      for (const unit of units(given)) {
        // A unit longer than any line is broken anyway: its first words go on the line begun (破百（释义： / 100万元以上）).
        if (line && textEm(line + unit) > maxEm && textEm(unit) <= maxEm) {
          lines.push(line)
          line = ''
        }
        if (textEm(unit) > maxEm) {
          const parts = split(line, unit, maxEm)
          line = parts.pop() ?? ''
          lines.push(...parts)
        } else line += unit
      }
      return line ? [...lines, line].join('\n') : lines.join('\n')
    })
    .join('\n')
}
