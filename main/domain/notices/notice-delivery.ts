import type { NoticeDeliveryState } from '../../../preload/contract/notice-models'

/** One message/send outbox row of a notice, reduced to what delivery needs. */
export interface ChunkOutcome {
  state: 'pending' | 'sending' | 'delivered' | 'failed' | 'superseded'
  /** The handler's stored result (MessageSendResult JSON) once WeCom answered. */
  result: string | null
}

export interface NoticeDelivery {
  state: NoticeDeliveryState
  pending: number
  sent: number
  failed: number
  invalid: string[]
  unlicensed: string[]
}

interface StoredResult {
  invaliduser?: unknown
  unlicenseduser?: unknown
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

/**
 * A notice's delivery from its chunks: 'sent' when every call went out, 'failed' when none did
 * and none is left to try, 'partial' for a mix, else 'pending'. Invalid users are merged across
 * chunks (a member is in one chunk only, but dedupe anyway).
 */
export function aggregateDelivery(chunks: readonly ChunkOutcome[]): NoticeDelivery {
  let pending = 0
  let sent = 0
  let failed = 0
  const invalid = new Set<string>()
  const unlicensed = new Set<string>()
  for (const c of chunks) {
    if (c.state === 'delivered') sent++
    else if (c.state === 'failed') failed++
    else if (c.state !== 'superseded') pending++
    if (c.result) {
      const r = JSON.parse(c.result) as StoredResult
      strings(r.invaliduser).forEach((u) => invalid.add(u))
      strings(r.unlicenseduser).forEach((u) => unlicensed.add(u))
    }
  }
  return { state: stateOf(pending, sent, failed), pending, sent, failed, invalid: [...invalid], unlicensed: [...unlicensed] }
}

function stateOf(pending: number, sent: number, failed: number): NoticeDeliveryState {
  if (pending > 0) return 'pending'
  if (failed === 0) return 'sent'
  return sent === 0 ? 'failed' : 'partial'
}
