/**
 * A re-sync after changes in WeCom: what is gone gets removed_at (the row stays), what is new
 * appears, what comes back is live again, and the cache still mirrors WeCom.
 */
import { describe, expect, it } from 'vitest'
import type { Db } from '../../../main/db/connection'
import { startSim, syncSetup } from './sync-harness'
import { cacheView, MIRRORED_TABLES, truthView } from './wecom-view'

const one = (db: Db, sql: string, ...args: unknown[]) =>
  db.prepare(sql).get(...args) as Record<string, unknown> | undefined
const pluck = (db: Db, sql: string, ...args: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .get(...args)

describe('incremental sync', () => {
  it('marks removals with their time, adds new rows, revives what returns', async () => {
    const sim = await startSim()
    let now = 1_000_000
    const { db, engine } = syncSetup(sim, { now: () => now })
    expect((await engine.runNow().finished).outcome).toBe('ok')

    // A guide with customers leaves the company.
    const leaver = pluck(
      sim.db,
      `SELECT m.userid FROM member m JOIN follow_relation f USING (userid)
      WHERE m.status = 1 AND m.is_follow_user = 1 GROUP BY m.userid ORDER BY count(*) DESC LIMIT 1`
    ) as string
    // A relation of a customer who keeps another active follower.
    const active = (alias: string) => `${alias}.status = 1 AND ${alias}.is_follow_user = 1`
    const shared = one(
      sim.db,
      `SELECT f.userid, f.external_userid FROM follow_relation f
      JOIN member m USING (userid) WHERE ${active('m')} AND f.userid <> @leaver AND EXISTS (
        SELECT 1 FROM follow_relation g JOIN member n ON n.userid = g.userid
        WHERE g.external_userid = f.external_userid AND g.userid NOT IN (f.userid, @leaver) AND ${active('n')})
      ORDER BY 2 LIMIT 1`,
      { leaver }
    )!
    sim.db
      .prepare('DELETE FROM follow_relation_tag WHERE userid = ? AND external_userid = ?')
      .run(shared.userid, shared.external_userid)
    sim.db
      .prepare('DELETE FROM follow_relation WHERE userid = ? AND external_userid = ?')
      .run(shared.userid, shared.external_userid)
    sim.depart(leaver)
    // A new customer of another guide, with a tag.
    const guide = pluck(
      sim.db,
      `SELECT userid FROM member WHERE status = 1 AND is_follow_user = 1
      AND userid NOT IN (?, ?) ORDER BY userid LIMIT 1`,
      leaver,
      shared.userid
    ) as string
    const tag = pluck(
      sim.db,
      'SELECT tag_id FROM corp_tag WHERE removed_at IS NULL LIMIT 1'
    ) as string
    sim.db
      .prepare(
        `INSERT INTO external_contact (external_userid, name, type, gender, synced_at)
      VALUES ('wmNEWCUSTOMER0001', '新客户', 1, 2, 0)`
      )
      .run()
    sim.db
      .prepare(
        `INSERT INTO follow_relation (userid, external_userid, remark, add_way, created_at, synced_at)
      VALUES (?, 'wmNEWCUSTOMER0001', '门店扫码', 1, 1700000000000, 0)`
      )
      .run(guide)
    sim.db
      .prepare(
        `INSERT INTO follow_relation_tag (userid, external_userid, tag_id) VALUES (?, 'wmNEWCUSTOMER0001', ?)`
      )
      .run(guide, tag)
    // A store opens: a new department under a region.
    const region = pluck(
      db,
      'SELECT department_id FROM region ORDER BY department_id LIMIT 1'
    ) as number
    sim.db
      .prepare(
        `INSERT INTO department (id, name, parent_id, sort_order, synced_at)
      VALUES (999, '新开门店', ?, 1, 0)`
      )
      .run(region)

    now = 2_000_000
    expect((await engine.runNow().finished).outcome).toBe('ok')

    const relation = one(
      db,
      'SELECT removed_at FROM follow_relation WHERE userid = ? AND external_userid = ?',
      shared.userid,
      shared.external_userid
    )
    expect(relation).toEqual({ removed_at: 2_000_000 })
    expect(
      pluck(
        db,
        'SELECT removed_at FROM external_contact WHERE external_userid = ?',
        shared.external_userid
      )
    ).toBeNull()
    expect(pluck(db, 'SELECT removed_at FROM member WHERE userid = ?', leaver)).toBe(2_000_000)
    const leaverRelations = db
      .prepare('SELECT removed_at FROM follow_relation WHERE userid = ?')
      .pluck()
      .all(leaver)
    expect(leaverRelations.length).toBeGreaterThan(0)
    expect(new Set(leaverRelations)).toEqual(new Set([2_000_000]))
    expect(
      one(
        db,
        `SELECT c.name, f.remark, f.removed_at FROM external_contact c JOIN follow_relation f USING (external_userid)
      WHERE external_userid = 'wmNEWCUSTOMER0001'`
      )
    ).toEqual({ name: '新客户', remark: '门店扫码', removed_at: null })
    expect(
      pluck(
        db,
        "SELECT tag_id FROM follow_relation_tag WHERE external_userid = 'wmNEWCUSTOMER0001'"
      )
    ).toBe(tag)
    expect(
      one(
        db,
        'SELECT s.id, s.code, s.name, r.department_id AS region FROM store s JOIN region r ON r.id = s.region_id WHERE s.department_id = 999'
      )
    ).toEqual({ id: 'd999', code: 'WX999', name: '新开门店', region })
    for (const table of MIRRORED_TABLES)
      expect(cacheView(db, table), table).toEqual(truthView(sim.db, table))

    // The relation comes back (live again); the new store closes (kept, with removed_at).
    sim.db
      .prepare(
        `INSERT INTO follow_relation (userid, external_userid, add_way, created_at, synced_at)
      VALUES (?, ?, 1, 1700000000000, 0)`
      )
      .run(shared.userid, shared.external_userid)
    sim.db.prepare('UPDATE department SET removed_at = 1 WHERE id = 999').run()
    now = 3_000_000
    expect((await engine.runNow().finished).outcome).toBe('ok')
    expect(
      pluck(
        db,
        'SELECT removed_at FROM follow_relation WHERE userid = ? AND external_userid = ?',
        shared.userid,
        shared.external_userid
      )
    ).toBeNull()
    expect(pluck(db, 'SELECT removed_at FROM store WHERE department_id = 999')).toBe(3_000_000)
    expect(pluck(db, 'SELECT removed_at FROM department WHERE id = 999')).toBe(3_000_000)
    expect(pluck(db, 'SELECT removed_at FROM member WHERE userid = ?', leaver)).toBe(2_000_000)
  })

  it('updates regions and stores HQ already has by department, keeping their ids and attributes', async () => {
    const sim = await startSim()
    const { db, engine } = syncSetup(sim)
    // HQ's own records, as the demo seeds them, point at the same departments.
    db.prepare(
      "INSERT INTO region (id, name, department_id, sort_order) VALUES ('r-hq', '旧名', 10, 9)"
    ).run()
    const storeDept = pluck(
      sim.db,
      'SELECT department_id FROM store ORDER BY department_id LIMIT 1'
    ) as number
    db.prepare(
      `INSERT INTO store (id, code, name, region_id, department_id, city, address, type,
      opening_hours, visit_minutes, lng, lat, updated_at)
      VALUES ('S-HQ', 'HQ001', '旧店名', 'r-hq', ?, '上海', '人民路1号', 'ka', '08:00-23:00', 45, 121.47, 31.23, 5)`
    ).run(storeDept)
    expect((await engine.runNow().finished).outcome).toBe('ok')
    const truthRegion = one(sim.db, 'SELECT name FROM department WHERE id = 10')!
    expect(one(db, 'SELECT id, name, removed_at FROM region WHERE department_id = 10')).toEqual({
      id: 'r-hq',
      name: truthRegion.name,
      removed_at: null
    })
    const truthStore = one(
      sim.db,
      'SELECT name, parent_id FROM department WHERE id = ?',
      storeDept
    )!
    const store = one(
      db,
      'SELECT s.id, s.code, s.name, s.city, s.type, s.lng, r.department_id AS region_dept FROM store s JOIN region r ON r.id = s.region_id WHERE s.department_id = ?',
      storeDept
    )
    expect(store).toEqual({
      id: 'S-HQ',
      code: 'HQ001',
      name: truthStore.name,
      city: '上海',
      type: 'ka',
      lng: 121.47,
      region_dept: truthStore.parent_id
    })
    const created = one(
      db,
      "SELECT code, type, opening_hours, visit_minutes, lng, lat, city, address FROM store WHERE id <> 'S-HQ' ORDER BY id LIMIT 1"
    )!
    expect(created).toMatchObject({
      type: 'convenience',
      opening_hours: '09:00-22:00',
      visit_minutes: 30,
      lng: null,
      lat: null,
      city: '',
      address: ''
    })
    expect(created.code).toMatch(/^WX\d+$/)
  })

  it('re-reads the details of unchanged chats in a rotating window of groupRefreshPerRun', async () => {
    const sim = await startSim()
    const { db, engine } = syncSetup(sim, {
      tuning: { groupRefreshPerRun: 5, groupDetailsPerStep: 5 }
    })
    expect((await engine.runNow().finished).outcome).toBe('ok')
    const chats = db
      .prepare('SELECT chat_id FROM group_chat ORDER BY chat_id')
      .pluck()
      .all() as string[]
    // Renamed in WeCom: the list entry (id, status) does not change, so only a refresh sees it.
    const renamed = chats[7]!
    sim.db.prepare("UPDATE group_chat SET name = '改名后的群' WHERE chat_id = ?").run(renamed)
    const gets = () => sim.callLog.count('externalcontact/groupchat/get')
    const nameOf = () =>
      db.prepare('SELECT name FROM group_chat WHERE chat_id = ?').pluck().get(renamed)
    let before = gets()
    expect((await engine.runNow().finished).outcome).toBe('ok')
    expect(gets() - before).toBe(5) // chats 0–4
    expect(nameOf()).not.toBe('改名后的群')
    before = gets()
    expect((await engine.runNow().finished).outcome).toBe('ok')
    expect(gets() - before).toBe(5) // chats 5–9
    expect(nameOf()).toBe('改名后的群')
  })
})
