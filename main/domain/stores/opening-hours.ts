/**
 * Opening hours are stored as "HH:MM-HH:MM" (24-hour clock). A close time earlier than the open
 * time means the store closes after midnight; "24:00" closes at midnight exactly.
 */

const CANONICAL = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/

/**
 * NFKC already folds full-width digits, `：`, `～` and `－`; the rest are separators people type
 * in Chinese text or Excel autocorrects to (em/en dashes, 〜, 至, 到).
 */
const LENIENT = /^(\d{1,2}):(\d{2})(?:-|~|〜|—{1,2}|–|―|至|到)(\d{1,2}):(\d{2})$/

const pad2 = (digits: string): string => digits.padStart(2, '0')

/**
 * Rewrites what operators paste from Excel or chat ("9：00 ~ 22：00", "09:00至22:00") into
 * "09:00-22:00". Text it cannot read is returned trimmed, for the check to reject with its value.
 */
export function normaliseOpeningHours(text: string): string {
  const compact = text.normalize('NFKC').replace(/\s+/g, '')
  const m = LENIENT.exec(compact)
  if (!m) return text.trim()
  const [, openH = '', openM = '', closeH = '', closeM = ''] = m
  return `${pad2(openH)}:${openM}-${pad2(closeH)}:${closeM}`
}

const FORMAT_HINT =
  '营业时间应写成“09:00-22:00”（24 小时制；打烊可写 24:00；跨夜营业写成“18:00-02:00”）'

/** Minutes after midnight, or null when the clock time is not valid. */
function minutesOf(hh: string, mm: string, allowMidnightEnd: boolean): number | null {
  const h = Number(hh)
  const m = Number(mm)
  if (allowMidnightEnd && h === 24 && m === 0) return 24 * 60
  if (h > 23 || m > 59) return null
  return h * 60 + m
}

/** Checks canonical opening hours; returns a zh-CN reason, or null when they are valid. */
export function openingHoursProblem(hours: string): string | null {
  const m = CANONICAL.exec(hours)
  if (!m) return FORMAT_HINT
  const [, openH = '', openM = '', closeH = '', closeM = ''] = m
  const open = minutesOf(openH, openM, false)
  const close = minutesOf(closeH, closeM, true)
  if (open === null || close === null) return FORMAT_HINT
  // Equal times could mean "closed" or "open all day"; 24-hour stores write 00:00-24:00.
  if (open === close) {
    return '开门和打烊时间相同，请填写实际营业时段；24 小时营业请写“00:00-24:00”'
  }
  return null
}
