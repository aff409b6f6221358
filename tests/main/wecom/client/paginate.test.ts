import { describe, expect, it } from 'vitest'
import type { CursorPath } from '../../../../main/wecom/client/paginate'
import type { WecomError } from '../../../../main/wecom/client/wecom-error'
import { reply, type Handler } from './fake-wecom'
import { rejection, setup } from './setup'

const groups = 'externalcontact/groupchat/list'

/** Serves `pages` by cursor: page i is asked for with cursor `c${i}` ('' for the first). */
function pagedGroups(pages: number, lastCursor: 'empty' | 'absent'): Handler {
  return (request) => {
    const cursor = (request.body as { cursor?: string }).cursor ?? ''
    const index = cursor === '' ? 0 : Number(cursor.slice(1))
    const rows = [
      { chat_id: `wr${index}a`, status: 0 },
      { chat_id: `wr${index}b`, status: 0 }
    ]
    if (index < pages - 1) return reply.ok({ group_chat_list: rows, next_cursor: `c${index + 1}` })
    return lastCursor === 'empty'
      ? reply.ok({ group_chat_list: rows, next_cursor: '' })
      : reply.ok({ group_chat_list: rows.slice(0, 1) })
  }
}

async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const page of pages) out.push(page)
  return out
}

describe('paginate', () => {
  it('walks every page and stops on an empty next_cursor, yielding checkpoints', async () => {
    const { client, server } = setup({ [groups]: pagedGroups(3, 'empty') })
    const pages = await collect(client.paginate(groups, { limit: 2 }, (b) => b.group_chat_list))
    expect(pages.map((p) => [p.cursor, p.nextCursor, p.last])).toEqual([
      ['', 'c1', false],
      ['c1', 'c2', false],
      ['c2', '', true]
    ])
    expect(pages.flatMap((p) => p.items.map((g) => g.chat_id))).toHaveLength(6)
    expect(server.count(groups)).toBe(3)
    expect(server.seen[1]?.body).toEqual({ limit: 2 }) // first page: no cursor sent
  })

  it('stops when next_cursor is absent (a short last page)', async () => {
    const { client, server } = setup({ [groups]: pagedGroups(2, 'absent') })
    const pages = await collect(client.paginate(groups, { limit: 2 }, (b) => b.group_chat_list))
    expect(pages.map((p) => p.items.length)).toEqual([2, 1])
    expect(pages.at(-1)?.last).toBe(true)
    expect(server.count(groups)).toBe(2)
  })

  it('resumes from a checkpointed cursor', async () => {
    const { client, server } = setup({ [groups]: pagedGroups(4, 'empty') })
    const resumed = client.paginate(groups, { limit: 2, cursor: 'c2' }, (b) => b.group_chat_list)
    const pages = await collect(resumed)
    expect(pages.map((p) => p.cursor)).toEqual(['c2', 'c3'])
    expect(server.count(groups)).toBe(2)
  })

  it('puts the cursor in the query string of a GET', async () => {
    const contact = { external_contact: { external_userid: 'wm1', name: '客户', type: 1 } }
    const first = { ...contact, follow_user: [{ userid: 'g1', createtime: 1 }], next_cursor: 'n' }
    const last = { ...contact, follow_user: [{ userid: 'g2', createtime: 2 }], next_cursor: '' }
    const { client, server } = setup({
      'externalcontact/get': (request) => reply.ok(request.query.cursor ? last : first)
    })
    const pages = await collect(
      client.paginate('externalcontact/get', { external_userid: 'wm1' }, (b) => b.follow_user)
    )
    expect(pages.flatMap((p) => p.items.map((f) => f.userid))).toEqual(['g1', 'g2'])
    const sent = server.seen.filter((r) => r.path === 'externalcontact/get')
    expect(sent.map((r) => r.query.cursor)).toEqual([undefined, 'n'])
  })

  it('stops with an error instead of looping when the server repeats a cursor', async () => {
    const { client } = setup({
      [groups]: () => reply.ok({ group_chat_list: [], next_cursor: 'same' })
    })
    const error = (await rejection(
      collect(client.paginate(groups, { limit: 2 }, (b) => b.group_chat_list))
    )) as WecomError
    expect(error).toMatchObject({ failure: 'unexpected-shape', path: groups })
  })

  it('offers exactly the paths whose reply has next_cursor', () => {
    const paths: CursorPath[] = [
      'user/list_id',
      'externalcontact/get',
      'externalcontact/batch/get_by_user',
      'externalcontact/get_unassigned_list',
      'externalcontact/transfer_result',
      'externalcontact/resigned/transfer_result',
      'externalcontact/groupchat/list'
    ]
    // @ts-expect-error user/get has no cursor paging
    const notPaged: CursorPath = 'user/get'
    expect([...paths, notPaged]).toHaveLength(8)
  })
})
