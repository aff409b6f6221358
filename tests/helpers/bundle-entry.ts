/**
 * Bundles a TypeScript entry into one ESM file that plain node (a child process or a worker
 * thread) can run: plain node cannot load our extensionless TS imports. vite's build API in SSR
 * mode keeps node built-ins and packages as imports, so an output folder under the repo's
 * node_modules/.cache still resolves better-sqlite3 and zod. Returns the bundled file's path.
 */
import { join } from 'node:path'
import { build } from 'vite'

const ROOT = join(import.meta.dirname, '../..')

/** `outDir` is emptied first; by default a folder of its own under node_modules/.cache. */
export async function bundleEntry(entry: string, name: string, outDir?: string): Promise<string> {
  const dir = outDir ?? join(ROOT, 'node_modules/.cache', `zhanggui-${name}`)
  const fileName = `${name}.mjs`
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    build: {
      ssr: entry,
      outDir: dir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'esm', entryFileNames: fileName } }
    }
  })
  return join(dir, fileName)
}
