import type { Locale } from '../../../../preload/contract/models'

/** GCJ-02 degrees with 6 decimals (about 0.1 m), as map tools show them. */
/** Unknown coordinates (a store sync found before HQ placed it) show as a dash. */
export const formatCoordinate = (value: number | null): string =>
  value === null ? '—' : value.toFixed(6)

export const formatDateTime = (epochMs: number, locale: Locale): string =>
  new Date(epochMs).toLocaleString(locale, { hour12: false })
