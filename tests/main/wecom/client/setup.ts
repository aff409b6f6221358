import { WecomClient } from '../../../../main/wecom/client/client'
import { seededRandom } from '../../../../main/wecom/client/clock'
import type { WecomClientConfig } from '../../../../main/wecom/client/config'
import { FakeClock } from './fake-clock'
import { APP_SECRET, CONTACTS_SECRET, CORP_ID, fakeWecom, type Handler } from './fake-wecom'

export function setup(
  handlers: Record<string, Handler> = {},
  config: Partial<WecomClientConfig> = {}
) {
  const clock = new FakeClock()
  const server = fakeWecom(clock, handlers)
  const client = new WecomClient({
    baseUrl: 'https://wecom.test/cgi-bin/',
    corpId: CORP_ID,
    secrets: { app: APP_SECRET, contacts: CONTACTS_SECRET },
    clock,
    random: seededRandom(42),
    fetch: server.fetch,
    ...config
  })
  return { clock, server, client }
}

/** Resolves with the rejection, failing the test if the promise resolves instead. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

export const USER = { userid: 'zhangsan', name: '张三', department: [2] }
