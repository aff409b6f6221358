/**
 * What the executor sends: one call per chunk of at most 100 customers (or chats) for one
 * handover → takeover pair, in a stable order so a plan always chunks the same way.
 */
import type { CustomerChunk, GroupChunk } from '../../../preload/contract/handover-models'
import { MAX_CHATS_PER_CALL, MAX_CUSTOMERS_PER_CALL, type TransferKind } from './transfer-kind'

export type { CustomerChunk, GroupChunk }

/** Splits `ids` into slices of at most `size`, preserving order. */
export function chunk<T>(ids: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size))
  return out
}

/** Groups (id, takeover) pairs by takeover (sorted), then chunks each pair's ids. */
export function byTakeover(
  pairs: readonly { readonly id: string; readonly takeover: string }[],
  size: number
): { takeover: string; ids: string[] }[] {
  const groups = new Map<string, string[]>()
  for (const { id, takeover } of pairs) {
    const ids = groups.get(takeover) ?? []
    ids.push(id)
    groups.set(takeover, ids)
  }
  return [...groups.keys()]
    .sort()
    .flatMap((takeover) =>
      chunk([...(groups.get(takeover) ?? [])].sort(), size).map((ids) => ({ takeover, ids }))
    )
}

export function customerChunks(
  kind: TransferKind,
  handoverUserid: string,
  pairs: readonly { readonly id: string; readonly takeover: string }[],
  transferMessage?: string
): CustomerChunk[] {
  return byTakeover(pairs, MAX_CUSTOMERS_PER_CALL).map(({ takeover, ids }) => ({
    kind,
    handoverUserid,
    takeoverUserid: takeover,
    externalUserids: ids,
    // WeCom takes the message only for in-service transfers.
    transferMessage: kind === 'in_service' ? transferMessage : undefined
  }))
}

export function groupChunks(
  kind: TransferKind,
  handoverUserid: string,
  pairs: readonly { readonly id: string; readonly takeover: string }[]
): GroupChunk[] {
  return byTakeover(pairs, MAX_CHATS_PER_CALL).map(({ takeover, ids }) => ({
    kind,
    handoverUserid,
    newOwner: takeover,
    chatIds: ids
  }))
}
