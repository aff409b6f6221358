import type { GuideStatus } from '../../../preload/contract/models'

/** WeCom's member.status codes (spec §1.3): 1 active, 2 disabled, 4 not activated, 5 left. */
const BY_CODE: Readonly<Record<number, GuideStatus>> = {
  1: 'active',
  2: 'disabled',
  4: 'inactive',
  5: 'left'
}
export const STATUS_CODE: Readonly<Record<GuideStatus, number>> = {
  active: 1,
  disabled: 2,
  inactive: 4,
  left: 5
}

/** An unknown code (WeCom may add one) reads as disabled rather than active. */
export const statusOf = (code: number): GuideStatus => BY_CODE[code] ?? 'disabled'

/**
 * 138****1234: the grid and the export never carry a full mobile (privacy); search and the
 * paste matcher use the full number inside main only. Short numbers keep only their last 4.
 */
export function maskMobile(mobile: string | null): string | null {
  if (!mobile) return null
  const digits = mobile.replace(/\s+/g, '')
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`
  return digits.length > 4 ? `****${digits.slice(-4)}` : '****'
}

/** +86 138-0000-1234 → 13800001234, for matching what operators paste. */
export function normaliseMobile(text: string): string {
  const digits = text.normalize('NFKC').replace(/[^\d]/g, '')
  return digits.length === 13 && digits.startsWith('86') ? digits.slice(2) : digits
}
