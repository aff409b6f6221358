import { afterEach, describe, expect, it } from 'vitest'
import { createTransferLedgerRepo } from '../../../../../main/db/repos/transfer-ledger-repo'
import { createTestDb } from '../../../../helpers/test-db'

const DAY = 86_400_000
const envs: ReturnType<typeof createTestDb>[] = []
afterEach(() => envs.splice(0).forEach((e) => e.cleanup()))

function setup() {
  const env = createTestDb()
  envs.push(env)
  return { db: env.db, ledger: createTransferLedgerRepo(env.db) }
}

const queued = (
  batchId: string,
  ext: string,
  requestedAt: number,
  kind: 'resigned' | 'in_service' = 'in_service'
) => ({
  kind,
  batchId,
  handoverUserid: 'h',
  takeoverUserid: 't',
  externalUserid: ext,
  requestedAt
})

describe('transfer ledger repo', () => {
  it('moves a batch queued → sending → waiting / rejected, and reports what is in transfer', () => {
    const { ledger } = setup()
    ledger.insertQueued(queued('b1', 'wm1', 1000))
    ledger.insertQueued(queued('b1', 'wm2', 1000))
    expect(ledger.byBatch('b1').map((e) => e.phase)).toEqual(['queued', 'queued'])
    expect(ledger.markSending('b1', 2000)).toBe(2)
    ledger.recordAcks('b1', [
      { externalUserid: 'wm1', errcode: 0, takeoverAt: 2000 + DAY },
      { externalUserid: 'wm2', errcode: 40129 }
    ])
    expect(ledger.byBatch('b1')).toMatchObject([
      { phase: 'waiting', takeoverAt: 2000 + DAY, sentAt: 2000 },
      { phase: 'rejected', errcode: 40129 }
    ])
    expect(ledger.inTransfer('h')).toEqual(new Set(['wm1']))
    expect(ledger.openPairs()).toEqual([
      { kind: 'in_service', handoverUserid: 'h', takeoverUserid: 't' }
    ])
  })

  it('applies reconciler updates; only the latest entry per customer is re-planned', () => {
    const { ledger } = setup()
    ledger.insertQueued(queued('b1', 'wm1', 1000))
    ledger.markSending('b1', 1000)
    ledger.recordAcks('b1', [{ externalUserid: 'wm1', errcode: 0 }])
    const [entry] = ledger.byBatch('b1')
    ledger.apply([{ id: entry!.id, to: 'settled', status: 3, takeoverAt: null }], 5000)
    expect(ledger.latestForHandover('h')).toMatchObject([{ phase: 'settled', status: 3 }])
    ledger.insertQueued(queued('b2', 'wm1', 6000))
    expect(ledger.latestForHandover('h')).toMatchObject([{ phase: 'queued', batchId: 'b2' }])
  })

  it('counts in-service requests in the last 90 days, except those WeCom refused', () => {
    const { ledger } = setup()
    const now = 200 * DAY
    ledger.insertQueued(queued('old', 'wm1', now - 95 * DAY))
    ledger.insertQueued(queued('b1', 'wm1', now - 10 * DAY))
    ledger.insertQueued(queued('b2', 'wm1', now - 5 * DAY))
    ledger.markSending('b2', now - 5 * DAY)
    ledger.recordAcks('b2', [{ externalUserid: 'wm1', errcode: 40128 }])
    ledger.insertQueued(queued('r', 'wm1', now - DAY, 'resigned'))
    expect(ledger.inServiceHistory(['wm1', 'wm2'], now)).toEqual(
      new Map([['wm1', [now - 10 * DAY]]])
    )
  })

  it('the table refuses a row whose columns contradict its phase', () => {
    const { db } = setup()
    const insert = (
      phase: string,
      errcode: number | null,
      status: number | null,
      sentAt: number | null
    ) =>
      db
        .prepare(
          `INSERT INTO customer_transfer (kind, batch_id, handover_userid, takeover_userid, external_userid,
             requested_at, phase, errcode, status, sent_at) VALUES ('resigned', 'b', 'h', 't', 'wm', 1, ?, ?, ?, ?)`
        )
        .run(phase, errcode, status, sentAt)
    expect(() => insert('waiting', null, 2, 1)).toThrow(/CHECK/)
    expect(() => insert('settled', 0, 2, 1)).toThrow(/CHECK/)
    expect(() => insert('rejected', 0, null, 1)).toThrow(/CHECK/)
    expect(() => insert('queued', null, null, 1)).toThrow(/CHECK/)
    expect(() => insert('settled', 0, 3, 1)).not.toThrow()
    const final = db.prepare('SELECT is_final FROM customer_transfer').pluck().get()
    expect(final).toBe(1)
  })
})
