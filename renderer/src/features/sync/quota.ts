import type { QuotaMeter } from '../../../../preload/contract/models'
import { format } from '../../i18n/locale'
import { formatClock } from './sync-format'

/** From here a meter turns red: sync paces itself well below the limit, so this means trouble. */
export const QUOTA_WARN_PERCENT = 80

/** Use as a whole percent of the limit, 0–100; a limit of 0 (unknown) shows as empty. */
export function quotaPercent(used: number, limit: number): number {
  if (limit <= 0 || used <= 0) return 0
  return Math.min(100, Math.round((used / limit) * 100))
}

export type MeterStatus = 'normal' | 'exception'
export const meterStatus = (percent: number): MeterStatus =>
  percent >= QUOTA_WARN_PERCENT ? 'exception' : 'normal'

/** Ms left of a 45009 cooldown at `now`, 0 when the API is not blocked. */
export const cooldownLeft = (meter: Pick<QuotaMeter, 'blockedUntil'>, now: number): number =>
  meter.blockedUntil === null ? 0 : Math.max(0, meter.blockedUntil - now)

/** "冷却中，剩余 4:05" for the ms left of a cooldown, or null once it is over. */
export const cooldownText = (leftMs: number, template: string): string | null =>
  leftMs > 0 ? format(template, { left: formatClock(leftMs) }) : null

/** Blocked APIs first (they explain a stall), then by path: rows must not jump as counts tick. */
export function sortMeters(meters: QuotaMeter[], now: number): QuotaMeter[] {
  const blocked = (m: QuotaMeter) => (cooldownLeft(m, now) > 0 ? 0 : 1)
  return [...meters].sort((a, b) => blocked(a) - blocked(b) || a.path.localeCompare(b.path))
}
