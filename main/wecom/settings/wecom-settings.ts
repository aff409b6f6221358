import type { WecomSettings, WecomSettingsInput } from '../../../preload/contract/models'
import type { SettingRepo } from '../../db/repos/setting-repo'
import { DEFAULT_BASE_URL } from '../client'
import type { SecretStore } from './secret-store'

/** What a client needs to reach a real corp; null while the app runs on the demo enterprise. */
export interface WecomConnection {
  corpId: string
  baseUrl: string
  secrets: { app: string; contacts: string | undefined }
}

/**
 * Corp id and base URL are ordinary settings; the two secrets go to the SecretStore only.
 * The app leaves demo mode once a corp id and the customer-contact app secret are both set.
 */
export function createWecomSettings(settings: SettingRepo, secrets: SecretStore) {
  const listeners = new Set<() => void>()

  function connection(): WecomConnection | null {
    const corpId = settings.get<string>('wecom.corpId') ?? ''
    const app = secrets.get('wecom.appSecret')
    if (!corpId || !app) return null
    const baseUrl = settings.get<string>('wecom.baseUrl') ?? DEFAULT_BASE_URL
    return { corpId, baseUrl, secrets: { app, contacts: secrets.get('wecom.contactsSecret') } }
  }

  function get(): WecomSettings {
    return {
      corpId: settings.get<string>('wecom.corpId') ?? '',
      baseUrl: settings.get<string>('wecom.baseUrl') ?? DEFAULT_BASE_URL,
      hasAppSecret: !!secrets.get('wecom.appSecret'),
      hasContactsSecret: !!secrets.get('wecom.contactsSecret'),
      secretStorage: secrets.kind,
      mode: connection() ? 'wecom' : 'demo',
      agentId: agentId()
    }
  }

  /** The configured AgentId for message/send; null when unset. */
  function agentId(): number | null {
    const value = settings.get<number>('wecom.agentId')
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null
  }

  return {
    get,
    connection,
    agentId,
    update(input: WecomSettingsInput): WecomSettings {
      settings.set('wecom.corpId', input.corpId.trim())
      settings.set('wecom.baseUrl', input.baseUrl.trim())
      if (input.appSecret !== undefined) secrets.set('wecom.appSecret', input.appSecret || undefined)
      if (input.contactsSecret !== undefined) {
        secrets.set('wecom.contactsSecret', input.contactsSecret || undefined)
      }
      if (input.agentId !== undefined) settings.set('wecom.agentId', input.agentId)
      for (const l of listeners) l()
      return get()
    },
    /** Called after every change, so the sync engine can rebuild its client. */
    onChange(listener: () => void): () => void {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    }
  }
}
export type WecomSettingsService = ReturnType<typeof createWecomSettings>
