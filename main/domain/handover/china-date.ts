/** Dates in messages are the operator's: China Standard Time (UTC+8, no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3_600_000

/** "2026-12-04" for an epoch-ms instant, in China time. */
export function formatChinaDate(at: number): string {
  return new Date(at + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

/** "2026-12-04 15:30" for an epoch-ms instant, in China time. */
export function formatChinaMinute(at: number): string {
  return new Date(at + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
}
