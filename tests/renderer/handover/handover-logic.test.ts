import { describe, expect, it } from 'vitest'
import {
  formatCountdown,
  hasInFlight,
  ledgerRows,
  ledgerStatus,
  replanCount
} from '../../../renderer/src/features/handover/ledger-rows'
import {
  eligibleTakeovers,
  needsStore,
  planRows,
  takeoverTotals,
  unplacedCount
} from '../../../renderer/src/features/handover/plan-rows'
import { candidate, entry, plan, T0 } from './fixtures'

describe('planRows', () => {
  const candidates = [candidate('a', { customerCount: 5 }), candidate('b', { customerCount: 8 })]
  const rows = planRows(plan, candidates)

  it('lists customers then groups, numbered from 1, with unique keys', () => {
    expect(rows.map((r) => [r.row, r.key])).toEqual([
      [1, 'customer:wm1'],
      [2, 'customer:wm2'],
      [3, 'customer:wm3'],
      [4, 'customer:wm4'],
      [5, 'group:wr1']
    ])
  })

  it('names the takeover with their current customer count, and an unnamed customer by id', () => {
    expect(rows[0]).toMatchObject({ takeoverName: 'name-a', takeoverCount: 5, reason: null })
    expect(rows[1]?.name).toBe('wm2')
  })

  it('keeps the reason of an unplaced row and counts it', () => {
    expect(rows[3]).toMatchObject({ takeoverUserid: null, takeoverCount: null, reason: 'manual' })
    expect(unplacedCount(rows)).toBe(1)
    expect(needsStore(rows)).toBe(false)
  })

  it('flags a plan whose rows wait for a store', () => {
    const blind = {
      ...plan,
      customers: [
        {
          externalUserid: 'x',
          name: 'X',
          placement: { kind: 'unplaced' as const, reason: 'no-store' as const }
        }
      ]
    }
    expect(needsStore(planRows(blind, []))).toBe(true)
  })

  it('totals customers and groups per takeover, with the count after', () => {
    expect(takeoverTotals(rows, candidates)).toEqual([
      { userid: 'a', name: 'name-a', customers: 2, groups: 0, before: 5, after: 7 },
      { userid: 'b', name: 'name-b', customers: 1, groups: 1, before: 8, after: 9 }
    ])
  })
})

describe('eligibleTakeovers', () => {
  it('offers only active, 客户联系-enabled, visible colleagues other than the handover', () => {
    const all = [
      candidate('ok'),
      candidate('unknown-visibility', { isVisible: null }),
      candidate('disabled', { status: 2 }),
      candidate('not-activated', { status: 4 }),
      candidate('no-contact', { isFollowUser: false }),
      candidate('hidden', { isVisible: false }),
      candidate('leaver')
    ]
    const leaver = { userid: 'leaver', storeIds: ['s1'] }
    expect(eligibleTakeovers(all, leaver).map((c) => c.userid)).toEqual([
      'ok',
      'unknown-visibility'
    ])
  })

  it('lists the handover’s store colleagues first, then the fewest customers first', () => {
    const all = [
      candidate('region-light', { storeIds: ['s2'], customerCount: 1 }),
      candidate('store-busy', { customerCount: 30 }),
      candidate('store-light', { customerCount: 3 })
    ]
    expect(eligibleTakeovers(all, { userid: 'x', storeIds: ['s1'] }).map((c) => c.userid)).toEqual([
      'store-light',
      'store-busy',
      'region-light'
    ])
  })
})

describe('ledger rows', () => {
  it('maps phases and final statuses onto the words the screen uses', () => {
    expect(ledgerStatus(entry(1, 'c', { phase: 'queued' }))).toBe('queued')
    expect(ledgerStatus(entry(1, 'c'))).toBe('waiting')
    expect(ledgerStatus(entry(1, 'c', { phase: 'rejected', errcode: 40098 }))).toBe('rejected')
    const settled = (status: 1 | 3 | 4 | 5) =>
      ledgerStatus(entry(1, 'c', { phase: 'settled', status }))
    expect([settled(1), settled(3), settled(4), settled(5)]).toEqual([
      'done',
      'refused',
      'capped',
      'none'
    ])
  })

  it('lists customers newest first, then groups, naming people and falling back to ids', () => {
    const rows = ledgerRows({
      customers: [
        entry(1, 'c1'),
        entry(2, 'c2', { requestedAt: T0 + 1, phase: 'rejected', errcode: 40128 })
      ],
      groups: [
        {
          id: 1,
          kind: 'resigned',
          batchId: 'g',
          handoverUserid: 'leaver',
          takeoverUserid: 'b',
          chatId: 'wr1',
          requestedAt: T0,
          phase: 'failed',
          errcode: 90500,
          errmsg: 'not resigned'
        }
      ],
      memberNames: { a: 'Ann' },
      customerNames: { c1: 'Cat', c2: '' },
      groupNames: { wr1: 'VIP' }
    })
    expect(rows.map((r) => [r.key, r.name, r.takeoverName, r.status, r.errcode])).toEqual([
      ['customer:2', 'c2', 'Ann', 'rejected', 40128],
      ['customer:1', 'Cat', 'Ann', 'waiting', null],
      ['group:1', 'VIP', 'b', 'groupFailed', 90500]
    ])
    expect(rows[1]?.takeoverAt).toBe(T0 + 86_400_000)
  })

  it('counts for re-planning only customers whose latest transfer was refused or capped', () => {
    const entries = [
      entry(1, 'refused-then-replanned', { phase: 'settled', status: 3 }),
      entry(4, 'refused-then-replanned', { requestedAt: T0 + 10 }),
      entry(2, 'refused', { phase: 'settled', status: 3 }),
      entry(3, 'capped', { phase: 'settled', status: 4 }),
      entry(5, 'done', { phase: 'settled', status: 1 })
    ]
    expect(replanCount(entries)).toBe(2)
  })

  it('polls only while something is queued or sending', () => {
    expect(hasInFlight([entry(1, 'c')])).toBe(false)
    expect(hasInFlight([entry(1, 'c', { phase: 'sending' })])).toBe(true)
  })

  it('formats the countdown as hh:mm:ss, never negative', () => {
    expect(formatCountdown(86_400_000)).toBe('24:00:00')
    expect(formatCountdown(3_661_001)).toBe('01:01:02')
    expect(formatCountdown(-5)).toBe('00:00:00')
  })
})
