import { describe, expect, it } from 'vitest'
import type { ErrorCode } from '../../../preload/contract/ipc'
import { shellStrings } from '../../../renderer/src/app/strings'
import { errcodeText, handoverErrorText } from '../../../renderer/src/features/handover/error-text'
import { handoverStrings } from '../../../renderer/src/features/handover/strings'
import {
  expectNoChineseInEnglish,
  expectSameKeysAndNoEmptyText,
  expectSamePlaceholders
} from '../helpers/string-parity'

describe('handover strings', () => {
  it('have the same keys in both locales and no empty text', () => {
    expectSameKeysAndNoEmptyText(handoverStrings)
  })

  it('use the same placeholders in both locales', () => {
    expectSamePlaceholders(handoverStrings)
  })

  it('have no Chinese left in English', () => {
    expectNoChineseInEnglish(handoverStrings)
  })

  it('use WeCom’s words for the transfer statuses and name the menu entry', () => {
    const zh = handoverStrings['zh-CN'].statuses
    expect([zh.waiting, zh.done, zh.refused, zh.capped, zh.none]).toEqual([
      '等待接替',
      '接替完毕',
      '客户拒绝',
      '接替成员客户达到上限',
      '无接替记录'
    ])
    expect(shellStrings['zh-CN'].menu.handover).toBe('客户交接')
    expect(shellStrings['en-US'].menu.handover).toBe('Customer handover')
  })
})

/** Shaped like lib/api's ApiError, which cannot be imported here (it opens the bridge). */
class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
  }
}

describe('handover error wording', () => {
  const zh = handoverStrings['zh-CN']
  const en = handoverStrings['en-US']

  it('shows main’s zh-CN message in zh-CN and leads with the code’s wording in English', () => {
    const err = new ApiError('preview-expired', '计划已过期')
    expect(handoverErrorText(err, zh, 'zh-CN')).toBe('计划已过期')
    expect(handoverErrorText(err, en, 'en-US')).toBe(
      'The plan expired: generate it again (计划已过期)'
    )
  })

  it('explains a known errcode and still shows an unknown one', () => {
    expect(errcodeText(40128, zh)).toBe('同一客户 90 天内最多转接 2 次 (错误码 40128)')
    expect(errcodeText(99999, en)).toBe('errcode 99999')
  })
})
