import { describe, expect, it } from 'vitest'
import { get, post, startSim, token } from './harness'

const MINUTE = 60_000

describe('quotas, concurrency, secrets, visible range, trusted IPs', () => {
  it('45009 blocks the API for 60 s after the minute quota is broken, serving nothing inside', async () => {
    const sim = await startSim({ quota: { perMinute: 5 } })
    const t = await token(sim)
    const path = 'department/simplelist'
    const codes: number[] = []
    for (let i = 0; i < 8; i++) codes.push((await get(sim, path, {}, t)).errcode)
    expect(codes).toEqual([0, 0, 0, 0, 0, 45009, 45009, 45009])
    const blockedAt = sim.clock.now()
    expect(sim.quotaUse(path)).toMatchObject({
      blockLevel: 'minute',
      blockedUntil: blockedAt + MINUTE
    })
    // Other APIs have their own quota.
    expect((await get(sim, 'department/list', {}, t)).errcode).toBe(0)
    for (const step of [10_000, 30_000, 19_999]) {
      sim.advance(step)
      expect((await get(sim, path, {}, t)).errcode).toBe(45009)
    }
    sim.advance(1)
    expect((await get(sim, path, {}, t)).errcode).toBe(0)
    const firstRefusal = sim.callLog.all(path).find((e) => e.errcode === 45009)?.seq ?? 0
    const servedInBlock = sim.callLog
      .served(path)
      .filter((e) => e.seq > firstRefusal && e.at < blockedAt + MINUTE)
    expect(servedInBlock).toEqual([])
  })

  it('45009 on the hourly quota blocks for 60 minutes', async () => {
    const sim = await startSim({ quota: { perMinute: 100, perHour: 8 } })
    const t = await token(sim)
    const path = 'department/simplelist'
    for (let i = 0; i < 8; i++) {
      expect((await get(sim, path, {}, t)).errcode).toBe(0)
      sim.advance(MINUTE)
    }
    expect((await get(sim, path, {}, t)).errcode).toBe(45009)
    expect(sim.quotaUse(path).blockLevel).toBe('hour')
    sim.advance(59 * MINUTE)
    expect((await get(sim, path, {}, t)).errcode).toBe(45009)
    sim.advance(MINUTE)
    expect((await get(sim, path, {}, t)).errcode).toBe(0)
  })

  it('45033 when more calls than the threshold are in flight on one API', async () => {
    const sim = await startSim({ maxConcurrentPerApi: 3, latencyMs: 40 })
    const t = await token(sim)
    const replies = await Promise.all(
      Array.from({ length: 8 }, () => get(sim, 'department/simplelist', {}, t))
    )
    const codes = replies.map((r) => r.errcode).sort((a, b) => a - b)
    expect(codes.filter((c) => c === 0)).toHaveLength(3)
    expect(codes.filter((c) => c === 45033)).toHaveLength(5)
    expect(replies.find((r) => r.errcode === 45033)?.department_id).toEqual([])
    // Sequential calls are fine again.
    expect((await get(sim, 'department/simplelist', {}, t)).errcode).toBe(0)
  })

  it('48002: list_id and update need the contacts secret; customer APIs need the app secret', async () => {
    const sim = await startSim()
    const app = await token(sim)
    const contacts = await token(sim, 'contacts')
    expect((await post(sim, 'user/list_id', {}, app)).errcode).toBe(48002)
    expect((await post(sim, 'user/update', { userid: 'x' }, app)).errcode).toBe(48002)
    const batch = await post(
      sim,
      'externalcontact/batch/get_by_user',
      { userid_list: ['a'] },
      contacts
    )
    expect(batch).toMatchObject({ errcode: 48002, external_contact_list: [] })
    expect((await post(sim, 'externalcontact/get_corp_tag_list', {}, contacts)).errcode).toBe(48002)
    expect((await post(sim, 'user/list_id', {}, contacts)).errcode).toBe(0)
    expect((await get(sim, 'department/list', {}, contacts)).errcode).toBe(0)
  })

  it('60011 outside the app visible range; lists leave the outside out', async () => {
    const sim = await startSim()
    const activeUnder = (region: number) =>
      sim.db
        .prepare(
          `SELECT d.userid FROM member_department d JOIN member m USING (userid)
           JOIN department p ON p.id = d.department_id
           WHERE p.parent_id = ? AND m.status = 1 ORDER BY d.userid LIMIT 1`
        )
        .pluck()
        .get(region) as string
    const inside = activeUnder(10)
    const outside = activeUnder(14)
    sim.configure({ visibleDepartments: [10] })
    const t = await token(sim)
    expect((await get(sim, 'user/get', { userid: inside }, t)).errcode).toBe(0)
    const denied = await get(sim, 'user/get', { userid: outside }, t)
    expect(denied).toMatchObject({ errcode: 60011, department: [], order: [] })
    expect(denied.errmsg).toMatch(/^no privilege to access\/modify contact\/party\/agent , hint:/)
    const depts = await get(sim, 'department/simplelist', {}, t)
    const ids = (depts.department_id as { id: number }[]).map((d) => d.id)
    expect(ids).toContain(10)
    expect(ids).not.toContain(14)
    expect((await get(sim, 'user/list', { department_id: '14' }, t)).errcode).toBe(60011)
    // The contacts secret sees the whole address book.
    expect(
      (await get(sim, 'user/get', { userid: outside }, await token(sim, 'contacts'))).errcode
    ).toBe(0)
  })

  it('60020 with the caller IP when the trusted-IP list excludes it', async () => {
    const sim = await startSim({ trustedIps: ['203.0.113.7'] })
    const t = await token(sim)
    const body = await post(sim, 'externalcontact/groupchat/list', { limit: 10 }, t)
    expect(body).toMatchObject({ errcode: 60020, group_chat_list: [] })
    expect(body.errmsg).toContain('not allow to access from your ip, hint: [')
    expect(body.errmsg).toContain('from ip: 127.0.0.1,')
    sim.configure({ trustedIps: ['127.0.0.1'] })
    expect((await post(sim, 'externalcontact/groupchat/list', { limit: 10 }, t)).errcode).toBe(0)
  })

  it('refuses the wrong HTTP method and bad JSON the way WeCom does', async () => {
    const sim = await startSim()
    const t = await token(sim)
    const url = `${sim.url}user/list_id?access_token=${t}`
    const viaGet = (await (await fetch(url)).json()) as { errcode: number }
    expect(viaGet.errcode).toBe(43002)
    const contacts = await token(sim, 'contacts')
    const bad = await fetch(`${sim.url}user/list_id?access_token=${contacts}`, {
      method: 'POST',
      body: '{nope'
    })
    expect(((await bad.json()) as { errcode: number }).errcode).toBe(47001)
    expect((await fetch(`${sim.url}no/such/api`)).status).toBe(404)
  })

  it('counts gettoken against its own quota (45009 observed on gettoken)', async () => {
    const sim = await startSim({ quota: { perMinute: 2 } })
    const query = { corpid: sim.corp.corpId, corpsecret: sim.corp.appSecret }
    const codes = [] as number[]
    for (let i = 0; i < 3; i++) codes.push((await get(sim, 'gettoken', query)).errcode)
    expect(codes).toEqual([0, 0, 45009])
  })
})
