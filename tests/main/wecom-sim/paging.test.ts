import { describe, expect, it } from 'vitest'
import type { WecomSimulator } from '../../../main/wecom-sim'
import { followUsers, post, scalar, startSim, token, type Body } from './harness'

/** Walks a cursor endpoint to its last page; returns every page body. */
async function walk(
  sim: WecomSimulator,
  path: string,
  request: Record<string, unknown>,
  accessToken: string
): Promise<Body[]> {
  const pages: Body[] = []
  let cursor = ''
  for (let guard = 0; guard < 10_000; guard++) {
    const body = await post(sim, path, { ...request, cursor }, accessToken)
    expect(body.errcode).toBe(0)
    pages.push(body)
    expect(typeof body.next_cursor).toBe('string')
    cursor = body.next_cursor as string
    if (cursor === '') return pages
  }
  throw new Error('no last page')
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

describe('cursor paging', () => {
  it('batch/get_by_user returns every relation of active members exactly once', async () => {
    const sim = await startSim()
    const t = await token(sim)
    const seen = new Set<string>()
    let rows = 0
    for (const userids of chunks(followUsers(sim), 7)) {
      for (const page of await walk(
        sim,
        'externalcontact/batch/get_by_user',
        { userid_list: userids, limit: 37 },
        t
      )) {
        const list = page.external_contact_list as {
          external_contact: { external_userid: string }
          follow_info: { userid: string; tag_id: string[] }
        }[]
        expect(list.length).toBeLessThanOrEqual(37)
        for (const row of list) {
          seen.add(`${row.follow_info.userid}/${row.external_contact.external_userid}`)
          rows++
        }
      }
    }
    const expected = scalar(
      sim,
      'SELECT count(*) FROM follow_relation f JOIN member m USING (userid) WHERE m.status <> 5'
    )
    expect(rows).toBe(expected)
    expect(seen.size).toBe(expected)
  })

  it('carries tag ids per relation and omits oper_userid for add_way 0', async () => {
    const sim = await startSim()
    const t = await token(sim)
    const [userid] = followUsers(sim)
    const [page] = await walk(
      sim,
      'externalcontact/batch/get_by_user',
      { userid_list: [userid], limit: 100 },
      t
    )
    const list = (page?.external_contact_list ?? []) as {
      external_contact: { external_userid: string }
      follow_info: { tag_id: string[]; add_way: number; oper_userid?: string }
    }[]
    for (const row of list) {
      const tags = sim.db
        .prepare(
          `SELECT tag_id FROM follow_relation_tag WHERE userid = ? AND external_userid = ?
           ORDER BY tag_id`
        )
        .pluck()
        .all(userid, row.external_contact.external_userid)
      expect(row.follow_info.tag_id).toEqual(tags)
      expect(row.follow_info.oper_userid === undefined).toBe(row.follow_info.add_way === 0)
    }
  })

  it('user/list_id walks member × department rows with the contacts token', async () => {
    const sim = await startSim()
    const t = await token(sim, 'contacts')
    const pages = await walk(sim, 'user/list_id', { limit: 9 }, t)
    const rows = pages.flatMap((p) => p.dept_user as { userid: string; department: number }[])
    const expected = scalar(
      sim,
      'SELECT count(*) FROM member_department d JOIN member m USING (userid) WHERE m.status <> 5'
    )
    expect(rows).toHaveLength(expected)
    expect(new Set(rows.map((r) => `${r.userid}/${r.department}`)).size).toBe(expected)
  })

  it('get_unassigned_list lists every customer of departed members, with is_last', async () => {
    const sim = await startSim()
    sim.depart(followUsers(sim)[0] ?? '')
    const t = await token(sim)
    const pages = await walk(sim, 'externalcontact/get_unassigned_list', { page_size: 13 }, t)
    const info = pages.flatMap(
      (p) => p.info as { handover_userid: string; dimission_time: number }[]
    )
    const expected = scalar(
      sim,
      'SELECT count(*) FROM follow_relation f JOIN member m USING (userid) WHERE m.status = 5'
    )
    expect(expected).toBeGreaterThan(0)
    expect(info).toHaveLength(expected)
    expect(pages.at(-1)?.is_last).toBe(true)
    expect(pages[0]?.is_last).toBe(pages.length === 1)
    for (const row of info) expect(row.dimission_time).toBeLessThanOrEqual(sim.clock.now() / 1000)
  })

  it('groupchat/list pages by owner_filter; without it, 81017 above the visible threshold', async () => {
    const sim = await startSim()
    const t = await token(sim)
    const owners = sim.db
      .prepare('SELECT userid FROM member WHERE status <> 5 ORDER BY userid')
      .pluck()
      .all() as string[]
    const ids: string[] = []
    for (const chunk of chunks(owners, 100)) {
      const pages = await walk(
        sim,
        'externalcontact/groupchat/list',
        { owner_filter: { userid_list: chunk }, limit: 4 },
        t
      )
      ids.push(
        ...pages.flatMap((p) => (p.group_chat_list as { chat_id: string }[]).map((c) => c.chat_id))
      )
    }
    const expected = scalar(
      sim,
      'SELECT count(*) FROM group_chat g JOIN member m ON m.userid = g.owner WHERE m.status <> 5'
    )
    expect(new Set(ids).size).toBe(expected)
    expect(ids).toHaveLength(expected)
    const all = await walk(sim, 'externalcontact/groupchat/list', { limit: 5 }, t)
    expect(all.flatMap((p) => p.group_chat_list as unknown[])).toHaveLength(
      scalar(sim, 'SELECT count(*) FROM group_chat')
    )
    sim.configure({ groupChatListMaxVisible: 10 })
    const refused = await post(sim, 'externalcontact/groupchat/list', { limit: 10 }, t)
    expect(refused).toMatchObject({ errcode: 81017, group_chat_list: [] })
  })

  it('transfer_result pages 1000 rows at a time and shows the latest record per customer', async () => {
    const sim = await startSim()
    const insert = sim.db.prepare(
      `INSERT INTO sim_transfer (kind, handover_userid, takeover_userid, external_userid,
         requested_at, takeover_at, status) VALUES ('onjob', 'ho', 'to', ?, 0, 0, ?)`
    )
    sim.db.transaction(() => {
      for (let i = 0; i < 1500; i++) insert.run(`wm${String(i).padStart(6, '0')}`, 3)
      // A later record of the same customer replaces the earlier one in the result.
      insert.run('wm000007', 1)
    })()
    const t = await token(sim)
    const pages = await walk(
      sim,
      'externalcontact/transfer_result',
      { handover_userid: 'ho', takeover_userid: 'to' },
      t
    )
    expect(pages.map((p) => (p.customer as unknown[]).length)).toEqual([1000, 500])
    const rows = pages.flatMap((p) => p.customer as { external_userid: string; status: number }[])
    expect(new Set(rows.map((r) => r.external_userid)).size).toBe(1500)
    expect(rows.find((r) => r.external_userid === 'wm000007')?.status).toBe(1)
  })

  it('refuses page limits beyond WeCom’s with 40058 naming the field', async () => {
    const sim = await startSim()
    const t = await token(sim)
    const contacts = await token(sim, 'contacts')
    const many = Array.from({ length: 101 }, (_, i) => `u${i}`)
    const cases: [string, unknown, string][] = [
      ['externalcontact/batch/get_by_user', { userid_list: many }, t],
      ['externalcontact/batch/get_by_user', { userid_list: ['a'], limit: 101 }, t],
      ['user/list_id', { limit: 10_001 }, contacts],
      ['externalcontact/get_unassigned_list', { page_size: 1001 }, t],
      ['externalcontact/groupchat/list', { limit: 1001, owner_filter: { userid_list: ['a'] } }, t],
      ['externalcontact/groupchat/list', { limit: 10, owner_filter: { userid_list: many } }, t],
      [
        'externalcontact/transfer_customer',
        { handover_userid: 'a', takeover_userid: 'b', external_userid: many },
        t
      ],
      ['externalcontact/batch/get_by_user', { userid_list: ['a'], cursor: 'garbage' }, t]
    ]
    for (const [path, body, accessToken] of cases) {
      const reply = await post(sim, path, body, accessToken)
      expect(reply.errcode, path).toBe(40058)
      expect(reply.errmsg).toMatch(/^field `\w+` .*invalid Request Parameter, hint: /)
    }
  })
})
