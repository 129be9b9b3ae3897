// Lint: TypeScript and Vue recommended rules, plus the project's own: no v-html anywhere, no runtime
// import cycle (followed through .ts and .vue files), and the layer rules of docs/architecture.md (what
// each folder of src/ may import), one zone rule per folder.
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'

/** Import cycles (tests/unit/layering.test.ts lints a fixture with this whole config). */
export const layering = {
  files: ['**/*.ts', '**/*.vue'],
  plugins: { 'import-x': importX },
  settings: {
    'import-x/extensions': ['.ts', '.vue', '.js', '.mjs'],
    // no-cycle parses every module it follows: a .vue file with vue-eslint-parser (its <script> with the
    // TypeScript parser, below), a .ts file with the TypeScript parser, whichever file is being linted.
    'import-x/parsers': { 'vue-eslint-parser': ['.vue'], '@typescript-eslint/parser': ['.ts'] },
    'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.vue', '.js', '.mjs', '.json'] })],
  },
  languageOptions: { parserOptions: { parser: tseslint.parser } },
  rules: {
    // Type-only imports are erased at build and do not count; dynamic import() does.
    'import-x/no-cycle': ['error', { ignoreExternal: true }],
  },
}

const ROUTE_TABLE = {
  regex: '(^|/)router$',
  message: '路由表 src/router.ts 导入各页面组件，只由 main.ts 导入；URL 工具请从 src/routing/url.ts 导入。',
}

/** The folders of src/ a layer rule speaks of. */
const FOLDERS = ['charts', 'components', 'data', 'deck', 'export', 'format', 'layouts', 'panels', 'platform', 'portable', 'print', 'routing', 'screen', 'stores', 'views', 'workbook']

/**
 * What each folder of src/ may import, as docs/architecture.md states it: `imports`, the folders it may
 * import at run time; `types`, those it may import types from (erased at build); `pure`, no Vue or Pinia.
 * Every other folder of src/ is refused, with a message naming what is allowed.
 * @type {Record<string, { imports: string[], types?: string[], pure?: boolean }>}
 */
export const LAYERS = {
  platform: { imports: [] },
  routing: { imports: ['screen'], types: ['charts', 'data'], pure: true },
  format: { imports: [], types: ['data'], pure: true },
  data: { imports: ['format', 'platform'], pure: true },
  charts: { imports: ['format'], types: ['data'], pure: true },
  // Not pure: the dashboard shown is one Vue reactive copy (shallowReactive), so whatever reads it follows a new definition.
  layouts: { imports: [], types: ['panels'] },
  panels: { imports: ['data', 'format', 'charts'], pure: true },
  portable: { imports: ['data', 'format', 'platform'] },
  screen: { imports: ['data', 'format', 'charts', 'layouts', 'panels', 'platform'], types: ['stores'] },
  stores: { imports: ['data', 'format', 'charts', 'layouts', 'panels', 'routing', 'screen', 'platform'] },
  export: { imports: ['data', 'format', 'charts', 'layouts', 'panels', 'platform'] },
  deck: { imports: ['data', 'format', 'charts', 'layouts', 'panels', 'export', 'stores', 'portable', 'platform'] },
  print: { imports: ['data', 'format', 'charts', 'layouts', 'panels', 'export', 'deck', 'stores', 'platform'] },
  workbook: { imports: ['data', 'format', 'export', 'portable', 'platform'], types: ['panels'] },
  components: { imports: FOLDERS.filter((folder) => folder !== 'views') },
  views: { imports: FOLDERS },
}

const listed = (/** @type {string[]} */ folders) => (folders.length ? folders.map((folder) => `${folder}/`).join('、') : '无（不导入本应用的其他目录）')

/**
 * The no-restricted-imports patterns of one folder: the route table, every folder it may not import (types
 * allowed from those in `types`), and Vue and Pinia in a pure folder.
 * @param {string} folder
 * @param {string[]} [alsoRefused] folders refused even though the layer allows them (one file's stricter rule)
 */
function layerPatterns(folder, alsoRefused = []) {
  const { imports, types = [], pure = false } = LAYERS[/** @type {keyof typeof LAYERS} */ (folder)]
  const allowed = `src/${folder}/ 只可导入 ${listed(imports)}${types.length ? `，以及 ${listed(types)} 的类型` : ''}（docs/architecture.md）。`
  const refused = FOLDERS.filter((other) => other !== folder && (!imports.includes(other) || alsoRefused.includes(other)))
  return [
    ROUTE_TABLE,
    ...refused.map((other) => ({
      // A relative (or @/) path through that folder; a package such as echarts/components is not one.
      regex: `^(@/|(\\.{1,2}/)+)(.*/)?${other}(/|$)`,
      message: `${allowed}不得导入 src/${other}/。`,
      ...(types.includes(other) ? { allowTypeImports: true } : {}),
    })),
    ...(pure ? [{ regex: '^(vue|pinia)$', message: `${allowed}此目录是纯 TypeScript，不导入 Vue 或 Pinia。` }] : []),
  ]
}

/** Who may import what, beyond cycles: a zone rule per folder of src/. One no-restricted-imports per file (a later block replaces an earlier one). */
export const layers = [
  { files: ['src/**'], ignores: ['src/main.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [ROUTE_TABLE] }] } },
  ...Object.keys(LAYERS).map((folder) => ({
    files: [`src/${folder}/**`],
    rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns(folder) }] },
  })),
  // The one ECharts lifecycle owner takes what it needs as props: no store.
  { files: ['src/components/ChartView.vue'], rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns('components', ['stores']) }] } },
]

export default tseslint.config(
  { ignores: ['dist/', 'dist-portable/', 'node_modules/', 'test-output/', 'bench/out/', 'coverage/'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  layering,
  ...layers,
)
