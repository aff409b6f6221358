import { describe, expect, it } from 'vitest'
import type { ConnectionCheck, WecomSettings } from '../../../preload/contract/models'
import { DEFAULT_BASE_URL } from '../../../renderer/src/features/settings/settings-form'
import {
  SettingsView,
  type SettingsViewProps
} from '../../../renderer/src/features/settings/SettingsView'
import { render, tagOf } from '../helpers/render-markup'

const demo: WecomSettings = {
  corpId: '',
  baseUrl: DEFAULT_BASE_URL,
  hasAppSecret: false,
  hasContactsSecret: false,
  secretStorage: 'memory',
  mode: 'demo',
  agentId: null
}
const corp: WecomSettings = {
  corpId: 'ww0123456789abcdef',
  baseUrl: DEFAULT_BASE_URL,
  hasAppSecret: true,
  hasContactsSecret: true,
  secretStorage: 'os-keychain',
  mode: 'wecom',
  agentId: 1000002
}
const check: ConnectionCheck = {
  ok: false,
  steps: [
    { name: 'departments', ok: true, message: '应用 Secret 有效，可读取通讯录部门。', code: null },
    {
      name: 'follow-users',
      ok: false,
      message: '企业微信拒绝了来自 203.0.113.7 的调用（60020）',
      code: 'wecom-config'
    }
  ],
  callerIp: '203.0.113.7'
}

const props = (patch: Partial<SettingsViewProps> = {}): SettingsViewProps => ({
  settings: demo,
  formKey: 0,
  check: null,
  error: null,
  saving: false,
  testing: false,
  onSave: () => undefined,
  onTest: () => undefined,
  ...patch
})

describe.each(['zh-CN', 'en-US'] as const)('SettingsView in %s', (locale) => {
  it('puts the form hooks on the inputs and buttons Playwright uses', () => {
    const html = render(<SettingsView {...props()} />, locale)
    expect(tagOf(html, 'settings-corp-id')).toMatch(/^<input/)
    expect(tagOf(html, 'settings-base-url')).toMatch(/^<input/)
    expect(tagOf(html, 'settings-base-url')).toContain(`value="${DEFAULT_BASE_URL}"`)
    expect(tagOf(html, 'settings-app-secret')).toMatch(/^<input[^>]*type="password"/)
    expect(tagOf(html, 'settings-contacts-secret')).toMatch(/^<input[^>]*type="password"/)
    expect(tagOf(html, 'settings-save')).toMatch(/^<button[^>]*type="submit"/)
    expect(tagOf(html, 'settings-test')).toMatch(/^<button/)
    expect(tagOf(html, 'settings-mode')).toContain('data-mode="demo"')
    expect(html).toContain('data-testid="settings-language"')
  })
})

describe('SettingsView', () => {
  it('explains demo mode and memory-only secrets', () => {
    const html = render(<SettingsView {...props()} />)
    expect(html).toContain('演示模式')
    expect(html).toContain('内置的企业微信模拟器')
    expect(html).toContain('浏览器模式：Secret 只保存在本次运行的内存中，重启后需重新填写')
    expect(tagOf(html, 'settings-app-secret')).toContain('placeholder="未设置"')
    expect(html).not.toContain('settings-app-secret-clear')
  })

  it('never shows a saved secret, offers to clear it, and says where it is kept', () => {
    const html = render(<SettingsView {...props({ settings: corp })} />)
    expect(tagOf(html, 'settings-mode')).toContain('data-mode="wecom"')
    expect(tagOf(html, 'settings-app-secret')).toContain('placeholder="已保存（留空则不修改）"')
    expect(tagOf(html, 'settings-app-secret')).toContain('value=""')
    expect(tagOf(html, 'settings-contacts-secret')).toContain('placeholder="已保存（留空则不修改）"')
    expect(tagOf(html, 'settings-app-secret-clear')).toMatch(/^<button/)
    expect(html).toContain('加密保存在本机系统钥匙串')
    expect(tagOf(html, 'settings-corp-id')).toContain('value="ww0123456789abcdef"')
  })

  it('lists each check step with its outcome and the caller IP to whitelist', () => {
    const html = render(<SettingsView {...props({ check })} />)
    const hook = /data-testid="settings-check-step" data-step="([\w-]+)" data-ok="(\w+)"/g
    const steps = [...html.matchAll(hook)]
    expect(steps.map((m) => [m[1], m[2]])).toEqual([
      ['departments', 'true'],
      ['follow-users', 'false']
    ])
    expect(html).toContain('应用 Secret 有效，可读取通讯录部门。')
    const ip = html.slice(html.indexOf('data-testid="settings-caller-ip"'))
    expect(ip).toContain('203.0.113.7')
    expect(ip).toContain('请将此 IP 加入企业微信管理后台 → 应用管理 → 本应用 → 企业可信IP')
  })

  it('words the check in English around main’s zh-CN detail', () => {
    const html = render(<SettingsView {...props({ check })} />, 'en-US')
    expect(html).toContain('Read customer-contact members')
    expect(html).toContain('Trusted corporate IPs')
    expect(html).not.toContain('请将此 IP')
    // A passed step in English; a failed one led by its code's English wording.
    expect(html).toContain('The app secret is valid and can read departments.')
    expect(html).not.toContain('应用 Secret 有效')
    expect(html).toContain('WeCom is not configured correctly (企业微信拒绝了来自 203.0.113.7 的调用（60020）)')
  })

  it('shows a failed save', () => {
    const html = render(
      <SettingsView
        {...props({
          error: {
            title: '保存失败',
            problem: { code: 'invalid-input', message: '企业ID 形如 ww 开头的字母数字' }
          }
        })}
      />
    )
    expect(html).toContain('data-testid="settings-error"')
    expect(html).toContain('企业ID 形如 ww 开头的字母数字')
  })
})
