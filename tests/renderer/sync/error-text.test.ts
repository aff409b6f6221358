import { describe, expect, it } from 'vitest'
import type { ErrorCode } from '../../../preload/contract/ipc'
import { problemText, toProblem } from '../../../renderer/src/features/sync/error-text'
import { syncStrings } from '../../../renderer/src/features/sync/strings'

/** Shaped like lib/api's ApiError, which cannot be imported here (it opens the bridge). */
class FakeApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
  }
}

const zh = syncStrings['zh-CN']
const en = syncStrings['en-US']
const ipProblem = {
  code: 'wecom-config',
  message: '企业微信拒绝了本机 IP 1.2.3.4：请将它加入应用的企业可信IP'
}

describe('problemText', () => {
  it('shows main’s zh-CN explanation as is in Chinese', () => {
    expect(problemText(ipProblem, zh, 'zh-CN')).toBe(ipProblem.message)
  })

  it('leads with the code’s wording in English and keeps the detail', () => {
    expect(problemText(ipProblem, en, 'en-US')).toBe(
      `${en.errors['wecom-config']} (${ipProblem.message})`
    )
    expect(problemText({ code: 'wecom-unavailable', message: '' }, en, 'en-US')).toBe(
      en.errors['wecom-unavailable']
    )
  })

  it('names a code it does not know instead of hiding it', () => {
    expect(problemText({ code: '60011', message: '' }, zh, 'zh-CN')).toBe('同步出错（60011）')
    const inherited = { code: 'toString', message: '' }
    expect(problemText(inherited, en, 'en-US')).toBe('Sync error (toString)')
  })
})

describe('toProblem', () => {
  it('keeps an ApiError’s code and message', () => {
    expect(toProblem(new FakeApiError('wecom-rate-limited', '45009'))).toEqual({
      code: 'wecom-rate-limited',
      message: '45009'
    })
  })

  it('calls anything else internal', () => {
    expect(toProblem(new Error('Failed to fetch'))).toEqual({
      code: 'internal',
      message: 'Failed to fetch'
    })
    expect(toProblem('boom')).toEqual({ code: 'internal', message: '' })
  })
})
