/**
 * Water-filling: items go one at a time to the bin with the lowest load that still has room
 * (ties to the smallest id, so the result is deterministic). The loads rise like water poured
 * into uneven vessels: the emptiest colleagues fill first, and once every receiver is level they
 * take turns. Invariant: a bin that received anything ends at most one above any other bin.
 */

export interface Bin {
  readonly id: string
  /** Current load (customers or groups held). */
  readonly load: number
  /** Items the bin may still take; Infinity when uncapped. */
  readonly room: number
}

/**
 * Bin ids for the first `count` items, in order; shorter than `count` when the bins run out
 * of room (every later item would find them full too).
 */
export function waterFill(count: number, bins: readonly Bin[]): string[] {
  const state = [...bins]
    .filter((b) => b.room > 0)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((b) => ({ id: b.id, load: b.load, room: b.room }))
  const placed: string[] = []
  for (let i = 0; i < count; i++) {
    const bin = lowest(state)
    if (!bin) break
    bin.load++
    bin.room--
    placed.push(bin.id)
  }
  return placed
}

/** The open bin with the lowest load; the first such in id order. A linear scan is enough: a
 * store has tens of guides and a region a few hundred (see tests/bench/handover.bench.ts). */
function lowest<B extends { load: number; room: number }>(bins: readonly B[]): B | undefined {
  let best: B | undefined
  for (const bin of bins) {
    if (bin.room > 0 && (best === undefined || bin.load < best.load)) best = bin
  }
  return best
}
