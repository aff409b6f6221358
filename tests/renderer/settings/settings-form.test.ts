import { describe, expect, it } from 'vitest'
import type { WecomSettings } from '../../../preload/contract/models'
import { invokeSchemas } from '../../../preload/contract/ipc'
import {
  buildSettingsInput,
  DEFAULT_BASE_URL,
  hasChanges,
  NO_CLEARS,
  toFormValues,
  validateAgentId,
  validateBaseUrl,
  validateCorpId,
  type SettingsFormValues
} from '../../../renderer/src/features/settings/settings-form'

const saved: WecomSettings = {
  corpId: 'ww0123456789abcdef',
  baseUrl: DEFAULT_BASE_URL,
  hasAppSecret: true,
  hasContactsSecret: false,
  secretStorage: 'os-keychain',
  mode: 'wecom',
  agentId: null
}
const values = (patch: Partial<SettingsFormValues> = {}): SettingsFormValues => ({
  ...toFormValues(saved),
  ...patch
})

describe('toFormValues', () => {
  it('never puts a stored secret in the form', () => {
    expect(toFormValues(saved)).toEqual({
      corpId: 'ww0123456789abcdef',
      baseUrl: DEFAULT_BASE_URL,
      appSecret: '',
      contactsSecret: '',
      agentId: ''
    })
  })
})

describe('buildSettingsInput', () => {
  it('leaves a secret out when its field is empty: main keeps the stored one', () => {
    const input = buildSettingsInput(values({ appSecret: '   ' }), NO_CLEARS)
    expect(input).toStrictEqual({ corpId: 'ww0123456789abcdef', baseUrl: DEFAULT_BASE_URL })
    expect('appSecret' in input).toBe(false)
  })

  it('sends a typed secret, trimmed, to replace the stored one', () => {
    const input = buildSettingsInput(values({ contactsSecret: ' s3cr3t \n' }), NO_CLEARS)
    expect(input).toStrictEqual({
      corpId: 'ww0123456789abcdef',
      baseUrl: DEFAULT_BASE_URL,
      contactsSecret: 's3cr3t'
    })
  })

  it('sends an empty string for a cleared secret, whatever the field holds', () => {
    const input = buildSettingsInput(values({ appSecret: 'typed' }), { app: true, contacts: false })
    expect(input.appSecret).toBe('')
    expect(buildSettingsInput(values(), { app: false, contacts: true }).contactsSecret).toBe('')
  })

  it('trims the corp ID and address, and passes the contract’s schema', () => {
    const typed = values({
      corpId: ' ww1234567 ',
      baseUrl: ' http://127.0.0.1:7001/cgi-bin/ ',
      appSecret: 'x'
    })
    const input = buildSettingsInput(typed, NO_CLEARS)
    expect(input).toStrictEqual({
      corpId: 'ww1234567',
      baseUrl: 'http://127.0.0.1:7001/cgi-bin/',
      appSecret: 'x'
    })
    expect(invokeSchemas['wecom:update-settings'].safeParse(input).success).toBe(true)
  })
})

describe('AgentId (message/send needs it for notices)', () => {
  it('is sent only when changed: typed → number, emptied → null, and the contract accepts it', () => {
    expect(buildSettingsInput(values({ agentId: ' 1000002 ' }), NO_CLEARS).agentId).toBe(1000002)
    expect('agentId' in buildSettingsInput(values({ agentId: '5' }), NO_CLEARS, 5)).toBe(false)
    expect(buildSettingsInput(values({ agentId: '' }), NO_CLEARS, 5).agentId).toBeNull()
    const input = buildSettingsInput(values({ agentId: '1000002' }), NO_CLEARS)
    expect(hasChanges(input, saved)).toBe(true)
    expect(invokeSchemas['wecom:update-settings'].safeParse(input).success).toBe(true)
  })

  it('must be a positive integer, here and in the contract', () => {
    for (const bad of ['0', '-3', '1.5', 'abc', '99999999999']) expect(validateAgentId(bad)).toBe('agentId')
    for (const ok of ['', '1', '1000002']) expect(validateAgentId(ok)).toBeNull()
    const schema = invokeSchemas['wecom:update-settings']
    const parse = (agentId: unknown) => schema.safeParse({ corpId: '', baseUrl: DEFAULT_BASE_URL, agentId }).success
    expect([parse(0), parse(-1), parse(1.5), parse(1000002), parse(null)]).toEqual([false, false, false, true, true])
  })
})

describe('validation mirrors the contract', () => {
  const schema = invokeSchemas['wecom:update-settings']
  const accepts = (corpId: string, baseUrl = DEFAULT_BASE_URL) =>
    schema.safeParse({ corpId, baseUrl }).success

  it.each(['', 'ww0123456789abcdef', 'wx1234567', '  ww1234567  '])('corp ID %j is fine', (id) => {
    expect(validateCorpId(id)).toBeNull()
    expect(accepts(id.trim())).toBe(true)
  })

  it.each(['ww12', 'corp123456', 'ww123456-78', 'ww 1234567'])('corp ID %j is refused', (id) => {
    expect(validateCorpId(id)).toBe('corpId')
    expect(accepts(id)).toBe(false)
  })

  it('wants a full http(s) address', () => {
    expect(validateBaseUrl(DEFAULT_BASE_URL)).toBeNull()
    expect(validateBaseUrl('http://127.0.0.1:7001/cgi-bin/')).toBeNull()
    expect(validateBaseUrl('  ')).toBe('baseUrlRequired')
    expect(validateBaseUrl('qyapi.weixin.qq.com')).toBe('baseUrl')
    expect(validateBaseUrl('ftp://example.com/')).toBe('baseUrl')
    expect(accepts('', 'ftp://example.com/')).toBe(false)
  })
})

describe('hasChanges', () => {
  it('is false for the form as loaded', () => {
    expect(hasChanges(buildSettingsInput(values(), NO_CLEARS), saved)).toBe(false)
  })

  it('is true for a new corp, address, secret or a clear', () => {
    const changed = (patch: Partial<SettingsFormValues>, clears = NO_CLEARS) =>
      hasChanges(buildSettingsInput(values(patch), clears), saved)
    expect(changed({ corpId: '' })).toBe(true)
    expect(changed({ baseUrl: 'http://x/' })).toBe(true)
    expect(changed({ appSecret: 'n' })).toBe(true)
    expect(changed({}, { app: true, contacts: false })).toBe(true)
  })
})
