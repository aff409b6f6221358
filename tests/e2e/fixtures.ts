import { test as base, expect, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '../..')

export interface RunningHost {
  /** The URL with the per-run token in its fragment, as a user gets it. */
  url: string
  /** The embedded demo WeCom simulator: base URL (…/cgi-bin/) and corp id. */
  simulator: { url: string; corpId: string }
  /** Bearer token for the simulator's POST /__sim/control (clock, refusals): main/wecom-sim/control-route.ts. */
  simControlToken: string
  dataDir: string
}

/** Starts the built loopback host on a fresh data folder and waits for its URL line. */
async function startHost(dataDir: string, simControlToken: string): Promise<{ child: ChildProcess; url: string; simulator: RunningHost['simulator'] }> {
  const child = spawn(process.execPath, [join(ROOT, 'out/main/host.js')], {
    env: { ...process.env, ZHANGGUI_DATA_DIR: dataDir, ZHANGGUI_DEMO_RELATIONS: '20000', ZHANGGUI_SIM_CONTROL_TOKEN: simControlToken },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let out = ''
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`host did not start:\n${out}`)), 30_000)
    const onData = (chunk: Buffer) => {
      out += chunk.toString()
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out)
      if (m?.[1]) {
        clearTimeout(timer)
        ok(m[1])
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.on('exit', (code) => fail(new Error(`host exited with ${code}:\n${out}`)))
  })
  const sim = /simulator: (http:\/\/127\.0\.0\.1:\d+\/cgi-bin\/) corpid (\w+)/.exec(out)
  return { child, url, simulator: { url: sim?.[1] ?? '', corpId: sim?.[2] ?? '' } }
}

/** Every test gets its own host and its own cache: no test sees another's edits. */
export const test = base.extend<{ host: RunningHost; app: Page }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here
  host: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'zhanggui-e2e-'))
    const simControlToken = randomBytes(24).toString('hex')
    const { child, url, simulator } = await startHost(dataDir, simControlToken)
    await use({ url, simulator, simControlToken, dataDir })
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
    rmSync(dataDir, { recursive: true, force: true })
  },
  app: async ({ page, host }, use) => {
    await page.goto(host.url)
    await expect(page.getByTestId('store-grid')).toBeVisible()
    await use(page)
  }
})
export { expect }
