import type { ConnectionCheck, ConnectionCheckStep } from '../../../preload/contract/models'
import { isWecomError, type WecomClient } from '../client'

type Step = { name: ConnectionCheckStep['name']; ok: string; run: (c: WecomClient) => Promise<unknown> }

const APP_STEPS: Step[] = [
  {
    name: 'departments',
    ok: '应用 Secret 有效，可读取通讯录部门。',
    run: (c) => c.call('department/simplelist', {})
  },
  {
    name: 'follow-users',
    ok: '可读取配置了客户联系功能的成员。',
    run: (c) => c.call('externalcontact/get_follow_user_list', {})
  }
]
const CONTACTS_STEP: Step = {
  name: 'token-contacts',
  ok: '通讯录同步 Secret 有效，可写回成员的部门等信息。',
  run: (c) => c.call('user/list_id', { limit: 1 })
}

/**
 * "Test connection": a few cheap calls, each reported on its own line in zh-CN with what to do
 * when it fails (wrong secret, 企业可信IP, visible range…). Stops at the first failure of the app
 * secret, since every later call would fail the same way.
 */
export async function checkConnection(client: WecomClient, hasContactsSecret: boolean): Promise<ConnectionCheck> {
  const steps: ConnectionCheckStep[] = []
  let callerIp: string | null = null
  const plan = hasContactsSecret ? [...APP_STEPS, CONTACTS_STEP] : APP_STEPS
  for (const step of plan) {
    try {
      await step.run(client)
      steps.push({ name: step.name, ok: true, message: step.ok, code: null })
    } catch (e) {
      if (!isWecomError(e)) throw e
      callerIp ??= e.callerIp ?? null
      steps.push({ name: step.name, ok: false, message: e.message, code: e.code })
      if (step.name !== 'token-contacts') break
    }
  }
  return { ok: steps.length === plan.length && steps.every((s) => s.ok), steps, callerIp }
}
