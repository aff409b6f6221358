import type { GuideChange, GuideRow } from '../../../../preload/contract/models'
import type { GuideStrings } from './strings'

/** The other-stores cell, joined with the locale's list separator (、 in Chinese). */
export const storeNames = (row: GuideRow, separator: string): string =>
  row.otherStores.map((s) => s.name).join(separator)

const two = (n: number): string => String(n).padStart(2, '0')

/** Local time, minutes: enough to tell syncs apart. */
export function formatTime(ms: number): string {
  const d = new Date(ms)
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`
}

/** One side of a diff as the operator reads it; the guide mark travels as '1' / '0'. */
export function changeSide(change: GuideChange, side: 'from' | 'to', s: GuideStrings): string {
  const value = change[side]
  if (change.field === 'isGuide') return value === '1' ? s.yes : s.no
  return value === '' ? s.none : value
}
