import type { StorePatch, StoreRow, StoreType } from '../../../../preload/contract/models'
import type { FormProblem } from './strings'

/**
 * The drawer's editable fields. Coordinates may be empty while editing (InputNumber gives
 * null); 0/0 is how an unplaced store looks, so it starts empty too.
 */
export interface StoreFormValues {
  address: string
  type: StoreType
  openingHours: string
  visitMinutes: number | null
  lng: number | null
  lat: number | null
}
export type StoreFormField = keyof StoreFormValues
export type FormProblems = Partial<Record<StoreFormField, FormProblem>>

/** These mirror main's store rules so most mistakes are caught before a round trip. */
export const MAX_ADDRESS = 200
export const VISIT_MINUTES = { min: 5, max: 480 } as const
export const CHINA_BBOX = { lngMin: 73.5, lngMax: 135.1, latMin: 18.1, latMax: 53.6 } as const

/**
 * What main's opening-hours normaliser reads after NFKC (which folds full-width digits, `：`,
 * `～`, `－`): the dashes, tildes and 至/到 people type or Excel autocorrects to.
 */
const HOURS = /^(\d{1,2}):(\d{2})(?:-|~|〜|—{1,2}|–|―|至|到)(\d{1,2}):(\d{2})$/

/** The input shows what the grid shows: 6 decimals. */
const round6 = (n: number) => Number(n.toFixed(6))

export function toFormValues(row: StoreRow): StoreFormValues {
  return {
    address: row.address,
    type: row.type,
    openingHours: row.openingHours,
    visitMinutes: row.visitMinutes,
    lng: row.lng === null ? null : round6(row.lng),
    lat: row.lat === null ? null : round6(row.lat)
  }
}

/**
 * "9：00 ~ 22：00" → "09:00-22:00", or null when it is not a valid range. A close time before
 * the open time closes after midnight; 24:00 closes at midnight; equal times are refused
 * (24-hour stores write 00:00-24:00).
 */
export function normaliseHours(text: string): string | null {
  const m = HOURS.exec(text.normalize('NFKC').replace(/\s+/g, ''))
  if (!m) return null
  const [, h1 = '', m1 = '', h2 = '', m2 = ''] = m
  const open = minutesOf(h1, m1, false)
  const close = minutesOf(h2, m2, true)
  if (open === null || close === null || open === close) return null
  return `${h1.padStart(2, '0')}:${m1}-${h2.padStart(2, '0')}:${m2}`
}

function minutesOf(hh: string, mm: string, closing: boolean): number | null {
  const h = Number(hh)
  const m = Number(mm)
  if (closing && h === 24 && m === 0) return 24 * 60
  return h > 23 || m > 59 ? null : h * 60 + m
}

/** Folds line breaks and runs of spaces the way main does before it compares or stores. */
const cleanAddress = (text: string) => text.replace(/\s+/g, ' ').trim()

const isBlank = (v: number | null | undefined): v is null | undefined =>
  v === null || v === undefined

function coordinateProblems(v: StoreFormValues): FormProblems {
  const { lng, lat } = v
  if (isBlank(lng) && isBlank(lat)) return {}
  if (isBlank(lng)) return { lng: 'coordinatePair' }
  if (isBlank(lat)) return { lat: 'coordinatePair' }
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) {
    return Number.isFinite(lng) ? { lat: 'coordinate' } : { lng: 'coordinate' }
  }
  if (!inChinaBox(lng, lat) && inChinaBox(lat, lng)) return { lng: 'coordinatesSwapped' }
  const out: FormProblems = {}
  if (lng < CHINA_BBOX.lngMin || lng > CHINA_BBOX.lngMax) out.lng = 'lngOutsideChina'
  if (lat < CHINA_BBOX.latMin || lat > CHINA_BBOX.latMax) out.lat = 'latOutsideChina'
  return out
}

/** The coarse box only; main also cuts out neighbours inside it and says so on save. */
const inChinaBox = (lng: number, lat: number) =>
  lng >= CHINA_BBOX.lngMin &&
  lng <= CHINA_BBOX.lngMax &&
  lat >= CHINA_BBOX.latMin &&
  lat <= CHINA_BBOX.latMax

const isVisitMinutes = (n: number) =>
  Number.isInteger(n) && n >= VISIT_MINUTES.min && n <= VISIT_MINUTES.max

/** Every refused field with its reason; empty when the form can be saved. */
export function validateStoreForm(v: StoreFormValues): FormProblems {
  const out: FormProblems = {}
  if (cleanAddress(v.address ?? '').length > MAX_ADDRESS) out.address = 'addressTooLong'
  if (!v.type) out.type = 'required'
  if (!(v.openingHours ?? '').trim()) out.openingHours = 'required'
  else if (!normaliseHours(v.openingHours)) out.openingHours = 'hours'
  const minutes = v.visitMinutes
  if (isBlank(minutes)) out.visitMinutes = 'required'
  else if (!isVisitMinutes(minutes)) out.visitMinutes = 'minutes'
  return { ...out, ...coordinateProblems(v) }
}

/** Coordinates equal to the 6th decimal are the same point (the input shows 6 decimals). */
const sameCoordinate = (a: number, b: number) => Math.abs(a - b) < 5e-7

/**
 * Only what the user changed. Longitude and latitude travel together (main wants both or
 * neither); both empty means "leave them as they are".
 */
export function buildStorePatch(row: StoreRow, v: StoreFormValues): StorePatch {
  const patch: StorePatch = {}
  const address = cleanAddress(v.address)
  if (address !== row.address) patch.address = address
  if (v.type !== row.type) patch.type = v.type
  const hours = normaliseHours(v.openingHours) ?? v.openingHours.trim()
  if (hours !== row.openingHours) patch.openingHours = hours
  const minutes = v.visitMinutes
  if (minutes !== null && minutes !== row.visitMinutes) patch.visitMinutes = minutes
  const { lng, lat } = v
  const moved =
    row.lng === null ||
    row.lat === null ||
    !(sameCoordinate(lng ?? 0, row.lng) && sameCoordinate(lat ?? 0, row.lat))
  if (lng !== null && lat !== null && moved) {
    patch.lng = lng
    patch.lat = lat
  }
  return patch
}
