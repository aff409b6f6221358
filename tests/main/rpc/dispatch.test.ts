import { describe, expect, it, vi } from 'vitest'
import { AppError } from '../../../main/errors'
import { createDispatch, type Routes } from '../../../main/rpc/dispatch'
import { registerIpc, type IpcMainLike } from '../../../main/ipc/bridge-ipc'
import { INVOKE_CHANNELS } from '../../../preload/contract/ipc'

const routes = {
  'app:status': () => {
    throw new Error('boom: stack details')
  },
  'store:update': ({ id }: { id: string }) => {
    throw new AppError('not-found', `门店 ${id} 不存在`)
  },
  'store:facets': () => ({ regions: [], cities: [] })
} as unknown as Routes // only the channels these tests call

const log = { error: vi.fn() }
const dispatch = createDispatch(routes, log)

describe('dispatch: the trust boundary', () => {
  it('refuses a channel that is not in the contract', async () => {
    expect(await dispatch('fs:read-file', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('refuses input that fails the channel schema, before any service runs', async () => {
    const res = await dispatch('store:update', { id: 'S1', patch: { visitMinutes: 'lots' } })
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    const extra = await dispatch('store:facets', { sql: 'DROP TABLE store' })
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('passes business errors through as data with their code and zh-CN message', async () => {
    expect(await dispatch('store:update', { id: 'S1', patch: {} })).toEqual({
      ok: false,
      error: { code: 'not-found', message: '门店 S1 不存在' }
    })
  })

  it('reports a bug as internal without leaking its details, and logs it', async () => {
    const res = await dispatch('app:status', {})
    expect(res).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(res)).not.toContain('boom')
    expect(log.error).toHaveBeenCalled()
  })
})

describe('registerIpc', () => {
  it('registers every contract channel and refuses untrusted frames', async () => {
    const handlers = new Map<string, (e: unknown, raw: unknown) => unknown>()
    const ipc: IpcMainLike = { handle: (c, l) => void handlers.set(c, l as never) }
    registerIpc(ipc, dispatch, (url) => url === 'file:///app/index.html')
    expect([...handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort())
    const facets = handlers.get('store:facets')!
    expect(await facets({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' }
    })
    expect(await facets({ senderFrame: { url: 'file:///app/index.html' } }, {})).toEqual({
      ok: true,
      data: { regions: [], cities: [] }
    })
  })
})
