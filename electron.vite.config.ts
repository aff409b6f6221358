import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

/** `electron-vite dev` only: React Fast Refresh injects an inline preamble script. */
const relaxCspForDevServer: Plugin = {
  name: 'zhanggui:dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
}

// Our sources sit at the repo root (main/, preload/, renderer/), not under src/, so name the
// entries. main builds two bundles from the same services: the Electron entry and the
// loopback host (`npm run web`), which never imports Electron.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('main/index.ts'),
          host: resolve('main/host/index.ts'),
          // The route solver's worker thread: out/main/solve-worker.js, next to index.js.
          'solve-worker': resolve('main/routing/worker/solve-worker.ts')
        }
      }
    }
  },
  preload: {
    build: { rollupOptions: { input: { index: resolve('preload/index.ts') } } }
  },
  renderer: {
    root: 'renderer',
    build: { rollupOptions: { input: { index: resolve('renderer/index.html') } } },
    plugins: [react(), relaxCspForDevServer]
  }
})
