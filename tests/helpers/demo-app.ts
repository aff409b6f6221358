/**
 * The whole app (openApp) on a small generated demo enterprise in a folder of its own, as the
 * host and Electron open it: each test starts its own, and it is closed and removed after it.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { openApp, type App } from '../../main/app/open-app'
import type { DemoOptions } from '../../main/demo/options'

export const SMALL_DEMO: Partial<DemoOptions> = { stores: 12, guides: 40, relations: 2_000 }
const quiet = { info: () => undefined, error: () => undefined }

export function useDemoApp(demo: Partial<DemoOptions> = SMALL_DEMO) {
  let app: App | null = null
  let dir = ''
  afterEach(async () => {
    await app?.close()
    app = null
    if (dir) rmSync(dir, { recursive: true, force: true })
    dir = ''
  })
  return {
    async start(): Promise<App> {
      dir = mkdtempSync(join(tmpdir(), 'zhanggui-app-'))
      app = await openApp({ dataDir: dir, demo, log: quiet })
      return app
    },
    /** The running app's data folder. */
    dir: () => dir
  }
}
