/**
 * `npm run web`: the loopback host. Serves the built renderer and the typed contract from the
 * real services, so the app runs in any browser on this machine (and the e2e tests drive it).
 * Env: ZHANGGUI_DATA_DIR (cache folder), ZHANGGUI_DEMO_RELATIONS (demo scale), ZHANGGUI_PORT,
 * ZHANGGUI_SIM_CONTROL_TOKEN (e2e only: the demo simulator's test levers, wecom-sim/control-route.ts).
 */
import { join } from 'node:path'
import { defaultAppDataDir } from '../app/app-data-dir'
import { openApp } from '../app/open-app'
import { startHost } from './server'

async function main(): Promise<void> {
  const env = process.env
  const relations = env.ZHANGGUI_DEMO_RELATIONS ? Number(env.ZHANGGUI_DEMO_RELATIONS) : undefined
  const app = await openApp({
    dataDir: defaultAppDataDir(env),
    demo: relations ? { relations } : {},
    simControlToken: env.ZHANGGUI_SIM_CONTROL_TOKEN || undefined
  })
  const host = await startHost({
    dispatch: app.dispatch,
    events: app.events,
    staticDir: join(__dirname, '../renderer'),
    port: env.ZHANGGUI_PORT ? Number(env.ZHANGGUI_PORT) : 0
  })
  // The token rides in the fragment: browsers never send it to a server or a referrer.
  const sim = app.simulator()
  if (sim) console.log(`演示企业微信模拟器 / demo WeCom simulator: ${sim.url} corpid ${sim.corpId}`)
  console.log(`掌柜已在本机启动 / Zhanggui is running: ${host.url}#token=${host.token}`)
  const stop = () => void host.close().then(() => app.close()).then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
