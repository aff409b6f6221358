/**
 * The outbox as the app wires it: the worker starts with openApp against the demo simulator,
 * an enqueue through Services wakes it, the Sync screen's channels see the row, and close stops it.
 */
import { describe, expect, it } from 'vitest'
import { useDemoApp } from '../../helpers/demo-app'

const demo = useDemoApp({ stores: 8, guides: 24, relations: 500 })

describe('the outbox in the app', () => {
  it('delivers an enqueued change to the demo WeCom and reports it through the contract', async () => {
    const a = await demo.start()
    await a.sync.current()?.finished
    const member = a.db
      .prepare<[], { userid: string; department_id: number }>(
        `SELECT m.userid, md.department_id FROM member m JOIN member_department md USING (userid)
         WHERE m.status = 1 ORDER BY m.userid LIMIT 1`
      )
      .get()!
    const id = a.db.transaction(() =>
      a.services.outbox.writer.enqueue({
        command: {
          kind: 'user.update',
          userid: member.userid,
          department: [member.department_id],
          main_department: member.department_id
        },
        entity: 'member',
        entityId: member.userid,
        actionId: null
      })
    )()
    const listed = async () => (await a.dispatch('outbox:list', { limit: 10 })) as { data: unknown[] }
    await expect
      .poll(async () => (await listed()).data, { timeout: 10_000 })
      .toEqual([expect.objectContaining({ id, state: 'delivered' })])
    expect(await a.dispatch('outbox:summary', {})).toEqual({
      ok: true,
      data: { pending: 0, sending: 0, delivered: 1, failed: 0 }
    })
    // A notice to the guide goes out with the demo app's agentid.
    const notice = a.db.transaction(() =>
      a.services.outbox.writer.enqueue({
        command: { kind: 'message.send', touser: [member.userid], msgtype: 'text', content: '本周陈列检查' },
        entity: 'notice',
        entityId: 'n-1',
        actionId: null
      })
    )()
    await expect
      .poll(() => a.services.outbox.reader.list({ limit: 1 })[0], { timeout: 10_000 })
      .toMatchObject({ id: notice, state: 'delivered' })
    expect(await a.dispatch('outbox:retry', {})).toEqual({ ok: true, data: { requeued: 0 } })
    const refused = { ok: false, error: { code: 'invalid-input' } }
    expect(await a.dispatch('outbox:list', { state: 'lost' })).toMatchObject(refused)
    expect(await a.dispatch('outbox:retry', { ids: [] })).toMatchObject(refused)
  })
})
