/**
 * The real WecomClient against the simulator, sharing the simulator's clock (accelerated, so
 * the client's pacing, 45009 pauses and token lifetimes run in milliseconds of real time).
 */
import { describe, expect, it } from 'vitest'
import { WecomClient, seededRandom } from '../../../main/wecom/client'
import type { WecomSimulator } from '../../../main/wecom-sim'
import { followUsers, scalar, startSim } from './harness'

function clientFor(sim: WecomSimulator) {
  return new WecomClient({
    baseUrl: sim.url,
    corpId: sim.corp.corpId,
    secrets: { app: sim.corp.appSecret, contacts: sim.corp.contactsSecret },
    clock: sim.clock,
    random: seededRandom(1),
    retry: { baseDelayMs: 100 }
  })
}

async function allRelations(
  sim: WecomSimulator,
  client: WecomClient,
  onPage?: (n: number) => void
) {
  const seen = new Set<string>()
  let pages = 0
  const users = followUsers(sim)
  for (let i = 0; i < users.length; i += 100) {
    const input = { userid_list: users.slice(i, i + 100), limit: 100 }
    for await (const page of client.paginate(
      'externalcontact/batch/get_by_user',
      input,
      (b) => b.external_contact_list
    )) {
      for (const row of page.items)
        seen.add(`${row.follow_info.userid}/${row.external_contact.external_userid}`)
      onPage?.(++pages)
    }
  }
  return seen
}

const activeRelations = (sim: WecomSimulator) =>
  scalar(
    sim,
    'SELECT count(*) FROM follow_relation f JOIN member m USING (userid) WHERE m.status <> 5'
  )

describe('WecomClient against the simulator', () => {
  it('fetches one token and pages batch/get_by_user to every relation', async () => {
    const sim = await startSim({ clock: { factor: 1000 } })
    const client = clientFor(sim)
    const seen = await allRelations(sim, client)
    expect(seen.size).toBe(activeRelations(sim))
    expect(client.stats()).toMatchObject({ gettokenCalls: 1, retries: 0, tokenRejections: 0 })
    const ids = await client.call('user/list_id', { limit: 50 })
    expect(ids.dept_user.length).toBeGreaterThan(0)
    // One token per secret: the contacts secret was exchanged separately.
    expect(sim.callLog.all('gettoken').map((e) => e.secret)).toEqual(['app', 'contacts'])
  })

  it('refetches once when every token expires mid-walk', async () => {
    const sim = await startSim({ clock: { factor: 1000 } })
    const client = clientFor(sim)
    const seen = await allRelations(sim, client, (page) => {
      if (page === 5) sim.expireTokens()
    })
    expect(seen.size).toBe(activeRelations(sim))
    expect(client.stats()).toMatchObject({ gettokenCalls: 2, tokenRejections: 1 })
  })

  it('honours a 45009 block: nothing is served inside it and the walk completes', async () => {
    // ~20 pages at 12 a minute: one block. (A second block within the hour would make the
    // client assume the hourly window and pause 60 min, by its documented policy.)
    const sim = await startSim({ clock: { factor: 50 }, quota: { perMinute: 12 } })
    const client = clientFor(sim)
    const seen = await allRelations(sim, client)
    expect(seen.size).toBe(activeRelations(sim))
    const log = sim.callLog.all('externalcontact/batch/get_by_user')
    const blocks = log.filter((e) => e.errcode === 45009)
    expect(blocks).toHaveLength(1)
    for (const block of blocks) {
      const servedInside = log.filter(
        (e) => e.errcode === 0 && e.seq > block.seq && e.at < block.at + 60_000
      )
      expect(servedInside).toEqual([])
    }
  })

  it('surfaces the simulator errcodes as typed WecomErrors', async () => {
    const sim = await startSim({ clock: { factor: 1000 }, visibleDepartments: [10] })
    const client = clientFor(sim)
    const outside = scalar(
      sim,
      `SELECT d.userid FROM member_department d JOIN member m USING (userid)
       JOIN department p ON p.id = d.department_id WHERE p.parent_id = 14 AND m.status = 1 LIMIT 1`
    ) as unknown as string
    await expect(client.call('user/get', { userid: outside })).rejects.toMatchObject({
      errcode: 60011,
      kind: 'config'
    })
    sim.configure({ trustedIps: [] })
    await expect(client.call('department/list', {})).rejects.toMatchObject({
      errcode: 60020,
      callerIp: '127.0.0.1'
    })
  })
})
