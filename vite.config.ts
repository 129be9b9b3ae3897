import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

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
        const match = /\/data\/([\w-]+\.json)(\?|$)/.exec(req.url ?? '')
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
 * ECharts' HTML tooltip is never used: every tooltip is drawn as rich text (renderMode 'richText', set in
 * src/panels/option.ts baseOption), because the HTML one sets inline styles the Content-Security-Policy
 * forbids. Its code (about 3 KB gzip of the first load) is replaced by a stand-in that fails loudly should
 * an option ever ask for an HTML tooltip. A build in which the import was never seen fails: an ECharts
 * upgrade that moves or renames it must not quietly put the HTML tooltip back.
 */
export function noHtmlTooltip(): Plugin {
  const stubId = '\0yongan-no-html-tooltip'
  let building = false
  let replaced = false
  return {
    name: 'yongan-no-html-tooltip',
    enforce: 'pre',
    configResolved(config) {
      // The dev server pre-bundles ECharts (this hook never sees its imports) and has no end to check at.
      building = config.command === 'build'
    },
    buildStart() {
      replaced = false
    },
    resolveId(source, importer) {
      if (source === './TooltipHTMLContent.js' && importer?.replace(/\\/g, '/').endsWith('echarts/lib/component/tooltip/TooltipView.js')) {
        replaced = true
        return stubId
      }
      return null
    },
    buildEnd(error) {
      if (building && !error && !replaced)
        this.error("yongan-no-html-tooltip: echarts/lib/component/tooltip/TooltipView.js no longer imports './TooltipHTMLContent.js'; update this plugin for the new ECharts")
    },
    load(id) {
      if (id !== stubId) return null
      return `export default class TooltipHTMLContent {
  constructor() { throw new Error("ECharts HTML tooltips are not bundled: use tooltip.renderMode 'richText'") }
}`
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
  plugins: [vue(), ...(mode === 'portable' ? [] : [dataFolder(), contentSecurityPolicy()]), noHtmlTooltip()],
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
