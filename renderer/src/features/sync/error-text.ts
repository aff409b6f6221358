import type { ErrorCode } from '../../../../preload/contract/ipc'
import type { Locale } from '../../../../preload/contract/models'
import { format } from '../../i18n/locale'

/** A failure as main reports it: a stable code and a specific zh-CN explanation. */
export interface Problem {
  code: string
  message: string
}

/** A thrown ApiError (or anything else) as a Problem; seen structurally so the bridge stays out. */
export function toProblem(err: unknown): Problem {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code
    return { code: typeof code === 'string' ? code : 'internal', message: err.message }
  }
  return { code: 'internal', message: '' }
}

/**
 * Main's zh-CN messages say exactly what to do (which secret, which IP), so zh-CN shows them
 * as they are; en-US leads with the code's wording and keeps the detail in parentheses.
 */
export function problemText(
  problem: Problem,
  words: { errors: Record<ErrorCode, string>; unknownError: string },
  locale: Locale
): string {
  const wording = Object.hasOwn(words.errors, problem.code)
    ? words.errors[problem.code as ErrorCode]
    : format(words.unknownError, { code: problem.code })
  if (!problem.message) return wording
  return locale === 'zh-CN' ? problem.message : `${wording} (${problem.message})`
}
