import type { Locale } from '../../../../preload/contract/models'

/** GCJ-02 degrees with 6 decimals (about 0.1 m), as map tools show them. */
export const formatCoordinate = (value: number): string => value.toFixed(6)

export const formatDateTime = (epochMs: number, locale: Locale): string =>
  new Date(epochMs).toLocaleString(locale, { hour12: false })
