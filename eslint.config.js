// Lint: TypeScript and Vue recommended rules, plus the project's own: no v-html anywhere, no runtime
// import cycle (followed through .ts and .vue files), and panels (pure option builders) import no store
// and no component.
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
const STORES = { regex: '(^|/)stores(/|$)', message: '面板（src/panels/）与 ChartView.vue 不读 store：数据经 context 或 props 传入。' }
const COMPONENTS = { regex: '(^|/)(components|views)(/|$)|\\.vue$', message: '此处不得导入组件：面板与 store 不依赖界面。' }

/** Who may import what, beyond cycles. One no-restricted-imports per file (a later block replaces an earlier one). */
export const layers = [
  { files: ['src/**'], ignores: ['src/main.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [ROUTE_TABLE] }] } },
  { files: ['src/stores/**'], rules: { 'no-restricted-imports': ['error', { patterns: [ROUTE_TABLE, COMPONENTS] }] } },
  // Panels are pure: buildOption(context) from data, never a store or a component.
  { files: ['src/panels/**'], rules: { 'no-restricted-imports': ['error', { patterns: [ROUTE_TABLE, STORES, COMPONENTS] }] } },
  // The one ECharts lifecycle owner takes what it needs as props.
  { files: ['src/components/ChartView.vue'], rules: { 'no-restricted-imports': ['error', { patterns: [ROUTE_TABLE, STORES] }] } },
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
