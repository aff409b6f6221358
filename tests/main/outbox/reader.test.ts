import { afterEach, describe, expect, it } from 'vitest'
import { createOutboxReader } from '../../../main/outbox/outbox-reader'
import { createOutboxWriter } from '../../../main/outbox/outbox-writer'
import { createTestDb } from '../../helpers/test-db'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

function setup() {
  const t = createTestDb()
  cleanups.push(t.cleanup)
  const writer = createOutboxWriter(t.db, () => 5000)
  const reader = createOutboxReader(t.db)
  const move = (userid: string, dept: number) =>
    writer.enqueue({
      command: { kind: 'user.update', userid, department: [dept], main_department: dept },
      entity: 'member',
      entityId: userid,
      actionId: null
    })
  const set = (id: number, sql: string) => t.db.prepare(`UPDATE sync_outbox SET ${sql} WHERE id = ?`).run(id)
  return { reader, move, set }
}

describe('outbox reader', () => {
  it('statusFor gives the latest non-superseded row per id, with the error in both languages', () => {
    const { reader, move, set } = setup()
    const a1 = move('a', 3)
    set(a1, "state = 'delivered', delivered_at = 6000")
    const a2 = move('a', 4)
    set(a2, "state = 'failed', attempts = 1, error_code = 'wecom:60111', last_error = '成员不存在'")
    move('b', 3)
    move('b', 4) // supersedes the first b
    const status = reader.statusFor('member', ['a', 'b', 'nobody'])
    expect([...status.keys()].sort()).toEqual(['a', 'b'])
    expect(status.get('a')).toMatchObject({
      id: a2,
      state: 'failed',
      attempts: 1,
      lastError: { code: 'wecom:60111', zh: '成员不存在' },
      deliveredAt: null
    })
    expect(status.get('a')!.lastError!.en).toMatch(/userid/i)
    expect(status.get('b')).toMatchObject({ state: 'pending', lastError: null })
    expect(reader.statusFor('store', ['a']).size).toBe(0)
  })

  it('statusFor handles more ids than one query binds', () => {
    const { reader, move } = setup()
    const ids = Array.from({ length: 1200 }, (_, i) => `u${i}`)
    move('u1100', 3)
    expect([...reader.statusFor('member', ids).keys()]).toEqual(['u1100'])
  })

  it('summary counts by state without superseded rows; list is newest first and filters', () => {
    const { reader, move, set } = setup()
    move('a', 3)
    const a2 = move('a', 4)
    const b = move('b', 3)
    set(b, "state = 'failed', error_code = 'network', last_error = '网络'")
    const c = move('c', 3)
    set(c, "state = 'delivered', delivered_at = 7000")
    expect(reader.summary()).toEqual({ pending: 1, sending: 0, delivered: 1, failed: 1 })
    expect(reader.list({ limit: 10 }).map((r) => r.id)).toEqual([c, b, a2])
    const failed = reader.list({ state: 'failed', limit: 10 })
    expect(failed).toEqual([
      expect.objectContaining({
        id: b,
        kind: 'user.update',
        entity: 'member',
        entityId: 'b',
        lastError: expect.objectContaining({ code: 'network' })
      })
    ])
    expect(failed[0]!.lastError!.en).toMatch(/network/i)
  })
})
