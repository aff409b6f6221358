import type { ErrorCode } from '../../../../preload/contract/ipc'
import type { Locale } from '../../../../preload/contract/models'
import type { HandoverStrings } from './strings'

const hasCode = (e: unknown): e is { code: ErrorCode; message: string } =>
  e instanceof Error && typeof (e as { code?: unknown }).code === 'string'

/** Main's zh-CN message as is in zh-CN; en-US leads with the code's wording (as stores do). */
export function handoverErrorText(err: unknown, s: HandoverStrings, locale: Locale): string {
  if (!hasCode(err)) return err instanceof Error && err.message ? err.message : s.internalError
  const wording = s.errors[err.code] ?? s.internalError
  if (!err.message) return wording
  return locale === 'zh-CN' ? err.message : `${wording} (${err.message})`
}

/** A per-customer errcode with the reason the operator can act on, when we know one. */
export function errcodeText(code: number, s: HandoverStrings): string {
  const reason = s.errcodeReasons[String(code)]
  const label = s.errcode.replace('{code}', String(code))
  return reason ? `${reason} (${label})` : label
}
