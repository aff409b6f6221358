import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { useDemoApp } from '../../helpers/demo-app'

const demo = useDemoApp()
const start = demo.start

describe('openApp with no corp configured', () => {
  it('serves the demo enterprise through the real sync path, started by itself', async () => {
    const a = await start()
    const stores = await a.dispatch('store:list', {})
    expect(stores).toMatchObject({ ok: true, data: { total: 12 } }) // HQ master data, before sync
    const run = a.sync.current()
    expect(run).not.toBeNull()
    expect((await run!.finished).outcome).toBe('ok')
    const status = await a.dispatch('app:status', {})
    expect(status).toMatchObject({ ok: true, data: { source: 'demo' } })
    const counts = (status as { data: { counts: { relations: number; guides: number } } }).data.counts
    expect(counts.relations).toBeGreaterThan(1_000)
    expect(counts.guides).toBeGreaterThan(20)
    expect(a.simulator()?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/cgi-bin\/$/)
  })

  it('keeps secrets out of SQLite and explains a wrong secret in zh-CN', async () => {
    const a = await start()
    await a.sync.current()?.finished
    const sim = a.simulator()!
    const secret = 'Zg-not-the-real-secret-4711'
    const saved = await a.dispatch('wecom:update-settings', {
      corpId: sim.corpId,
      baseUrl: sim.url,
      appSecret: secret
    })
    expect(saved).toMatchObject({ ok: true, data: { mode: 'wecom', hasAppSecret: true, secretStorage: 'memory' } })
    const check = await a.dispatch('wecom:test-connection', {})
    expect(check).toMatchObject({ ok: true, data: { ok: false } })
    const steps = (check as { data: { steps: { ok: boolean; message: string }[] } }).data.steps
    expect(steps[0]).toMatchObject({ ok: false })
    expect(steps[0]!.message).toContain('Secret 不正确')
    expect(steps[0]!.message).not.toContain(secret)

    a.db.pragma('wal_checkpoint(TRUNCATE)')
    for (const f of readdirSync(demo.dir()).filter((n) => n.startsWith('zhanggui.sqlite'))) {
      expect(readFileSync(join(demo.dir(), f)).includes(Buffer.from(secret))).toBe(false)
    }
  })

  it('refuses a malformed corp id before saving anything', async () => {
    const a = await start()
    const res = await a.dispatch('wecom:update-settings', { corpId: 'not a corp', baseUrl: 'https://qyapi.weixin.qq.com/cgi-bin/' })
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await a.dispatch('wecom:get-settings', {})).toMatchObject({ ok: true, data: { corpId: '', mode: 'demo' } })
  })
})
