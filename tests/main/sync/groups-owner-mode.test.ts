/**
 * Above 1000 visible members WeCom refuses an unfiltered groupchat/list (81017): the groups
 * entity then lists by owner, 100 follow users a call, and sweeps only those owners' chats.
 */
import { describe, expect, it } from 'vitest'
import type { Db } from '../../../main/db/connection'
import { startSim, syncSetup } from './sync-harness'

const LIST = 'externalcontact/groupchat/list'

type ChatRow = [string, string, number]

const liveChats = (db: Db) =>
  db
    .prepare(
      'SELECT chat_id, owner, status FROM group_chat WHERE removed_at IS NULL ORDER BY chat_id'
    )
    .raw()
    .all() as ChatRow[]

const activeOwnersChats = (simDb: Db) =>
  simDb
    .prepare(
      `SELECT g.chat_id, g.owner, g.status FROM group_chat g JOIN member m ON m.userid = g.owner
       WHERE g.removed_at IS NULL AND m.status <> 5 AND m.is_follow_user = 1 ORDER BY g.chat_id`
    )
    .raw()
    .all()

describe('groups by owner', () => {
  it('switches to owner_filter on 81017 and keeps the chats of owners it cannot list', async () => {
    const sim = await startSim({ groupChatListMaxVisible: 10 })
    const { db, engine } = syncSetup(sim)
    // A chat of a departed owner the cache knew from an earlier sync.
    db.prepare(
      `INSERT INTO group_chat (chat_id, name, owner, status, created_at, synced_at)
      VALUES ('wrOLD', '老群', 'left-guide', 1, 0, 1)`
    ).run()
    const summary = await engine.runNow().finished
    expect(summary.error).toBeNull()
    expect(sim.callLog.all(LIST).some((e) => e.errcode === 81017)).toBe(true)
    const chats = liveChats(db).filter(([id]) => id !== 'wrOLD')
    expect(chats).toEqual(activeOwnersChats(sim.db))
    expect(chats.length).toBeGreaterThan(0)
    expect(
      db.prepare("SELECT removed_at FROM group_chat WHERE chat_id = 'wrOLD'").pluck().get()
    ).toBeNull()

    // A chat of a listed owner that is dismissed is swept as usual.
    const [gone] = chats[0]!
    sim.db.prepare('UPDATE group_chat SET removed_at = 1 WHERE chat_id = ?').run(gone)
    expect((await engine.runNow().finished).outcome).toBe('ok')
    expect(
      db
        .prepare('SELECT removed_at IS NOT NULL FROM group_chat WHERE chat_id = ?')
        .pluck()
        .get(gone)
    ).toBe(1)
  })

  it('goes straight to owner_filter when the cache already has more members than the limit', async () => {
    const sim = await startSim({ groupChatListMaxVisible: 10 })
    const { db, engine } = syncSetup(sim, {
      tuning: { groupListMaxMembers: 10, followUsersPerCall: 10 }
    })
    expect((await engine.runNow().finished).outcome).toBe('ok')
    expect(sim.callLog.all(LIST).filter((e) => e.errcode === 81017)).toEqual([])
    expect(liveChats(db)).toEqual(activeOwnersChats(sim.db))
  })
})
