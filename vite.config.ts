import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const DATA_DIR = resolve(__dirname, 'data')

/**
 * data/*.json is served beside index.html, not bundled: an operator replaces a file on the server and the
 * next read (or reload) shows it, without a rebuild.
 */
function dataFolder(): Plugin {
  let outDir = resolve(__dirname, 'dist')
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

export default defineConfig({
  // Relative asset URLs + hash routing: the same build works at / and under any sub-path.
  base: './',
  plugins: [vue(), dataFolder()],
  // Every component is <script setup>: Vue's Options API support is dead weight on the first load.
  define: { __VUE_OPTIONS_API__: 'false' },
  build: {
    target: 'chrome87',
    reportCompressedSize: false,
    // Chromium 87 has <link rel="modulepreload">; the polyfill would only add bytes to the first load.
    modulePreload: { polyfill: false },
  },
})
