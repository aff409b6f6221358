import { describe, expect, it } from 'vitest'
import type { ErrorCode } from '../../preload/contract/ipc'
import { errorText } from '../../renderer/src/features/stores/error-text'
import { storeStrings } from '../../renderer/src/features/stores/strings'

/** Shaped like lib/api's ApiError, which cannot be imported here (it opens the bridge). */
class FakeApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
  }
}

const zh = storeStrings['zh-CN']
const en = storeStrings['en-US']

describe('errorText', () => {
  const bad = new FakeApiError('bad-file', '文件不是有效的 Excel 工作簿（.xlsx）')

  it('shows main’s specific zh-CN message as is in Chinese', () => {
    expect(errorText(bad, zh, 'zh-CN')).toBe('文件不是有效的 Excel 工作簿（.xlsx）')
  })

  it('leads with the code’s wording in English and keeps main’s detail', () => {
    expect(errorText(bad, en, 'en-US')).toBe(
      'The file could not be read (文件不是有效的 Excel 工作簿（.xlsx）)'
    )
    const expired = new FakeApiError('preview-expired', '')
    expect(errorText(expired, en, 'en-US')).toBe(en.errors['preview-expired'])
  })

  it('copes with plain errors and non-errors', () => {
    expect(errorText(new Error('Failed to fetch'), en, 'en-US')).toBe('Failed to fetch')
    expect(errorText('boom', zh, 'zh-CN')).toBe(zh.errors.internal)
  })
})
