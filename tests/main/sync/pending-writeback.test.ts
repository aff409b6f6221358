/**
 * A store change made on the Guides screen waits in the outbox until WeCom has it; a sync in
 * between must not flip the member back to WeCom's older departments.
 */
import { describe, expect, it } from 'vitest'
import type { Db } from '../../../main/db/connection'
import { createOutboxWriter } from '../../../main/outbox/outbox-writer'
import { startSim, syncSetup } from './sync-harness'

const departmentsOf = (db: Db, userid: string) =>
  db
    .prepare<[string], number>(
      'SELECT department_id FROM member_department WHERE userid = ? ORDER BY department_id'
    )
    .pluck()
    .all(userid)

describe('a sync while a department change is on its way to WeCom', () => {
  it('keeps the local departments until the change is delivered, then follows WeCom again', async () => {
    const sim = await startSim()
    const { db, engine } = syncSetup(sim)
    expect((await engine.runNow().finished).outcome).toBe('ok')
    const userid = db
      .prepare<[], string>('SELECT userid FROM guide_store ORDER BY userid LIMIT 1')
      .pluck()
      .get()!
    const wecom = departmentsOf(db, userid)
    const target = db
      .prepare<[string], number>(
        `SELECT department_id FROM store WHERE department_id IS NOT NULL AND department_id NOT IN
           (SELECT department_id FROM member_department WHERE userid = ?) ORDER BY code LIMIT 1`
      )
      .pluck()
      .get(userid)!
    // What the Guides screen does: the local change and its write-back in one transaction.
    db.transaction(() => {
      db.prepare('DELETE FROM member_department WHERE userid = ?').run(userid)
      db.prepare('INSERT INTO member_department (userid, department_id) VALUES (?, ?)').run(
        userid,
        target
      )
      createOutboxWriter(db, Date.now).enqueue({
        command: { kind: 'user.update', userid, department: [target], main_department: target },
        entity: 'member',
        entityId: userid,
        actionId: null
      })
    })()

    expect((await engine.runNow().finished).outcome).toBe('ok')
    expect(departmentsOf(db, userid)).toEqual([target])

    // No worker ran here, so WeCom never got it: once the row is settled, WeCom's answer holds.
    db.prepare(`UPDATE sync_outbox SET state = 'failed' WHERE entity_id = ?`).run(userid)
    expect((await engine.runNow().finished).outcome).toBe('ok')
    expect(departmentsOf(db, userid)).toEqual(wecom)
  })
})
