import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [vue()],
  define: process.env.HYDRATION_DEBUG ? { __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true' } : {},
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
    // One stylesheet for the whole page: the prerendered sections are styled before their code loads,
    // and scripts/build.mjs inlines it so that the first paint waits for no request.
    cssCodeSplit: false,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
})
