import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, posix, resolve } from 'node:path'
import { tokenizer } from 'acorn'

const DATA_DIR = resolve(import.meta.dirname, 'data')

/**
 * data/*.json is served beside index.html, not bundled: an operator replaces a file on the server and the
 * next read (or reload) shows it, without a rebuild.
 */
function dataFolder(): Plugin {
  let outDir = resolve(import.meta.dirname, 'dist')
  return {
    name: 'yongan-data-folder',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        // The split form's year files too: data/values/2022.json (src/data/split.ts).
        const match = /\/data\/((?:values\/)?[\w-]+\.json)(\?|$)/.exec(req.url ?? '')
        if (!match) return next()
        try {
          const body = readFileSync(join(DATA_DIR, match[1]))
          res.setHeader('Content-Type', 'application/json; charset=utf-8')
          res.end(body)
        } catch {
          res.statusCode = 404
          res.end()
        }
      })
    },
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      const out = join(outDir, 'data')
      mkdirSync(out, { recursive: true })
      for (const name of readdirSync(DATA_DIR).filter((file) => file.endsWith('.json'))) copyFileSync(join(DATA_DIR, name), join(out, name))
      // The split form's year files (values/<year>.json), listed in values.json (src/data/split.ts).
      const years = join(DATA_DIR, 'values')
      if (existsSync(years)) {
        mkdirSync(join(out, 'values'), { recursive: true })
        for (const name of readdirSync(years).filter((file) => file.endsWith('.json'))) copyFileSync(join(years, name), join(out, 'values', name))
      }
    },
  }
}

/**
 * The Content-Security-Policy of the built page, as a <meta> so it travels with the files to any static
 * server. Build only: the dev server injects CSS through inline <style> elements and talks to Vite over a
 * websocket, both of which this policy forbids.
 *
 * - script-src 'self': the bundle and public/legacy-check.js are files; no inline script, no eval
 *   (Vue's runtime-only build and ECharts need neither).
 * - style-src 'self': no 'unsafe-inline'. Our CSS is one file; Vue's :style bindings and ECharts/zrender
 *   set element.style properties through the CSSOM, which CSP does not govern; ECharts tooltips use
 *   renderMode 'richText' (drawn on the canvas), never the HTML tooltip whose inline styles a strict
 *   style-src blocks (echarts #19938). The browser tests fail on any securitypolicyviolation.
 * - img-src data: blob: exported images are data: and blob: URLs (previews, downloads).
 * - connect-src 'self': the data files beside index.html, nothing else (the app runs offline).
 * - worker-src 'self': the workbook is read in a Web Worker, a file of the build (assets/readWorker-*.js).
 * - font-src 'self': system fonts only, no web font is ever fetched.
 * (frame-ancestors cannot be set from a <meta>; a server that wants it sends it as a header.)
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'yongan-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after <meta charset>: a policy in a <meta> covers only what the parser meets after it.
      handler: (html) => {
        const charset = /<meta charset="UTF-8" \/>/i
        if (!charset.test(html)) throw new Error('index.html: <meta charset="UTF-8" /> not found, cannot place the CSP')
        return html.replace(charset, (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`)
      },
    },
  }
}

/**
 * An ECharts (or zrender) module the app never runs (`target`, a path under echarts/lib/ or zrender/lib/),
 * replaced in the build by a stand-in (`code`) that fails loudly if it is ever asked for. A build in which
 * no import of it was seen fails: an ECharts upgrade that moves or renames it must not quietly put the
 * module back.
 */
