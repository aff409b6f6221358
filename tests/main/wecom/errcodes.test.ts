import { describe, expect, it } from 'vitest'
import { WECOM_ERRCODES, type WecomErrorKind } from '../../../main/wecom/errcodes'

/** Every code of spec §1.8 (shared/specs/wecom-api.md). */
const SPEC_CODES = [
  -1, 6000, 40001, 40003, 40013, 40014, 40058, 40068, 40071, 40091, 40096, 40097, 40098, 40099,
  40100, 40126, 40128, 40129, 40130, 40131, 41054, 42001, 45009, 45033, 48002, 48009, 60011, 60020,
  60111, 81013, 81017, 84061, 84074, 90500, 90501, 90502, 90503, 90504, 301002
]

describe('WECOM_ERRCODES', () => {
  it.each(SPEC_CODES)('covers %i with zh-CN advice and English', (code) => {
    const info = WECOM_ERRCODES[code]
    expect(info).toBeDefined()
    expect(info?.zh).toMatch(/[\u4e00-\u9fff]/)
    expect(info?.en.length).toBeGreaterThan(5)
  })

  it.each<[number, WecomErrorKind]>([
    [-1, 'retry'],
    [40014, 'token'],
    [42001, 'token'],
    [40001, 'config'],
    [45009, 'rate-limit'],
    [45033, 'concurrency'],
    [84061, 'empty'],
    [60020, 'config'],
    [40128, 'row'],
    [90500, 'row']
  ])('classifies %i as %s', (code, kind) => {
    expect(WECOM_ERRCODES[code]?.kind).toBe(kind)
  })

  it('offers an IP-less wording wherever the advice quotes {ip}', () => {
    for (const info of Object.values(WECOM_ERRCODES)) {
      if (info.zh.includes('{ip}')) expect(info.zhNoIp).toBeDefined()
      expect(info.zhNoIp ?? '').not.toContain('{ip}')
    }
  })

  it('tells which secret is wrong for 48002 / 48009 and points 60011 at the visible range', () => {
    expect(WECOM_ERRCODES[48002]?.zh).toContain('通讯录同步')
    expect(WECOM_ERRCODES[48002]?.zh).toContain('可调用接口的应用')
    expect(WECOM_ERRCODES[48009]?.zh).toContain('客户联系应用')
    expect(WECOM_ERRCODES[60011]?.zh).toContain('可见范围')
  })
})
