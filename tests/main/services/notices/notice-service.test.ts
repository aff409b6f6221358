import { describe, expect, it } from 'vitest'
import { AGENT_ID_MISSING } from '../../../../main/services/notice-service'
import { testCache } from '../../sync/sync-harness'
import { count, insertMembers, noticeSetup, outboxRows } from './notice-harness'

const ids = (n: number, prefix = 'g') => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(5, '0')}`)

describe('notice service: audience, chunks, one transaction', () => {
  it('sends 2,345 recipients as 3 message/send calls (1000, 1000, 345) with the notice and its audit entry', () => {
    const db = testCache()
    const userids = ids(2345)
    insertMembers(db, userids.map((userid) => ({ userid })))
    const { notices, changed } = noticeSetup(db)
    const draft = { audience: { kind: 'userids' as const, userids }, msgtype: 'text' as const, content: '本周陈列检查' }

    const preview = notices.preview(draft)
    expect(preview).toMatchObject({ recipients: 2345, chunks: [1000, 1000, 345], excluded: [], blocked: null })
    expect(preview.sample).toHaveLength(20)
    expect(count(db, 'notice')).toBe(0) // a preview writes nothing

    const sent = notices.send(draft)
    expect(sent).toEqual({ noticeId: 1, recipients: 2345, chunks: 3, excluded: 0 })
    const rows = outboxRows(db)
    const touser = rows.map((r) => (JSON.parse(r.payload) as { touser: string[] }).touser)
    expect(touser.map((t) => t.length)).toEqual([1000, 1000, 345])
    expect(touser.flat()).toEqual(userids)
    expect(rows.every((r) => r.entity === 'notice' && r.entity_id === '1' && r.action_id === 'action-1')).toBe(true)
    expect(count(db, 'audit_log')).toBe(1)
    expect(changed.at(-1)).toEqual(['notice', 'sync_outbox', 'audit_log'])
    expect(notices.list()[0]).toMatchObject({ id: 1, recipientCount: 2345, delivery: { state: 'pending', pending: 3 } })
  })

  it('excludes unknown, removed, disabled, not-activated, departed and non-客户联系 members, with the reason', () => {
    const db = testCache()
    insertMembers(db, [
      { userid: 'ok1', name: '张三' },
      { userid: 'off', status: 2 },
      { userid: 'new', status: 4 },
      { userid: 'gone', status: 5 },
      { userid: 'rm', removed: true },
      { userid: 'nofollow', follow: false }
    ])
    const { notices } = noticeSetup(db)
    const userids = ['ok1', 'off', 'new', 'gone', 'rm', 'nofollow', 'ghost', 'ok1']
    const preview = notices.preview({ audience: { kind: 'userids', userids }, msgtype: 'text', content: '你好' })
    expect(preview.recipients).toBe(1)
    expect(preview.sample).toEqual([{ userid: 'ok1', name: '张三' }])
    expect(preview.excluded.map((e) => [e.userid, e.reason])).toEqual([
      ['off', 'disabled'],
      ['new', 'inactive'],
      ['gone', 'left'],
      ['rm', 'removed'],
      ['nofollow', 'not-follow-user'],
      ['ghost', 'unknown']
    ])
  })

  it('refuses to send up-front when no AgentId is configured, writing nothing', () => {
    const db = testCache()
    insertMembers(db, [{ userid: 'a' }])
    const { notices } = noticeSetup(db, { agentId: null })
    const draft = { audience: { kind: 'userids' as const, userids: ['a'] }, msgtype: 'text' as const, content: '你好' }
    expect(notices.preview(draft).blocked).toBe(AGENT_ID_MISSING)
    expect(() => notices.send(draft)).toThrow(expect.objectContaining({ code: 'wecom-config', message: AGENT_ID_MISSING }))
    expect([count(db, 'notice'), count(db, 'sync_outbox'), count(db, 'audit_log')]).toEqual([0, 0, 0])
  })

  it('refuses empty content, a bad due date, content over 2048 bytes and an audience nobody can receive', () => {
    const db = testCache()
    insertMembers(db, [{ userid: 'a' }, { userid: 'b', status: 5 }])
    const { notices } = noticeSetup(db)
    const to = { kind: 'userids' as const, userids: ['a'] }
    expect(notices.preview({ audience: to, msgtype: 'text', content: '  ' }).blocked).toMatch(/不能为空/)
    expect(notices.preview({ audience: to, msgtype: 'text', content: 'x', dueDate: '2026-02-30' }).blocked).toMatch(/截止日期/)
    expect(notices.preview({ audience: to, msgtype: 'text', content: '汉'.repeat(700) }).blocked).toMatch(/2048 字节/)
    const nobody = { audience: { kind: 'userids' as const, userids: ['b'] }, msgtype: 'text' as const, content: 'x' }
    expect(() => notices.send(nobody)).toThrow(/均无法接收/)
    expect(count(db, 'notice')).toBe(0)
  })

  it('a task carries its title and due-date line; markdown keeps WeCom markup', () => {
    const db = testCache()
    insertMembers(db, [{ userid: 'a' }])
    const { notices } = noticeSetup(db)
    const to = { kind: 'userids' as const, userids: ['a'] }
    expect(notices.preview({ audience: to, msgtype: 'text', content: '盘点', dueDate: '2026-12-31' }).content).toBe(
      '【任务】\n盘点\n截止日期：2026-12-31'
    )
    notices.send({ audience: to, msgtype: 'markdown', content: '**盘点**', dueDate: '2026-12-31' })
    expect(notices.list()[0]).toMatchObject({ msgtype: 'markdown', dueDate: '2026-12-31', audience: { kind: 'userids', count: 1 } })
    expect(notices.list()[0]!.content).toContain('截止日期')
  })

  it('saves, lists, replaces by name and deletes named audiences', () => {
    const db = testCache()
    const { notices, changed } = noticeSetup(db)
    const a = notices.saveAudience(' 华东大区全部导购 ', { regionIds: ['r1'] })
    expect(a).toMatchObject({ name: '华东大区全部导购', filter: { regionIds: ['r1'] } })
    notices.saveAudience('华东大区全部导购', { regionIds: ['r1', 'r2'] })
    notices.saveAudience('KA 门店', { tags: ['KA'] })
    expect(notices.audiences().map((x) => [x.name, x.filter])).toEqual([
      ['KA 门店', { tags: ['KA'] }],
      ['华东大区全部导购', { regionIds: ['r1', 'r2'] }]
    ])
    expect(notices.deleteAudience(a.id)).toEqual({ deleted: true })
    expect(notices.deleteAudience(a.id)).toEqual({ deleted: false })
    expect(notices.audiences()).toHaveLength(1)
    expect(changed.at(-1)).toEqual(['notice_audience'])
    expect(() =>
      notices.preview({ audience: { kind: 'saved', audienceId: a.id }, msgtype: 'text', content: 'x' })
    ).toThrow(/已被删除/)
  })
})
