import { describe, expect, it } from 'vitest'
import {
  SYNC_ENTITIES,
  type ConnectionCheckStep
} from '../../../preload/contract/models'
import { shellStrings } from '../../../renderer/src/app/strings'
import { settingsStrings } from '../../../renderer/src/features/settings/strings'
import { syncStrings } from '../../../renderer/src/features/sync/strings'
import {
  expectNoChineseInEnglish,
  expectSameKeysAndNoEmptyText,
  expectSamePlaceholders
} from '../helpers/string-parity'

describe.each([
  ['shell', shellStrings],
  ['sync', syncStrings],
  ['settings', settingsStrings]
] as const)('%s strings', (_, table) => {
  it('have the same keys in both locales and no empty text', () => {
    expectSameKeysAndNoEmptyText(table)
  })

  it('use the same placeholders in both locales', () => {
    expectSamePlaceholders(table)
  })

  it('have no Chinese left in English (but the switch back to Chinese)', () => {
    expectNoChineseInEnglish(table, ['language'])
  })
})

describe('product wording', () => {
  it('names the menu and the synced entities as the brief does', () => {
    expect(shellStrings['zh-CN'].menu).toEqual({
      stores: '门店',
      guides: '导购',
      notices: '通知',
      handover: '客户交接',
      sync: '同步',
      'org-mapping': '组织映射',
      settings: '设置'
    })
    expect(Object.keys(syncStrings['zh-CN'].entities)).toEqual([...SYNC_ENTITIES])
    expect(Object.values(syncStrings['zh-CN'].entities)).toEqual([
      '部门',
      '成员',
      '客户联系成员',
      '企业标签',
      '客户及跟进关系',
      '客户群'
    ])
  })

  it('explains secrets and the trusted IP in the words operators look for', () => {
    const s = settingsStrings['zh-CN']
    expect(s.secretPlaceholderSaved).toBe('已保存（留空则不修改）')
    expect(s.secretStorage['os-keychain']).toContain('加密保存在本机系统钥匙串')
    expect(s.secretStorage.memory).toBe(
      '浏览器模式：Secret 只保存在本次运行的内存中，重启后需重新填写。'
    )
    expect(s.callerIpAction).toBe('请将此 IP 加入企业微信管理后台 → 应用管理 → 本应用 → 企业可信IP')
    const steps: ConnectionCheckStep['name'][] = [
      'token-app',
      'token-contacts',
      'departments',
      'follow-users',
      'customers'
    ]
    expect(Object.keys(s.checkSteps).sort()).toEqual([...steps].sort())
  })
})
