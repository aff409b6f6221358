import { afterEach, describe, expect, it } from 'vitest'
import { BATCH_SUPERSEDE_SQL } from '../../../main/outbox/outbox-batch'
import { createOutboxWriter } from '../../../main/outbox/outbox-writer'
import { createTestDb } from '../../helpers/test-db'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

interface Row {
  id: number
  op: string
  entity_id: string
  state: string
  superseded_by: number | null
  payload: string
  action_id: string | null
}

function setup() {
  const t = createTestDb()
  cleanups.push(t.cleanup)
  let clock = 1000
  const writer = createOutboxWriter(t.db, () => clock++)
  const rows = () =>
    t.db
      .prepare<[], Row>(
        'SELECT id, op, entity_id, state, superseded_by, payload, action_id FROM sync_outbox ORDER BY id'
      )
      .all()
  return { db: t.db, writer, rows }
}

const move = (userid: string, department: number[]) => ({
  command: { kind: 'user.update' as const, userid, department, main_department: department[0]! },
  entity: 'member',
  entityId: userid,
  actionId: 'act-1'
})

describe('outbox writer', () => {
  it('stores the command as pending with its action id', () => {
    const { db, writer, rows } = setup()
    const id = db.transaction(() => writer.enqueue(move('zhangsan', [3, 4])))()
    expect(rows()).toEqual([
      {
        id,
        op: 'user.update',
        entity_id: 'zhangsan',
        state: 'pending',
        superseded_by: null,
        payload: JSON.stringify({ kind: 'user.update', userid: 'zhangsan', department: [3, 4], main_department: 3 }),
        action_id: 'act-1'
      }
    ])
  })

  it('a newer user.update supersedes the older unsent one for the same member only', () => {
    const { writer, rows } = setup()
    const a = writer.enqueue(move('zhangsan', [3]))
    const other = writer.enqueue(move('lisi', [3]))
    const b = writer.enqueue(move('zhangsan', [4]))
    expect(rows().map((r) => [r.id, r.state, r.superseded_by])).toEqual([
      [a, 'superseded', b],
      [other, 'pending', null],
      [b, 'pending', null]
    ])
  })

  it('never supersedes a row already sending or delivered', () => {
    const { db, writer, rows } = setup()
    const sending = writer.enqueue(move('zhangsan', [3]))
    db.prepare("UPDATE sync_outbox SET state = 'sending' WHERE id = ?").run(sending)
    const newer = writer.enqueue(move('zhangsan', [4]))
    expect(rows().map((r) => r.state)).toEqual(['sending', 'pending'])
    db.prepare("UPDATE sync_outbox SET state = 'delivered' WHERE id = ?").run(sending)
    writer.enqueue(move('zhangsan', [5]))
    expect(rows().map((r) => [r.state, r.superseded_by])).toEqual([
      ['delivered', null],
      ['superseded', newer + 1],
      ['pending', null]
    ])
  })

  it('messages are never superseded: each one must go out', () => {
    const { writer, rows } = setup()
    const msg = (content: string) => ({
      command: { kind: 'message.send' as const, touser: ['zhangsan'], msgtype: 'text' as const, content },
      entity: 'notice',
      entityId: 'n1',
      actionId: null
    })
    writer.enqueue(msg('a'))
    writer.enqueue(msg('b'))
    expect(rows().map((r) => r.state)).toEqual(['pending', 'pending'])
  })

  it('a rolled-back transaction leaves no row and supersedes nothing', () => {
    const { db, writer, rows } = setup()
    writer.enqueue(move('zhangsan', [3]))
    expect(() =>
      db.transaction(() => {
        writer.enqueue(move('zhangsan', [4]))
        throw new Error('the local write failed')
      })()
    ).toThrow('the local write failed')
    expect(rows().map((r) => [r.state, JSON.parse(r.payload).department])).toEqual([['pending', [3]]])
  })

  it('refuses commands WeCom would reject outright', () => {
    const { writer, rows } = setup()
    const wrongMain = { kind: 'user.update' as const, userid: 'zhangsan', department: [3], main_department: 9 }
    expect(() => writer.enqueue({ ...move('zhangsan', [3]), command: wrongMain })).toThrow('主部门')
    const notice = (touser: string[]) => ({
      command: { kind: 'message.send' as const, touser, msgtype: 'text' as const, content: 'x' },
      entity: 'notice',
      entityId: 'n',
      actionId: null
    })
    expect(() => writer.enqueue(notice([]))).toThrow('接收人')
    const many = Array.from({ length: 1001 }, (_, i) => `u${i}`)
    expect(() => writer.enqueue(notice(many))).toThrow('1000')
    expect(rows()).toEqual([])
  })
})

