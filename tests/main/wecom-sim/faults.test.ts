import { describe, expect, it } from 'vitest'
import type { WecomSimulator } from '../../../main/wecom-sim'
import { followUsers, get, post, scalar, startSim, token } from './harness'

const BATCH = 'externalcontact/batch/get_by_user'

/** A fixed serial workload; returns what each request met, tolerant of failures. */
async function workload(sim: WecomSimulator, calls: number): Promise<string[]> {
  const t = await token(sim)
  const users = followUsers(sim).slice(0, 5)
  for (let i = 0; i < calls; i++) {
    const url = `${sim.url}${BATCH}?access_token=${t}`
    try {
      const response = await fetch(url, {
        method: 'POST',
        body: JSON.stringify({ userid_list: users, limit: 10 })
      })
      await response.text()
    } catch {
      // resets are part of the script
    }
  }
  return sim.callLog.all(BATCH).map((e) => `${e.status}/${e.errcode}/${e.fault}`)
}

describe('fault injection', () => {
  it('a fault script gives the same faults for the same seed, different ones for another', async () => {
    const run = async (seed: number) => {
      const sim = await startSim()
      sim.faults.script(seed, { rate: 0.4 })
      return workload(sim, 80)
    }
    const a = await run(42)
    const b = await run(42)
    const c = await run(43)
    expect(a).toEqual(b)
    expect(a).not.toEqual(c)
    const kinds = new Set([...a, ...c].map((x) => x.split('/')[2]))
    for (const kind of ['errcode', 'http500', 'reset', 'truncate']) expect(kinds).toContain(kind)
    expect(a.filter((x) => x === '200/0/null').length).toBeGreaterThan(30)
  })

  it('errcode faults answer WeCom error bodies at the chosen positions, within times', async () => {
    const sim = await startSim()
    sim.faults.add({ path: BATCH, kind: 'errcode', code: -1, nth: [2, 4] })
    sim.faults.add({ path: '*', kind: 'errcode', code: 45033, every: 3, times: 1 })
    const t = await token(sim)
    const codes: number[] = []
    for (let i = 0; i < 7; i++) {
      const body = await post(sim, BATCH, { userid_list: followUsers(sim).slice(0, 1) }, t)
      if (body.errcode !== 0) expect(body.external_contact_list).toEqual([])
      codes.push(body.errcode)
    }
    expect(codes).toEqual([0, -1, 45033, -1, 0, 0, 0])
    // '*' leaves gettoken alone.
    expect(sim.callLog.all('gettoken').map((e) => e.errcode)).toEqual([0])
  })

  it('http500 is a proxy page, reset drops the socket, timeout holds it', async () => {
    const sim = await startSim()
    const t = await token(sim)
    sim.faults.add({ path: 'department/list', kind: 'http500', times: 1 })
    const page = await fetch(`${sim.url}department/list?access_token=${t}`)
    expect(page.status).toBe(500)
    expect(await page.text()).toContain('500 Internal Server Error')
    sim.faults.add({ path: 'department/get', kind: 'reset', times: 1 })
    await expect(fetch(`${sim.url}department/get?id=1&access_token=${t}`)).rejects.toThrow()
    sim.faults.add({ path: 'user/get', kind: 'timeout', times: 1 })
    const held = fetch(`${sim.url}user/get?userid=x&access_token=${t}`, {
      signal: AbortSignal.timeout(150)
    })
    await expect(held).rejects.toThrow()
    expect((await get(sim, 'department/get', { id: '1' }, t)).errcode).toBe(0)
    expect(
      sim.callLog
        .all()
        .map((e) => e.fault)
        .filter(Boolean)
    ).toEqual(['http500', 'reset', 'timeout'])
  })

  it('truncate acts on a write, then cuts the reply: an unknown outcome', async () => {
    const sim = await startSim()
    const t = await token(sim)
    const userid = followUsers(sim)[0] ?? ''
    const ext = scalar(
      sim,
      'SELECT external_userid FROM follow_relation WHERE userid = ? LIMIT 1',
      userid
    ) as unknown as string
    const tag = scalar(
      sim,
      `SELECT tag_id FROM corp_tag WHERE tag_id NOT IN
         (SELECT tag_id FROM follow_relation_tag WHERE userid = ? AND external_userid = ?) LIMIT 1`,
      userid,
      ext
    ) as unknown as string
    sim.faults.add({ path: 'externalcontact/mark_tag', kind: 'truncate' })
    const response = await fetch(`${sim.url}externalcontact/mark_tag?access_token=${t}`, {
      method: 'POST',
      body: JSON.stringify({ userid, external_userid: ext, add_tag: [tag] })
    })
    const text = await response.text()
    expect(() => JSON.parse(text) as unknown).toThrow()
    expect(
      scalar(
        sim,
        `SELECT count(*) FROM follow_relation_tag
           WHERE userid = ? AND external_userid = ? AND tag_id = ?`,
        userid,
        ext,
        tag
      )
    ).toBe(1)
  })

  it('probability faults are deterministic for the simulator seed', async () => {
    const run = async () => {
      const sim = await startSim({ seed: 99 })
      sim.faults.add({ path: BATCH, kind: 'errcode', code: -1, probability: 0.25 })
      return workload(sim, 40)
    }
    const first = await run()
    expect(first).toEqual(await run())
    expect(first.filter((x) => x === '200/-1/errcode').length).toBeGreaterThan(2)
  })
})
