import type { ImportIssueCode, StorePatch } from '../../../preload/contract/models'
import { isInMainlandChina, looksSwapped } from './china-region'
import { normaliseOpeningHours, openingHoursProblem } from './opening-hours'
import { isStoreType } from './store-types'

// One import point for callers (store service, import): the rules and the parsers they rely on.
export { STORE_TYPE_LABELS, parseStoreType } from './store-types'
export { normaliseOpeningHours } from './opening-hours'
export { isInMainlandChina } from './china-region'

/**
 * The rules for the attributes HQ maintains locally. Pure: the drawer edit (store:update) and
 * the sheet import both run them, so a value one accepts the other accepts too.
 */

export interface RuleIssue {
  field: keyof StorePatch
  code: ImportIssueCode
  /** zh-CN, for an HQ operator. */
  message: string
}

export const VISIT_MINUTES_MIN = 5
export const VISIT_MINUTES_MAX = 480
/** UTF-16 length, the same measure as the IPC schema's `max(200)`. */
export const ADDRESS_MAX_LENGTH = 200

/**
 * The lenient clean-up callers apply before checking: trims the address and folds line breaks
 * (Alt+Enter in Excel) into spaces, and rewrites opening hours into "HH:MM-HH:MM".
 */
export function normaliseStorePatch(patch: StorePatch): StorePatch {
  const next: StorePatch = { ...patch }
  if (next.address !== undefined) next.address = next.address.replace(/\s+/g, ' ').trim()
  if (next.openingHours !== undefined) next.openingHours = normaliseOpeningHours(next.openingHours)
  return next
}

/** Every rule the patch breaks; an empty list means it may be written. */
export function checkStorePatch(patch: StorePatch): RuleIssue[] {
  const issues: RuleIssue[] = []
  const add = (issue: RuleIssue | null): void => {
    if (issue) issues.push(issue)
  }
  if (patch.address !== undefined) add(checkAddress(patch.address))
  if (patch.type !== undefined && !isStoreType(patch.type)) {
    add({ field: 'type', code: 'bad-type', message: BAD_TYPE_MESSAGE })
  }
  if (patch.openingHours !== undefined) add(checkHours(patch.openingHours))
  if (patch.visitMinutes !== undefined) add(checkVisitMinutes(patch.visitMinutes))
  add(checkCoordinates(patch.lng, patch.lat))
  return issues
}

export const BAD_TYPE_MESSAGE = '门店类型应为“KA 大卖场”“超市”“便利店”或“夫妻店”之一'

function checkAddress(address: string): RuleIssue | null {
  if (address.length <= ADDRESS_MAX_LENGTH) return null
  return {
    field: 'address',
    code: 'address-too-long',
    message: `地址不能超过 ${ADDRESS_MAX_LENGTH} 个字（现有 ${address.length} 个字），请精简后再保存`
  }
}

function checkHours(hours: string): RuleIssue | null {
  const problem = openingHoursProblem(hours)
  return problem ? { field: 'openingHours', code: 'bad-hours', message: problem } : null
}

function checkVisitMinutes(minutes: number): RuleIssue | null {
  const ok =
    Number.isInteger(minutes) && minutes >= VISIT_MINUTES_MIN && minutes <= VISIT_MINUTES_MAX
  if (ok) return null
  return {
    field: 'visitMinutes',
    code: 'bad-minutes',
    message: `计划拜访时长应为 ${VISIT_MINUTES_MIN} 到 ${VISIT_MINUTES_MAX} 之间的整数（分钟）`
  }
}

/** Both absent is fine (no change); one without the other is not, as a half-moved pin is wrong. */
export function checkCoordinates(
  lng: number | undefined,
  lat: number | undefined
): RuleIssue | null {
  if (lng === undefined && lat === undefined) return null
  if (lng === undefined || lat === undefined) {
    const field = lng === undefined ? 'lng' : 'lat'
    return { field, code: 'coordinate-pair', message: '经度和纬度需要同时填写' }
  }
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) {
    return { field: 'lng', code: 'bad-coordinates', message: '经度和纬度必须是数字' }
  }
  if (looksSwapped(lng, lat)) {
    return {
      field: 'lng',
      code: 'bad-coordinates',
      message: '经度和纬度似乎填反了：中国大陆的经度约在 73.5–135.1 之间，纬度约在 18.1–53.6 之间'
    }
  }
  if (isInMainlandChina(lng, lat)) return null
  return {
    field: 'lng',
    code: 'outside-china',
    message: '坐标不在中国大陆范围内，请使用高德或腾讯地图拾取的 GCJ-02 坐标'
  }
}
