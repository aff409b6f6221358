import { describe, expect, it } from 'vitest'
import { noticeStrings } from '../../../renderer/src/features/notices/strings'
import { expectNoChineseInEnglish, expectSameKeysAndNoEmptyText, expectSamePlaceholders } from '../helpers/string-parity'

describe('notice strings', () => {
  it('have the same keys in both locales and no empty text', () => {
    expectSameKeysAndNoEmptyText(noticeStrings)
  })
  it('use the same placeholders in both locales', () => {
    expectSamePlaceholders(noticeStrings)
  })
  it('have no Chinese left in English', () => {
    expectNoChineseInEnglish(noticeStrings, [])
  })
  it('word exclusions the way operators know them', () => {
    expect(noticeStrings['zh-CN'].reasons['not-follow-user']).toBe('未开通客户联系')
    expect(noticeStrings['zh-CN'].reasons.left).toBe('已离职')
  })
})
