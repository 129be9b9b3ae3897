// @ts-check
/**
 * Builds for the benchmark: the production app, and the yardstick page with one ECharts bar chart.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))))
export const OUT = path.join(ROOT, 'bench', 'out')

/**
 * Production build of the app into `outDir` (the vite.config.ts plugins copy data/ beside it).
 * @param {string} outDir
 */
export function buildApp(outDir) {
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
  const run = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  })
  if (run.status !== 0) throw new Error(`vite build failed (exit ${String(run.status)})`)
}

/**
 * The yardstick: one tree-shaken ECharts bar chart (echarts/core + BarChart + GridComponent + canvas),
 * about the size of one overview panel's chart, its data inline. Built with the project's node_modules
 * (the folder sits inside the project, so `echarts` resolves there).
 */
export async function buildYardstick() {
  const src = path.join(OUT, 'yardstick')
  const dist = path.join(OUT, 'yardstick-dist')
  await fs.rm(src, { recursive: true, force: true })
  await fs.mkdir(src, { recursive: true })
  await fs.writeFile(
    path.join(src, 'index.html'),
    `<!doctype html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>ECharts 单图基准</title></head>
<body style="margin:0;background:#0b1a2e">
<section data-panel-id="yardstick"><div id="chart" style="width:620px;height:420px"></div></section>
<script type="module" src="./main.js"></script>
</body></html>
`,
  )
  await fs.writeFile(
    path.join(src, 'main.js'),
    `import { use, init } from 'echarts/core'
import { BarChart } from 'echarts/charts'
import { GridComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

use([BarChart, GridComponent, CanvasRenderer])
init(document.getElementById('chart')).setOption({
  xAxis: { type: 'category', data: ['2021年1-5月', '2022年1-5月'] },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', data: [10.66, 11.39] }],
})
`,
  )
  const { build } = await import('vite')
  await build({
    root: src,
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir: dist, emptyOutDir: true, target: 'chrome87', modulePreload: { polyfill: false } },
  })
  return dist
}
