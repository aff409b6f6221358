import { describe, expect, it } from 'vitest'
import { FRESH_MARK } from '../../../../main/sync/jobs/customer-checkpoint'
import { createLanes, type FetchedRows } from '../../../../main/sync/jobs/customer-lanes'
import type { WecomExternalContactRowDto } from '../../../../main/wecom/dto/external-contact'

/** Each chunk has `pages` pages; a page's one row names its chunk and page. */
function server(pages: number, failAt?: string) {
  const calls: string[] = []
  let inFlight = 0
  let maxInFlight = 0
  async function fetch(userids: readonly string[], cursor: string): Promise<FetchedRows> {
    const page = cursor === '' ? 0 : Number(cursor)
    const id = `${userids[0]}#${page}`
    calls.push(id)
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    await new Promise((r) => setTimeout(r, 1 + (page % 3)))
    inFlight--
    if (id === failAt) throw new Error(`boom at ${id}`)
    const row = { external_contact: { external_userid: id } } as WecomExternalContactRowDto
    return { rows: [row], nextCursor: page + 1 < pages ? String(page + 1) : '' }
  }
  return { fetch, calls, maxInFlight: () => maxInFlight }
}

const CHUNKS = [['a'], ['b'], ['c'], ['d'], ['e']]
const ids = (pages: readonly { rows: readonly WecomExternalContactRowDto[] }[]) =>
  pages.flatMap((p) => p.rows.map((r) => r.external_contact.external_userid))

describe('customer lanes', () => {
  it('fetches every page of every chunk once, each chunk in order, at most `lanes` chunks at a time', async () => {
    const s = server(4)
    const lanes = createLanes({ chunks: CHUNKS, from: FRESH_MARK, lanes: 2, maxBuffered: 6, fetch: s.fetch })
    const got: string[] = []
    for (;;) {
      const taken = await lanes.take(3)
      got.push(...ids(taken.pages))
      if (taken.complete) break
    }
    expect([...got].sort()).toEqual(CHUNKS.flatMap(([u]) => [0, 1, 2, 3].map((p) => `${u}#${p}`)))
    for (const [u] of CHUNKS) {
      const own = got.filter((id) => id.startsWith(`${u}#`))
      expect(own).toEqual([0, 1, 2, 3].map((p) => `${u}#${p}`))
    }
    expect(s.maxInFlight()).toBeLessThanOrEqual(2)
  })

  it('marks a chunk as resumable after its last taken page, never a fetched-but-untaken one', async () => {
    const s = server(3)
    const lanes = createLanes({ chunks: CHUNKS, from: FRESH_MARK, lanes: 2, maxBuffered: 4, fetch: s.fetch })
    const first = await lanes.take(1)
    for (const lane of first.mark.lanes) {
      const taken = ids(first.pages).filter((id) => id.startsWith(`${CHUNKS[lane.chunk]![0]}#`))
      expect(lane.cursor).toBe(taken.length === 0 ? '' : String(taken.length))
    }
    await lanes.stop()
  })

  it('resumes each chunk in flight at its cursor and skips chunks already committed', async () => {
    const s = server(3)
    const from = { next: 2, lanes: [{ chunk: 1, cursor: '2', key: 'b' }] }
    const lanes = createLanes({ chunks: CHUNKS, from, lanes: 3, maxBuffered: 9, fetch: s.fetch })
    const got: string[] = []
    for (;;) {
      const taken = await lanes.take(9)
      got.push(...ids(taken.pages))
      if (taken.complete) break
    }
    expect(s.calls.some((c) => c.startsWith('a#'))).toBe(false)
    expect(s.calls.filter((c) => c.startsWith('b#'))).toEqual(['b#2'])
    expect(got).toHaveLength(1 + 3 * 3)
  })

  it('hands over what was fetched before a failure, then rethrows it', async () => {
    const s = server(3, 'b#1')
    const lanes = createLanes({ chunks: CHUNKS, from: FRESH_MARK, lanes: 2, maxBuffered: 4, fetch: s.fetch })
    const got: string[] = []
    await expect(
      (async () => {
        for (;;) got.push(...ids((await lanes.take(100)).pages))
      })()
    ).rejects.toThrow('boom at b#1')
    expect(got).not.toContain('b#1')
    expect(got).toContain('b#0')
    await lanes.stop()
  })
})
