import { describe, expect, it } from 'vitest'
import type { LedgerEntry } from '../../../../main/domain/handover/ledger-entry'
import { countdownMs } from '../../../../main/domain/handover/ledger-entry'
import { reconcilePair } from '../../../../main/domain/handover/reconcile-results'

const H = 3_600_000
const base = {
  kind: 'resigned' as const,
  batchId: 'b1',
  handoverUserid: 'leaver',
  takeoverUserid: 'a',
  requestedAt: 1000 * H
}
const waiting = (id: number, ext: string, takeoverAt: number | null = 1024 * H): LedgerEntry => ({
  ...base,
  id,
  externalUserid: ext,
  phase: 'waiting',
  sentAt: 1000 * H,
  takeoverAt
})
const sending = (id: number, ext: string): LedgerEntry => ({
  ...base,
  id,
  externalUserid: ext,
  phase: 'sending',
  sentAt: 1000 * H
})

describe('reconcilePair', () => {
  it('settles waiting entries from their status and leaves unlisted ones for next time', () => {
    const updates = reconcilePair(
      [waiting(1, 'wm1'), waiting(2, 'wm2'), waiting(3, 'wm3'), waiting(4, 'wm4')],
      [
        { externalUserid: 'wm1', status: 1, takeoverAt: 1024 * H },
        { externalUserid: 'wm2', status: 3, takeoverAt: 0 },
        { externalUserid: 'wm3', status: 2, takeoverAt: 1024 * H }
      ]
    )
    expect(updates).toEqual([
      { id: 1, to: 'settled', status: 1, takeoverAt: 1024 * H },
      { id: 2, to: 'settled', status: 3, takeoverAt: 1024 * H }
    ])
  })

  it('resolves a lost reply: a recent record is ours, an old one or none means never accepted', () => {
    const updates = reconcilePair(
      [sending(1, 'wm1'), sending(2, 'wm2'), sending(3, 'wm3')],
      [
        { externalUserid: 'wm1', status: 2, takeoverAt: 1024 * H },
        { externalUserid: 'wm2', status: 1, takeoverAt: 900 * H }
      ]
    )
    expect(updates).toEqual([
      { id: 1, to: 'waiting', takeoverAt: 1024 * H },
      { id: 2, to: 'queued' },
      { id: 3, to: 'queued' }
    ])
  })

  it('shows the 24-hour countdown only while waiting', () => {
    expect(countdownMs(waiting(1, 'wm1'), 1020 * H)).toBe(4 * H)
    expect(countdownMs(waiting(1, 'wm1'), 1030 * H)).toBe(0)
    expect(countdownMs(sending(1, 'wm1'), 1020 * H)).toBeNull()
  })
})
