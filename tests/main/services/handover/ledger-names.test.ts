import { describe, expect, it } from 'vitest'
import { withNames } from '../../../../main/services/handover-ledger-names'

describe('withNames (the ledger as the 客户交接 screen shows it)', () => {
  it('looks up every member, customer and group once, and keeps the rows as they are', () => {
    const asked: string[][] = []
    const ask = <T>(ids: readonly string[], answer: T): T => (asked.push([...ids]), answer)
    const repo = {
      memberNames: (ids: readonly string[]) => ask(ids, new Map([['t1', '卢怡诺']])),
      customerNames: (ids: readonly string[]) => ask(ids, new Map([['wm1', '徐雪怡']])),
      groupOwners: (ids: readonly string[]) =>
        ask(ids, new Map([['wr1', { owner: 'h', name: '会员群' }]]))
    }
    const row = {
      id: 1,
      kind: 'resigned' as const,
      batchId: 'b',
      handoverUserid: 'h',
      takeoverUserid: 't1',
      externalUserid: 'wm1',
      requestedAt: 1,
      phase: 'queued' as const
    }
    const group = {
      id: 1,
      kind: 'resigned' as const,
      batchId: 'b',
      handoverUserid: 'h',
      takeoverUserid: 't2',
      chatId: 'wr1',
      requestedAt: 1,
      phase: 'done' as const,
      errcode: null,
      errmsg: null
    }
    const view = withNames(repo, { customers: [row, { ...row, id: 2 }], groups: [group] })
    expect(view.customers).toHaveLength(2)
    expect(view.groups).toEqual([group])
    expect(view.memberNames).toEqual({ t1: '卢怡诺' })
    expect(view.customerNames).toEqual({ wm1: '徐雪怡' })
    expect(view.groupNames).toEqual({ wr1: '会员群' })
    expect(asked).toEqual([['h', 't1', 't2'], ['wm1'], ['wr1']])
  })
})
