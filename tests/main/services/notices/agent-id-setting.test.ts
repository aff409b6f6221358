import { describe, expect, it } from 'vitest'
import { createSettingRepo } from '../../../../main/db/repos/setting-repo'
import { createMemorySecretStore } from '../../../../main/wecom/settings/secret-store'
import { createWecomSettings } from '../../../../main/wecom/settings/wecom-settings'
import { invokeSchemas } from '../../../../preload/contract/ipc'
import { testCache } from '../../sync/sync-harness'

describe('WeCom settings: AgentId for message/send', () => {
  it('is kept when absent from an update, set by a number and cleared by null', () => {
    const settings = createWecomSettings(createSettingRepo(testCache()), createMemorySecretStore())
    const base = { corpId: '', baseUrl: 'https://qyapi.weixin.qq.com/cgi-bin/' }
    expect(settings.get().agentId).toBeNull()
    expect(settings.update({ ...base, agentId: 1000002 }).agentId).toBe(1000002)
    expect(settings.update(base).agentId).toBe(1000002)
    expect(settings.agentId()).toBe(1000002)
    expect(settings.update({ ...base, agentId: null }).agentId).toBeNull()
  })

  it('the contract accepts only a positive integer, with a zh-CN message', () => {
    const schema = invokeSchemas['wecom:update-settings']
    const base = { corpId: '', baseUrl: 'https://qyapi.weixin.qq.com/cgi-bin/' }
    const bad = schema.safeParse({ ...base, agentId: 0 })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues[0]?.message).toBe('AgentId 须为正整数')
    expect(schema.safeParse({ ...base, agentId: 2.5 }).success).toBe(false)
    expect(schema.safeParse({ ...base, agentId: 1000002 }).success).toBe(true)
  })
})