describe('outbox writer: enqueueMany', () => {
  // Everything but ids and keys, which differ between two databases by construction.
  const full = (db: ReturnType<typeof setup>['db']) =>
    db
      .prepare(
        `SELECT id, entity, entity_id, op, payload, state, superseded_by, action_id, attempts, next_try_at
         FROM sync_outbox ORDER BY id`
      )
      .all()
  const history = [move('zhangsan', [3]), move('lisi', [3]), move('wangwu', [5])]
  const batch = [move('zhangsan', [4]), move('lisi', [4]), move('zhangsan', [6]), move('zhaoliu', [7])]

  it('leaves the same rows and supersedes as one enqueue after another', () => {
    const one = setup()
    const many = setup()
    for (const s of [one, many]) for (const h of history) s.writer.enqueue(h)
    // A failed row is superseded too, a sending one never.
    for (const s of [one, many]) {
      s.db.prepare("UPDATE sync_outbox SET state = 'failed' WHERE entity_id = 'lisi'").run()
      s.db.prepare("UPDATE sync_outbox SET state = 'sending' WHERE entity_id = 'wangwu'").run()
    }
    const singleIds = one.db.transaction(() => batch.map((b) => one.writer.enqueue(b)))()
    const manyIds = many.db.transaction(() => many.writer.enqueueMany([...batch, move('wangwu', [8])]))()
    one.db.transaction(() => one.writer.enqueue(move('wangwu', [8])))()
    expect(manyIds.slice(0, batch.length)).toEqual(singleIds)
    expect(full(many.db)).toEqual(full(one.db))
    expect(many.rows().map((r) => [r.entity_id, r.state, r.superseded_by])).toEqual([
      ['zhangsan', 'superseded', 4],
      ['lisi', 'superseded', 5],
      ['wangwu', 'sending', null],
      ['zhangsan', 'superseded', 6],
      ['lisi', 'pending', null],
      ['zhangsan', 'pending', null],
      ['zhaoliu', 'pending', null],
      ['wangwu', 'pending', null]
    ])
  })

  it('never supersedes other kinds, other entities or messages', () => {
    const { writer, rows } = setup()
    const msg = { command: { kind: 'message.send' as const, touser: ['zhangsan'], msgtype: 'text' as const, content: 'x' }, entity: 'member', entityId: 'zhangsan', actionId: null }
    writer.enqueue(msg)
    writer.enqueue({ ...move('zhangsan', [3]), entity: 'other' })
    writer.enqueueMany([msg, move('zhangsan', [4])])
    expect(rows().map((r) => r.state)).toEqual(['pending', 'pending', 'pending', 'pending'])
  })

  it('gives every row a unique key that sorts in row order', () => {
    const { db, writer } = setup()
    writer.enqueue(move('zhangsan', [3]))
    const ids = writer.enqueueMany(Array.from({ length: 12 }, (_, i) => move(`u${i}`, [i + 1])))
    writer.enqueueMany([move('zhangsan', [4])])
    const keys = db.prepare<[], { id: number; k: string }>('SELECT id, idempotency_key AS k FROM sync_outbox ORDER BY id').all()
    expect(new Set(keys.map((k) => k.k)).size).toBe(keys.length)
    const batchKeys = keys.filter((k) => ids.includes(k.id)).map((k) => k.k)
    expect([...batchKeys].sort()).toEqual(batchKeys)
  })

  it('a rolled-back transaction leaves no row and supersedes nothing', () => {
    const { db, writer, rows } = setup()
    writer.enqueue(move('zhangsan', [3]))
    expect(() =>
      db.transaction(() => {
        writer.enqueueMany([move('zhangsan', [4]), move('lisi', [4])])
        throw new Error('the local write failed')
      })()
    ).toThrow('the local write failed')
    expect(rows().map((r) => [r.state, JSON.parse(r.payload).department])).toEqual([['pending', [3]]])
  })

  it('refuses the whole batch when one command is bad, before writing anything', () => {
    const { writer, rows } = setup()
    writer.enqueue(move('zhangsan', [3]))
    const wrongMain = { ...move('lisi', [3]), command: { kind: 'user.update' as const, userid: 'lisi', department: [3], main_department: 9 } }
    expect(() => writer.enqueueMany([move('zhangsan', [4]), wrongMain])).toThrow('主部门')
    const noUser = { ...move('x', [3]), command: { kind: 'user.update' as const, userid: '', department: [3], main_department: 3 } }
    expect(() => writer.enqueueMany([noUser])).toThrow('成员账号')
    const notice = { command: { kind: 'message.send' as const, touser: [], msgtype: 'text' as const, content: 'x' }, entity: 'notice', entityId: 'n', actionId: null }
    expect(() => writer.enqueueMany([move('lisi', [4]), notice])).toThrow('接收人')
    expect(rows().map((r) => [r.entity_id, r.state])).toEqual([['zhangsan', 'pending']])
    expect(writer.enqueueMany([])).toEqual([])
  })

  it('supersedes through the entity index, not a scan of the outbox', () => {
    const { db } = setup()
    const plan = db
      .prepare<{ first: number; last: number }, { detail: string }>(`EXPLAIN QUERY PLAN ${BATCH_SUPERSEDE_SQL}`)
      .all({ first: 1, last: 9 })
      .map((r) => r.detail)
    expect(plan.join('\n')).not.toMatch(/SCAN|by_state/)
    expect(plan.join('\n')).toMatch(/SEARCH n USING INTEGER PRIMARY KEY/)
    expect(plan.join('\n')).toMatch(/SEARCH older USING INDEX sync_outbox_by_entity/)
  })
})
