import type { ErrorCode } from '../../../../preload/contract/ipc'
import type { Locale } from '../../../../preload/contract/models'
import type { StoreStrings } from './strings'

/** An ApiError seen structurally, so this module does not pull in the bridge. */
const hasCode = (e: unknown): e is { code: ErrorCode; message: string } =>
  e instanceof Error && typeof (e as { code?: unknown }).code === 'string'

/**
 * What to show for a failed call. Main's messages are zh-CN and specific (which field, which
 * rule), so zh-CN shows them as they are; en-US leads with the code's wording and keeps the
 * detail in parentheses.
 */
export function errorText(err: unknown, s: StoreStrings, locale: Locale): string {
  if (!hasCode(err)) return err instanceof Error && err.message ? err.message : s.errors.internal
  const wording = s.errors[err.code] ?? s.errors.internal
  if (!err.message) return wording
  return locale === 'zh-CN' ? err.message : `${wording} (${err.message})`
}
