import type { WecomSettings, WecomSettingsInput } from '../../../../preload/contract/models'
import type { SettingsProblem } from './strings'

/** WeCom's own address; main's client falls back to the same when none is saved. */
export const DEFAULT_BASE_URL = 'https://qyapi.weixin.qq.com/cgi-bin/'

/** The connection form. Secret inputs start empty: the stored values never reach the renderer. */
export interface SettingsFormValues {
  corpId: string
  baseUrl: string
  appSecret: string
  contactsSecret: string
  /** The app's AgentId as typed; '' = none. */
  agentId: string
}
export type SettingsFormField = keyof SettingsFormValues

/** Secrets the user asked to remove with "清除"; they are removed on save, not at the click. */
export interface SecretClears {
  app: boolean
  contacts: boolean
}
export const NO_CLEARS: SecretClears = { app: false, contacts: false }

/** Mirrors the contract's schema, so a mistake is explained at the field, before a round trip. */
const CORP_ID = /^(ww|wx)[0-9a-zA-Z]{6,62}$/

export function toFormValues(settings: WecomSettings): SettingsFormValues {
  return {
    corpId: settings.corpId,
    baseUrl: settings.baseUrl,
    appSecret: '',
    contactsSecret: '',
    agentId: settings.agentId === null ? '' : String(settings.agentId)
  }
}

/** An empty corp ID is allowed: it is how the user goes back to the demo enterprise. */
export function validateCorpId(value: string): SettingsProblem | null {
  const v = value.trim()
  return v === '' || CORP_ID.test(v) ? null : 'corpId'
}

export function validateBaseUrl(value: string): SettingsProblem | null {
  const v = value.trim()
  if (v === '') return 'baseUrlRequired'
  try {
    const url = new URL(v)
    return url.protocol === 'https:' || url.protocol === 'http:' ? null : 'baseUrl'
  } catch {
    return 'baseUrl'
  }
}

/** A positive integer as the contract wants it (message/send's agentid); '' is allowed (none). */
export function validateAgentId(value: string): SettingsProblem | null {
  const v = value.trim()
  return v === '' || (/^\d{1,10}$/.test(v) && Number(v) >= 1 && Number(v) <= 2_147_483_647) ? null : 'agentId'
}

const agentIdOf = (typed: string): number | null => (typed.trim() === '' ? null : Number(typed.trim()))

/** Absent = keep the stored secret, '' = remove it, text = replace it (WecomSettingsInput). */
function secretChange(typed: string, clear: boolean): string | undefined {
  if (clear) return ''
  const v = typed.trim()
  return v === '' ? undefined : v
}

export function buildSettingsInput(
  values: SettingsFormValues,
  clears: SecretClears,
  /** The saved AgentId: the input carries agentId only when the typed one differs. */
  savedAgentId: number | null = null
): WecomSettingsInput {
  const input: WecomSettingsInput = { corpId: values.corpId.trim(), baseUrl: values.baseUrl.trim() }
  const app = secretChange(values.appSecret, clears.app)
  const contacts = secretChange(values.contactsSecret, clears.contacts)
  if (app !== undefined) input.appSecret = app
  if (contacts !== undefined) input.contactsSecret = contacts
  const agentId = agentIdOf(values.agentId ?? '')
  if (agentId !== savedAgentId) input.agentId = agentId
  return input
}

/** Whether saving would change anything, so "测试连接" saves first only when it must. */
export function hasChanges(input: WecomSettingsInput, saved: WecomSettings): boolean {
  return (
    input.corpId !== saved.corpId ||
    input.baseUrl !== saved.baseUrl ||
    input.appSecret !== undefined ||
    input.contactsSecret !== undefined ||
    input.agentId !== undefined
  )
}

