// @ts-check
/**
 * Statistics and formatting of the benchmark's figures: medians with their spread, units.
 */

/**
 * @typedef {object} Spread
 * @property {number} n
 * @property {number} median
 * @property {number} min
 * @property {number} max
 * @property {number} q1
 * @property {number} q3
 */

/** @param {number[]} values @returns {Spread | null} */
export function spread(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (v.length === 0) return null
  const at = (/** @type {number} */ p) => {
    const i = (v.length - 1) * p
    const lo = Math.floor(i)
    return v[lo] + (v[Math.ceil(i)] - v[lo]) * (i - lo)
  }
  const r = (/** @type {number} */ x) => round(x, 1)
  return { n: v.length, median: r(at(0.5)), min: r(v[0]), max: r(v[v.length - 1]), q1: r(at(0.25)), q3: r(at(0.75)) }
}

export const round = (/** @type {number} */ x, digits = 0) => Number(x.toFixed(digits))
export const ms = (/** @type {Spread | null | undefined} */ s) =>
  s ? `${round(s.median)} ms (${round(s.min)}–${round(s.max)}, n=${s.n})` : '—'
export const bytes = (/** @type {number} */ n) => n.toLocaleString('en-US') + ' B'
export const mb = (/** @type {number} */ n) => (n / 1024 / 1024).toFixed(2) + ' MB'
export const signed = (/** @type {number} */ n, /** @type {(n: number) => string} */ f) => (n > 0 ? '+' : n < 0 ? '−' : '±') + f(Math.abs(n))
