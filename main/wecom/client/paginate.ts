/**
 * Cursor paging (`cursor` in, `next_cursor` out; "" or absent = last page). Each page is yielded
 * with the cursor that fetched it and the one that continues, so a sync job can checkpoint
 * `nextCursor` after storing a page and resume there after a crash. Pages are never assumed full.
 */
import type { WecomResponse } from '../endpoints'
import type { WecomApiPath, WecomCallInput, WecomClient } from './client'
import { repeatedCursorError } from './error-factory'

/** Paths whose reply carries next_cursor. */
export type CursorPath = {
  [P in WecomApiPath]: WecomResponse<P> extends { next_cursor: string } ? P : never
}[WecomApiPath]

export interface WecomPage<P extends CursorPath, T> {
  /** The cursor this page was fetched with ('' = first page). */
  readonly cursor: string
  /** Checkpoint this after handling the page; '' when this was the last page. */
  readonly nextCursor: string
  readonly last: boolean
  readonly items: readonly T[]
  readonly body: WecomResponse<P>
}

export async function* paginate<P extends CursorPath, T>(
  client: Pick<WecomClient, 'call'>,
  path: P,
  input: WecomCallInput<P>,
  getItems: (body: WecomResponse<P>) => readonly T[]
): AsyncGenerator<WecomPage<P, T>, void, undefined> {
  let cursor = (input as { cursor?: string | undefined }).cursor ?? ''
  for (;;) {
    const pageInput = { ...input, cursor: cursor === '' ? undefined : cursor }
    const body = await client.call(path, pageInput as WecomCallInput<P>)
    const nextCursor = (body as { next_cursor?: string }).next_cursor ?? ''
    // A server that hands back the same cursor would otherwise keep us here forever.
    if (nextCursor !== '' && nextCursor === cursor) throw repeatedCursorError(path, cursor)
    const last = nextCursor === ''
    yield { cursor, nextCursor, last, items: getItems(body), body }
    if (last) return
    cursor = nextCursor
  }
}
