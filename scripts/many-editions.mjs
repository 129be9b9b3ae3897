// @ts-check
/**
 * A data folder of many monthly report editions, for the browser tests and `npm run bench` (never shipped,
 * never in data/): tests/fixtures/multi's newest edition repeated once a month for `count` months up to
 * 2022年12月, every figure scaled by a plain formula so that it is obviously fictional (sources say
 * 虚构测试数据) yet differs from month to month. The fixture's projects and honours are kept where their
 * edition was generated.
 *
 * With `projects`, that many fictional projects (生成项目N（虚构）) are added, spread over the editions: each
 * first reported in one edition and last in a later one (some up to the newest), so that carried and
 * long-unreported projects are both there, with investments from 100万元 to about 100亿元 (every tenth 未公布).
 *
 * `node scripts/many-editions.mjs [--editions 240] [--projects 2000] [--out folder]` writes the folder and
 * prints its path.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const BASE = path.join(ROOT, 'tests', 'fixtures', 'multi')
/** The base edition whose figures are repeated, and its year and month as its texts write them. */
const BASE_EDITION = '2022-05'
const LAST = { year: 2022, month: 12 }

/** @param {string} name */
const readBase = (name) => JSON.parse(fs.readFileSync(path.join(BASE, name), 'utf8'))

/**
 * The editions, oldest first: `count` months ending 2022-12.
 * @param {number} count
 */
export function monthlyEditions(count) {
  return Array.from({ length: count }, (_, i) => {
    const months = LAST.year * 12 + (LAST.month - 1) - (count - 1 - i)
    const year = Math.floor(months / 12)
    const month = (months % 12) + 1
    const id = `${year}-${String(month).padStart(2, '0')}`
    const name = month === 1 ? `${year}年1月` : `${year}年1-${month}月`
    return { id, name, year, month, asOf: id, title: `永安镇经济运行月报（虚构测试数据）${name}`, source: '测试数据生成器：虚构数据，仅供测试，不代表任何真实统计' }
  })
}

/**
 * The period text of the base edition moved to year/month: 2022年1-5月 -> 2019年1-3月, 2022年5月末 -> 2019年3月末.
 * @param {string} text
 * @param {{ year: number, month: number, name: string }} edition
 */
function movePeriod(text, edition) {
  if (text === '2022年1-5月') return edition.name
  if (text === '2022年5月末') return `${edition.year}年${edition.month}月末`
  return text
}

const STATUSES = ['under_construction', 'started', 'operating', 'inviting_tenants', 'fitting_out', 'completed']
const SECTORS = ['new_materials', 'intelligent_manufacturing', 'digital_economy', 'health', 'commerce_logistics', 'e_commerce', 'culture_tourism', 'modern_agriculture', 'urban_construction', 'livelihood']

/**
 * `total` fictional projects over the editions (oldest first): project i is first reported in edition
 * i·count/total and last in a later one, every twentieth up to the newest; a row for its first and its last report.
 * @param {number} total
 * @param {{ id: string }[]} editions
 */
function generatedProjects(total, editions) {
  const count = editions.length
  return Array.from({ length: total }, (_, i) => {
    const first = Math.floor((i * count) / total)
    const last = i % 20 === 0 ? count - 1 : Math.min(count - 1, first + (i % 23))
    // 100万元 to about 100亿元, spread so that a few large ones lead: plainly made up.
    const investment = i % 10 === 9 ? null : Math.round(1e6 * 1.0047 ** ((i * 7919) % 2000))
    const row = (/** @type {number} */ at, /** @type {number} */ stage) => ({
      id: `generated_${i + 1}`,
      name: `生成项目${i + 1}（虚构）`,
      sector: SECTORS[i % SECTORS.length],
      sectorBasis: 'assigned',
      totalInvestment: investment,
      completedInvestment: investment !== null && i % 3 === 0 ? Math.round(investment * 0.4) : null,
      investmentUnit: investment === null ? null : '万元',
      status: STATUSES[(i + stage) % STATUSES.length],
      statusText: '（虚构测试数据）状态说明',
      statusBasis: 'stated',
      expectedOpening: null,
      edition: editions[at].id,
      period: '截至报道时',
      source: `（虚构测试数据）生成项目${i + 1}`,
    })
    return first === last ? [row(first, 0)] : [row(first, 0), row(last, 1)]
  }).flat()
}

/**
 * Writes the folder and returns its path.
 * @param {number} count editions (months)
 * @param {string} [out] folder to write (created); a new temporary folder by default
 * @param {{ projects?: number }} [options] generated projects besides the fixture's
 */
export function writeManyEditions(count, out = fs.mkdtempSync(path.join(os.tmpdir(), `many-editions-${count}-`)), options = {}) {
  const editions = monthlyEditions(count)
  const base = readBase('values.json').values.filter((/** @type {{ edition: string }} */ v) => v.edition === BASE_EDITION)
  const values = editions.flatMap((edition, i) => {
    // Rises from 50% to 100% of the base figure over the editions: plainly made up, different each month.
    const factor = 0.5 + (0.5 * (i + 1)) / count
    return base.map((/** @type {Record<string, unknown>} */ item) => {
      const isShare = typeof item.value === 'number' && /growth|share|coverage/.test(String(item.indicator))
      const value = isShare ? item.value : Math.round(Number(item.value) * factor)
      return {
        ...item,
        edition: edition.id,
        period: movePeriod(String(item.period), edition),
        value,
        target: null,
        source: `（虚构测试数据）${edition.name} 生成值 ${value}`,
      }
    })
  })
  // The fixture's projects and honours stay in their editions (2022-04, 2022-05) when those were generated.
  const ids = new Set(editions.map((edition) => edition.id))
  /** @param {{ edition: string }} item */
  const kept = (item) => ids.has(item.edition)
  const files = {
    'meta.json': readBase('meta.json'),
    'editions.json': { editions: editions.map(({ year: _year, month: _month, ...edition }) => edition) },
    'indicators.json': readBase('indicators.json'),
    'sectors.json': readBase('sectors.json'),
    'units.json': readBase('units.json'),
    'values.json': { values },
    'projects.json': { projects: [...readBase('projects.json').projects.filter(kept), ...generatedProjects(options.projects ?? 0, editions)] },
    'honours.json': { honours: readBase('honours.json').honours.filter(kept) },
    'dashboard.json': readBase('dashboard.json'),
  }
  fs.mkdirSync(out, { recursive: true })
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(out, name), `${JSON.stringify(content, null, 1)}\n`)
  return out
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { editions: { type: 'string', default: '240' }, projects: { type: 'string', default: '0' }, out: { type: 'string' } } })
  console.log(writeManyEditions(Number(values.editions), values.out ? path.resolve(values.out) : undefined, { projects: Number(values.projects) }))
}
