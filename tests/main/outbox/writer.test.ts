import { afterEach, describe, expect, it } from 'vitest'
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
