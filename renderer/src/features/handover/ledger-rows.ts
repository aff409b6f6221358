import type {
  GroupTransferRow,
  HandoverLedgerView,
  LedgerEntry,
  TransferStatus
} from '../../../../preload/contract/handover-models'

/** What the ledger's status column says: the phase until WeCom's final status is known. */
export type LedgerStatusKey =
  | 'queued'
  | 'sending'
  | 'waiting'
  | 'done'
  | 'refused'
  | 'capped'
  | 'none'
  | 'rejected'
  | 'groupDone'
  | 'groupFailed'

const FINAL: Record<Exclude<TransferStatus, 2>, LedgerStatusKey> = {
  1: 'done',
  3: 'refused',
  4: 'capped',
  5: 'none'
}

const GROUP_STATUS: Record<GroupTransferRow['phase'], LedgerStatusKey> = {
  queued: 'queued',
  sending: 'sending',
  done: 'groupDone',
  failed: 'groupFailed'
}

export interface LedgerRowView {
  /** `customer:<ledger id>` or `group:<ledger id>`. */
  readonly key: string
  readonly target: 'customer' | 'group'
  /** external_userid or chat_id. */
  readonly id: string
  readonly name: string
  readonly takeoverName: string
  readonly requestedAt: number
  readonly status: LedgerStatusKey
  /** Waiting rows: when WeCom takes over automatically (the end of the 24 h countdown). */
  readonly takeoverAt: number | null
  /** Rejected at send time: the per-customer errcode, or the group's from failed_chat_list. */
  readonly errcode: number | null
}

export function ledgerStatus(entry: LedgerEntry): LedgerStatusKey {
  switch (entry.phase) {
    case 'queued':
    case 'sending':
    case 'waiting':
    case 'rejected':
      return entry.phase
    case 'settled':
      return FINAL[entry.status]
  }
}

const newestFirst = <T extends { requestedAt: number; id: number }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => b.requestedAt - a.requestedAt || b.id - a.id)

/**
 * Customers, then groups, each newest request first, so a re-plan's rows sit above the refused
 * ones they replace. Names come from the cache; an unknown one shows the id.
 */
export function ledgerRows(ledger: HandoverLedgerView): LedgerRowView[] {
  const member = (userid: string) => ledger.memberNames[userid] ?? userid
  const customers = newestFirst(ledger.customers).map((e): LedgerRowView => ({
    key: `customer:${e.id}`,
    target: 'customer',
    id: e.externalUserid,
    name: ledger.customerNames[e.externalUserid] || e.externalUserid,
    takeoverName: member(e.takeoverUserid),
    requestedAt: e.requestedAt,
    status: ledgerStatus(e),
    takeoverAt: e.phase === 'waiting' ? e.takeoverAt : null,
    errcode: e.phase === 'rejected' ? e.errcode : null
  }))
  const groups = newestFirst(ledger.groups).map((g): LedgerRowView => ({
    key: `group:${g.id}`,
    target: 'group',
    id: g.chatId,
    name: ledger.groupNames[g.chatId] || g.chatId,
    takeoverName: member(g.takeoverUserid),
    requestedAt: g.requestedAt,
    status: GROUP_STATUS[g.phase],
    takeoverAt: null,
    errcode: g.phase === 'failed' ? g.errcode : null
  }))
  return [...customers, ...groups]
}

/**
 * Customers whose latest transfer was refused or capped: what 重新分配 re-plans. Only a
 * customer's newest row counts, so one already re-planned is not counted twice.
 */
export function replanCount(entries: readonly LedgerEntry[]): number {
  const latest = new Map<string, LedgerEntry>()
  for (const e of entries) {
    const seen = latest.get(e.externalUserid)
    if (
      !seen ||
      e.requestedAt > seen.requestedAt ||
      (e.requestedAt === seen.requestedAt && e.id > seen.id)
    ) {
      latest.set(e.externalUserid, e)
    }
  }
  return [...latest.values()].filter((e) => {
    const s = ledgerStatus(e)
    return s === 'refused' || s === 'capped'
  }).length
}

/** Rows main or the outbox has not finished with: the ledger is polled while any remain. */
export const hasInFlight = (entries: readonly LedgerEntry[]): boolean =>
  entries.some((e) => e.phase === 'queued' || e.phase === 'sending')

/** 23:59:07 for a countdown; hours may pass 24 when WeCom's clock runs ahead. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const two = (n: number) => String(n).padStart(2, '0')
  return `${two(h)}:${two(m)}:${two(s)}`
}
