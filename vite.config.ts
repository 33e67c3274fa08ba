import { readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import { baseCompile } from '@intlify/message-compiler'
import vue from '@vitejs/plugin-vue'
import { defineConfig, type Plugin } from 'vite'
import { coreOf } from './src/data/core.ts'
import { parseLedger } from './src/data/ledger.ts'

/** A message file of the app: `src/i18n/<language>/<area>.json` (not `?raw` or other queries). */
const MESSAGE_FILE = /\/src\/i18n\/[a-z]{2}\/[\w-]+\.json$/

interface MessageTree { [key: string]: string | MessageTree }

/**
 * vue-i18n's messages, compiled when the app is built rather than in the visitor's browser: every string
 * of a message file becomes the syntax tree that vue-i18n would otherwise build on first use (what
 * @intlify/unplugin-vue-i18n does, which needs Node 22). The browser then spends no time compiling and
 * gets no compiler (`__INTLIFY_DROP_MESSAGE_COMPILER__`). A message that does not compile fails the build.
 */
function precompiledMessages(): Plugin {
  return {
    name: 'cost-gap:precompiled-messages',
    enforce: 'pre',
    load(id) {
      if (!MESSAGE_FILE.test(id)) return null
      const file = id.slice(id.indexOf('/src/i18n/'))
      const compile = (tree: MessageTree, prefix: string): object =>
        Object.fromEntries(Object.entries(tree).map(([key, value]) => {
          const path = prefix ? `${prefix}.${key}` : key
          if (typeof value !== 'string') return [key, compile(value, path)]
          const { ast } = baseCompile(value, {
            jit: true,
            location: false,
            minify: true,
            onError: (error) => { throw new Error(`${file}: message ${path} does not compile: ${error.message}`) },
          })
          return [key, ast]
        }))
      const compiled = JSON.stringify(compile(JSON.parse(readFileSync(id, 'utf8')) as MessageTree, ''))
      // JSON.parse of a string reads faster than the same object written out as JavaScript.
      return { code: `export default JSON.parse(${JSON.stringify(compiled)})`, moduleType: 'js' }
    },
  }
}

/**
 * The ledger's core, as the browser gets it (`virtual:cost-gap/ledger-core`, read by src/data/figures.ts):
 * the files of `seeds/` parsed and checked with zod (`parseLedger`), then stripped of the prose that only
 * the prerendered page shows (`coreOf`). A bad ledger stops the build and the development server here,
 * with every problem listed.
 */
function ledgerCore(): Plugin {
  const id = 'virtual:cost-gap/ledger-core'
  const files = ['figures', 'sources', 'presets', 'prices'].map((name) => fileURLToPath(new URL(`./seeds/${name}.json`, import.meta.url)))
  return {
    name: 'cost-gap:ledger-core',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null
      for (const file of files) this.addWatchFile(file)
      const [figures, sources, presets, prices] = files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as unknown)
      const core = coreOf(parseLedger({ figures, sources, presets, prices }))
      // JSON.parse of a string literal reads faster than the same object as a JavaScript literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(core))})`
    },
  }
}

/**
 * Development serves `index.html` for every path: give it the language of its path (`/fr/` is French),
 * that language's entry, and the script that runs before the first paint, as a module (the build inlines
 * it instead, see scripts/build.mjs).
 */
function developmentPages(): Plugin {
  return {
    name: 'cost-gap:development-pages',
    apply: 'serve',
    transformIndexHtml(html, ctx) {
      const lang = /^\/fr(\/|$)/.test(ctx.originalUrl ?? ctx.path) ? 'fr' : 'en'
      return html
        .replace('<html lang="en">', `<html lang="${lang}">`)
        .replace('/src/entries/en.ts', `/src/entries/${lang}.ts`)
        .replace('<!--prepaint-->', '<script type="module" src="/src/prepaint.ts"></script>')
    },
  }
}

/**
 * Not part of the app's chunk: the language entries and their messages (a page loads only its own), and
 * what the app loads only when a visitor needs it: the
 * sources table and the whole ledger it shows (the sources' links too), reading stored scenarios or a file, drawing an export,
 * Chart.js with our parts of it (chartjs.ts, dots.ts, valueLabels.ts: anything that imports `chart.js`
 * belongs here), the comparison (its code, table and chart, in one chunk of their own), and the whole page
 * (development only). Everything else the page needs to go live, and goes into one chunk (see
 * `codeSplitting` below).
 */
const LOADED_LATER = /\/src\/(entries\/|i18n\/(en|fr)(\.ts|\/)|codecs\/(storageRead|storageMigrations|jsonRead|csv|compare)\.ts|data\/(full|ledger|schema)\.ts|charts\/(chartImage|chartjs|dots|historyChart|valueLabels)\.ts|components\/(charts\/(BarChart|HistoryChart)|prices\/PricesAsOf|sources\/(TheSourcesTable|SourceRow|SourcesPrices|SourceLinks)|scenarios\/Compare(Results|Table|Chart))\.vue|composables\/useAfterPaint\.ts|ThePage\.vue)/

/**
 * Asks V8 to compile the chunks the page starts with eagerly, on a background thread while they download,
 * rather than function by function on the page's thread as each is first called: nearly all of them are,
 * at start. The hint must open the file, so it is added last.
 */
function compileHints(): Plugin {
  return {
    name: 'cost-gap:compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && (chunk.isEntry || chunk.name === 'app' || chunk.name === 'framework')) {
          chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`
          // A source map, when one is made, moves down by the line added.
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`
        }
      }
    },
  }
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [ledgerCore(), precompiledMessages(), developmentPages(), vue(), compileHints()],
  define: {
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'true',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    // Every component uses the Composition API: the Options API's code need not ship.
    __VUE_OPTIONS_API__: 'false',
    ...(process.env.HYDRATION_DEBUG ? { __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true' } : {}),
  },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@seeds': fileURLToPath(new URL('./seeds', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    // The app ships no inline scripts or data: URLs for scripts, so a strict CSP can hold.
    assetsInlineLimit: 0,
    // One stylesheet for the whole page: the prerendered islands are styled before their code loads,
    // and scripts/build.mjs inlines it so that the first paint waits for no request.
    cssCodeSplit: false,
    // scripts/build.mjs reads which chunks the app needs at start, to fetch them beside it.
    manifest: true,
    // No preload helper around dynamic imports: what the app loads later (Chart.js, the sources table...)
    // fetches its few imports itself, and the chunks it starts with keep their compile hint first.
    modulePreload: false,
    rolldownOptions: isSsrBuild ? {} : {
      // One entry per language's page (scripts/build.mjs writes the pages themselves).
      input: { en: 'src/entries/en.ts', fr: 'src/entries/fr.ts' },
      output: {
        // A page that goes live on few requests: its entry (with its messages), the framework, the app
        // (every island at start). What is loaded later keeps chunks of its own (`LOADED_LATER`).
        codeSplitting: {
          groups: [
            { name: 'framework', test: /\/node_modules\/(vue|@vue|pinia|vue-i18n|@intlify|@vueuse)\// },
            { name: 'app', test: (id: string) => (id.includes('/src/') || id.includes('virtual:cost-gap/')) && !LOADED_LATER.test(id) },
            // What a comparison needs and the page does not: one request when the first scenario is
            // picked (after `app`, which keeps what the page needs too).
            { name: 'compare', test: /\/src\/(codecs\/compare\.ts|composables\/useAfterPaint\.ts|components\/scenarios\/Compare(Results|Table|Chart)\.vue)/ },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
}))
