import { describe, expect, it } from 'vitest'
import { startSim } from './harness'

const TOKEN = 'e2e-'.padEnd(48, 'x')
const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers, body: JSON.stringify(body) })
const controlUrl = (simUrl: string) => simUrl.replace(/\/cgi-bin\/$/, '/__sim/control')

describe('the simulator’s test levers over HTTP (POST /__sim/control)', () => {
  it('do not exist without a control token', async () => {
    const sim = await startSim()
    const res = await post(
      controlUrl(sim.url),
      { op: 'advance', ms: 1000 },
      { authorization: `Bearer ${TOKEN}` }
    )
    expect(res.status).toBe(404)
  })

  it('refuse a wrong or missing token and leave the clock alone', async () => {
    const sim = await startSim({ controlToken: TOKEN })
    const before = sim.clock.now()
    const attempts: Record<string, string>[] = [
      {},
      { authorization: `Bearer ${TOKEN}y` },
      { authorization: TOKEN }
    ]
    for (const headers of attempts) {
      const res = await post(controlUrl(sim.url), { op: 'advance', ms: 1000 }, headers)
      expect(res.status).toBe(403)
    }
    expect(sim.clock.now()).toBe(before)
  })

  it('advance the clock and script refusals with the token; reject bad commands', async () => {
    const sim = await startSim({ controlToken: TOKEN })
    const auth = { authorization: `Bearer ${TOKEN}` }
    const before = sim.clock.now()
    expect((await post(controlUrl(sim.url), { op: 'advance', ms: 3_600_000 }, auth)).status).toBe(
      200
    )
    expect(sim.clock.now()).toBe(before + 3_600_000)
    expect(
      (await post(controlUrl(sim.url), { op: 'refuse', externalUserids: ['wmX'] }, auth)).status
    ).toBe(200)
    const refused = sim.db.prepare('SELECT external_userid FROM sim_refusal').pluck().all()
    expect(refused).toEqual(['wmX'])
    for (const bad of [
      { op: 'advance', ms: -1 },
      { op: 'refuse', externalUserids: [1] },
      { op: 'drop' }
    ]) {
      expect((await post(controlUrl(sim.url), bad, auth)).status).toBe(400)
    }
  })

  it('will not start with a short token', async () => {
    await expect(startSim({ controlToken: 'short' })).rejects.toThrow(/too short/)
  })
})
