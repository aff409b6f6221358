/**
 * Fetching customer pages of several follow-user chunks at once. Each lane is one chunk whose
 * pages are fetched strictly in order (a page's cursor comes from the page before); up to
 * `lanes` chunks fetch at a time, and fetched pages wait in a buffer of at most `maxBuffered`
 * (pages in flight included) until the writer takes them, so fetching goes on while a batch
 * is written. take() hands over every buffered page and the mark that is true once they are
 * committed: a lane's cursor moves only when its page is taken, never when it is fetched.
 */
import type { WecomExternalContactRowDto } from '../../wecom/dto/external-contact'
import type { CustomersMark } from './customer-checkpoint'

export interface FetchedRows {
  readonly rows: readonly WecomExternalContactRowDto[]
  /** '' when this was the chunk's last page. */
  readonly nextCursor: string
}

export interface TakenPage extends FetchedRows {
  /** The chunk's follow users, who asked for this page. */
  readonly userids: readonly string[]
}

export interface Taken {
  readonly pages: readonly TakenPage[]
  /** Where every chunk stands once `pages` are committed. */
  readonly mark: CustomersMark
  /** No chunk is left: `pages` finish the entity. */
  readonly complete: boolean
}

export interface LaneOptions {
  readonly chunks: readonly (readonly string[])[]
  readonly from: CustomersMark
  readonly lanes: number
  readonly maxBuffered: number
  readonly fetch: (userids: readonly string[], cursor: string) => Promise<FetchedRows>
}

interface Lane {
  readonly chunk: number
  readonly key: string | null
  /** Cursor of the page after the last one taken: what a checkpoint records. */
  committed: string
  /** Cursor of the next page to fetch. */
  fetchAt: string
  fetching: boolean
  fetchedAll: boolean
  takenAll: boolean
}

export function createLanes(o: LaneOptions) {
  const active: Lane[] = o.from.lanes.map((l) => lane(l.chunk, l.key, l.cursor))
  const buffer: (TakenPage & { lane: Lane })[] = []
  const inFlight = new Set<Promise<void>>()
  let next = o.from.next
  let failure: { error: unknown } | null = null
  let stopped = false
  let wake: (() => void) | null = null

  function lane(chunk: number, key: string | null, cursor: string): Lane {
    const l = { chunk, key, committed: cursor, fetchAt: cursor }
    return { ...l, fetching: false, fetchedAll: false, takenAll: false }
  }

  function openLane(): Lane | null {
    const fetching = active.filter((l) => !l.fetchedAll).length
    if (next >= o.chunks.length || fetching >= o.lanes) return null
    const opened = lane(next, o.chunks[next]?.[0] ?? null, '')
    next++
    active.push(opened)
    return opened
  }

  function pump(): void {
    while (!stopped && !failure && buffer.length + inFlight.size < o.maxBuffered) {
      const idle = active.find((l) => !l.fetching && !l.fetchedAll) ?? openLane()
      if (!idle) return
      start(idle)
    }
  }

  function start(l: Lane): void {
    l.fetching = true
    const userids = o.chunks[l.chunk] ?? []
    const call = o.fetch(userids, l.fetchAt).then(
      (got) => {
        buffer.push({ ...got, userids, lane: l })
        l.fetchAt = got.nextCursor
        l.fetchedAll = got.nextCursor === ''
      },
      (error: unknown) => {
        failure ??= { error }
      }
    )
    const settled = call.finally(() => {
      l.fetching = false
      inFlight.delete(settled)
      wake?.()
      pump()
    })
    inFlight.add(settled)
  }

  function takeAll(): Taken {
    const pages = buffer.splice(0)
    for (const p of pages) {
      p.lane.committed = p.nextCursor
      p.lane.takenAll = p.nextCursor === ''
    }
    for (let i = active.length - 1; i >= 0; i--) if (active[i]?.takenAll) active.splice(i, 1)
    pump()
    const lanes = active.map((l) => ({ chunk: l.chunk, cursor: l.committed, key: l.key }))
    const complete = active.length === 0 && next >= o.chunks.length
    return { pages, mark: { next, lanes }, complete }
  }

  return {
    /**
     * Waits for `min` pages (or whatever came once nothing is in flight) and takes them; after
     * a fetch failed, takes what is buffered, then rejects with that failure.
     */
    async take(min: number): Promise<Taken> {
      pump()
      for (;;) {
        // Pages fetched before a failure are still handed over: a resume need not fetch them.
        if (failure && buffer.length === 0) throw failure.error
        if (failure || buffer.length >= min || inFlight.size === 0) return takeAll()
        await new Promise<void>((resolve) => (wake = resolve))
      }
    },
    /** Starts nothing more; resolves once the calls in flight have ended. */
    async stop(): Promise<void> {
      stopped = true
      await Promise.all(inFlight)
    }
  }
}
export type Lanes = ReturnType<typeof createLanes>