function stubEChartsModule(name: string, target: string, code: string): Plugin {
  const stubId = `\0${name}`
  let building = false
  let replaced = false
  return {
    name,
    enforce: 'pre',
    configResolved(config) {
      // The dev server pre-bundles ECharts (this hook never sees its imports) and has no end to check at.
      building = config.command === 'build'
    },
    buildStart() {
      replaced = false
    },
    resolveId(source, importer) {
      if (!importer) return null
      const from = importer.replace(/\\/g, '/')
      if (!/\/(echarts|zrender)\/lib\//.test(from)) return null
      // Relative within a package, or by the package's name across them (echarts imports zrender/lib/…).
      if (source.startsWith('.') ? !posix.join(posix.dirname(from), source).endsWith(`/${target}`) : source !== target) return null
      replaced = true
      return stubId
    },
    buildEnd(error) {
      if (building && !error && !replaced) this.error(`${name}: nothing in ECharts imports ${target} any more; update this plugin for the new ECharts`)
    },
    load(id) {
      return id === stubId ? code : null
    },
  }
}

/**
 * ECharts' HTML tooltip is never used: every tooltip is drawn as rich text (renderMode 'richText', set in
 * src/panels/option.ts baseOption), because the HTML one sets inline styles the Content-Security-Policy
 * forbids. Its code (about 3 KB gzip) is replaced by a stand-in that fails should an option ever ask for an
 * HTML tooltip.
 */
export function noHtmlTooltip(): Plugin {
  return stubEChartsModule(
    'yongan-no-html-tooltip',
    'echarts/lib/component/tooltip/TooltipHTMLContent.js',
    `export default class TooltipHTMLContent {
  constructor() { throw new Error("ECharts HTML tooltips are not bundled: use tooltip.renderMode 'richText'") }
}`,
  )
}

/**
 * Parts of ECharts the dashboard never runs, about 5 KB gzip of the first load: its built-in 'dark'
 * theme (the app registers and names its own, src/charts/themes.ts), the loading spinner (showLoading;
 * a panel says in words that its data is being read), the time and log axes (periods are category
 * labels, values are linear), and dataset transforms. Should a chart ever need one, its stand-in says so and this list is where
 * to take it out.
 */
export function noUnusedECharts(): Plugin[] {
  const axis = (kind: string) => `throw new Error('ECharts ${kind} axis is not bundled (vite.config.ts noUnusedECharts)')`
  return [
    stubEChartsModule('yongan-no-echarts-dark-theme', 'echarts/lib/theme/dark.js', 'export default {}'),
    stubEChartsModule('yongan-no-echarts-loading', 'echarts/lib/loading/default.js', `export default function defaultLoading() { throw new Error('ECharts showLoading is not bundled') }`),
    stubEChartsModule(
      'yongan-no-echarts-time-axis',
      'echarts/lib/scale/Time.js',
      `export default class TimeScale { constructor() { ${axis('time')} } }
export function calcNiceForTimeScale() { ${axis('time')} }`,
    ),
    stubEChartsModule('yongan-no-echarts-log-axis', 'echarts/lib/scale/Log.js', `export default class LogScale { constructor() { ${axis('log')} } }`),
    // Dataset transforms (filter, sort of a `dataset`): every panel hands its series their data directly.
    stubEChartsModule(
      'yongan-no-echarts-data-transform',
      'echarts/lib/data/helper/transform.js',
      `export function registerExternalTransform() { throw new Error('ECharts dataset transforms are not bundled (vite.config.ts noUnusedECharts)') }
export function applyDataTransform() { throw new Error('ECharts dataset transforms are not bundled (vite.config.ts noUnusedECharts)') }`,
    ),
    ...noPolarBarsOrDecals(),
    ...modernOnly(),
    englishAsChinese(),
    lazySeriesTooltipText(),
  ]
}

/**
 * The text of a series' tooltip (with the markup builder it uses, about 2 KB gzip) comes with the
 * tooltip, which loads at the first pointer over a chart (src/charts/tooltip.ts puts ECharts' own
 * SeriesModel.formatTooltip back, importing the real module). ECharts' core only names it; until then
 * the stand-in fails loudly, as no tooltip can show before its code is in.
 */
export function lazySeriesTooltipText(): Plugin {
  return stubEChartsModule(
    'yongan-lazy-series-tooltip-text',
    'echarts/lib/component/tooltip/seriesFormatTooltip.js',
    `export function defaultSeriesFormatTooltip() { throw new Error('ECharts series tooltip text loads with the tooltip (src/charts/tooltip.ts install)') }`,
  )
}

/**
 * Bars on a polar grid (sector and round-capped "sausage" shapes, their label placement, the rounded
 * sector path) and decal patterns (hatching for colour-blind readers; the dashboard's colours carry a
 * name in every label and table instead): about 3.5 KB gzip of the first load, since the bar chart and
 * ECharts' core import them. No panel draws a polar bar or sets a decal; a stand-in fails should one.
 */
function noPolarBarsOrDecals(): Plugin[] {
  const fail = (what: string) => `throw new Error('ECharts ${what} is not bundled (vite.config.ts noPolarBarsOrDecals)')`
  return [
    stubEChartsModule('yongan-no-echarts-sector-path', 'zrender/lib/graphic/helper/roundSector.js', `export function buildPath() { ${fail('sector drawing (polar bars, pies)')} }`),
    stubEChartsModule(
      'yongan-no-echarts-sector-label',
      'echarts/lib/label/sectorLabel.js',
      `export function createSectorCalculateTextPosition() { ${fail('polar bar labels')} }
export function setSectorTextRotation() { ${fail('polar bar labels')} }`,
    ),
    stubEChartsModule('yongan-no-echarts-sausage', 'echarts/lib/util/shape/sausage.js', `export default class SausagePath { constructor() { ${fail('round-capped polar bars')} } }`),
    stubEChartsModule('yongan-no-echarts-decal', 'echarts/lib/util/decal.js', `export function createOrUpdatePatternFromDecal() { ${fail('decal patterns')} }`),
  ]
}

/**
 * Code for browsers and options older than the dashboard's, about 3.5 KB gzip of the first load:
 * - ECharts' backward compatibility, which rewrites ECharts 2/3 option forms (itemStyle.normal,
 *   label.textStyle, barBorderRadius, x/y/x2/y2…) into today's on every setOption. The panels and themes
 *   write today's forms only; the stand-in keeps the one thing it does for current options (series as a list).
 * - zrender's TimSort, a stable sort for browsers whose Array.prototype.sort was not: every browser the
 *   dashboard supports (Chromium 87 on; public/legacy-check.js) sorts stably, so the native sort does it.
 */
function modernOnly(): Plugin[] {
  return [
    stubEChartsModule(
      'yongan-no-echarts-backward-compat',
      'echarts/lib/preprocessor/backwardCompat.js',
      `export default function globalBackwardCompat(option) {
  var series = option.series
  option.series = series == null ? [] : Array.isArray(series) ? series : [series]
}`,
    ),
    stubEChartsModule('yongan-native-stable-sort', 'zrender/lib/core/timsort.js', 'export default function sort(array, compare) { array.sort(compare) }'),
  ]
}

/**
 * ECharts carries its English and Chinese words (both in the first load) and picks by the browser's
 * language: a dashboard in Chinese on an English-language machine would get English words from ECharts.
 * The English table is replaced by the Chinese one, so every browser gets Chinese and the bytes of one.
 */
function englishAsChinese(): Plugin {
  const chinese = resolve(import.meta.dirname, 'node_modules/echarts/lib/i18n/langZH.js').replace(/\\/g, '/')
  return stubEChartsModule('yongan-echarts-chinese-only', 'echarts/lib/i18n/langEN.js', `export { default } from ${JSON.stringify(chinese)}`)
}

/**
 * The classic scripts of public/ that index.html starts (the old-browser check, the early data read) are
 * first-load bytes: written with comments for their readers, served without. Whitespace between tokens
 * shrinks to one space, or one line break where there was one (the scripts rely on automatic semicolons);
 * every token is kept as written. Reading them as ES5 also checks they still run in the oldest browsers.
 */
export function compactClassicScript(source: string): string {
  let out = ''
  let end = 0
  for (const token of tokenizer(source, { ecmaVersion: 5 })) {
    const gap = source.slice(end, token.start)
    // A comment counts as the whitespace it stands in; a line break inside one still separates lines.
    if (out !== '' && gap !== '') out += /[\n\r\u2028\u2029]/.test(gap) ? '\n' : ' '
    out += source.slice(token.start, token.end)
    end = token.end
  }
  return `${out}\n`
}

const CLASSIC_SCRIPTS = ['legacy-check.js', 'read-data-early.js']

function compactClassicScripts(): Plugin {
  let outDir = resolve(import.meta.dirname, 'dist')
  return {
    name: 'yongan-compact-classic-scripts',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    writeBundle() {
      for (const name of CLASSIC_SCRIPTS) {
        const file = join(outDir, name)
        if (existsSync(file)) writeFileSync(file, compactClassicScript(readFileSync(file, 'utf8')))
      }
    },
  }
}

/**
 * One chunk for everything the first page load needs (every module a static import away from the entry).
 * Left to itself, Rolldown splits modules shared with lazy chunks (the 数据 table, the settings panel) into
 * a dozen small first-load files, which compress worse and cost more requests than one file.
 */
type ChunkingContext = { getModuleInfo(id: string): { importedIds: string[] } | null }

function firstLoadChunk() {
  let reachable: Set<string> | undefined
  return (moduleId: string, ctx: ChunkingContext): string | null => {
    // Computed once, at the first module Rolldown asks about: the static imports from main.ts down.
    if (!reachable) {
      reachable = new Set()
      const todo = [resolve(import.meta.dirname, 'src/main.ts')]
      while (todo.length) {
        const id = todo.pop()!
        if (reachable.has(id)) continue
        reachable.add(id)
        todo.push(...(ctx.getModuleInfo(id)?.importedIds ?? []))
      }
    }
    return reachable.has(moduleId) ? 'index' : null
  }
}

// `--mode portable` (scripts/build-portable.ts adds the single-file plugins): no data folder, no served CSP.
export default defineConfig(({ mode }) => ({
  // Relative asset URLs + hash routing: the same build works at / and under any sub-path.
  base: './',
  plugins: [vue(), ...(mode === 'portable' ? [] : [dataFolder(), contentSecurityPolicy(), compactClassicScripts()]), noHtmlTooltip(), ...noUnusedECharts()],
  // Every component is <script setup>: Vue's Options API support is dead weight on the first load.
  define: { __VUE_OPTIONS_API__: 'false' },
  build: {
    target: 'chrome87',
    reportCompressedSize: false,
    // Vite's 500 kB (raw, minified) warning is not the check: scripts/check-size.mjs holds the first-load
    // JavaScript to its gzip budget (run by npm test). The main chunk is ~690 kB raw (ECharts, Vue) and the
    // lazy spreadsheet/slide exporters will be ~900 kB raw each, loaded only when used; warn above 1000 kB.
    chunkSizeWarningLimit: 1000,
    // Rolldown warns when plugins take much of the build's time: on a busy shared machine that says more about
    // the machine than the code. Speed is measured by `npm run bench`, not by the build log.
    rolldownOptions: {
      checks: { bundlerTimings: false },
      output: mode === 'portable' ? {} : { codeSplitting: { groups: [{ name: firstLoadChunk() }] } },
    },
    // Chromium 87 has <link rel="modulepreload">; the polyfill would only add bytes to the first load.
    modulePreload: { polyfill: false },
  },
}))
