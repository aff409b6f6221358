import type { StorePatch, StoreRow } from '../../../preload/contract/models'

/** Every local attribute of a store; coordinates are null until HQ places the store. */
export type StoreAttributes = Omit<Required<StorePatch>, 'lng' | 'lat'> & {
  lng: number | null
  lat: number | null
}
export type AttributeField = keyof StorePatch

export const ATTRIBUTE_FIELDS: readonly AttributeField[] = [
  'address',
  'type',
  'openingHours',
  'visitMinutes',
  'lng',
  'lat'
]

export const attributesOf = (s: StoreRow): StoreAttributes => ({
  address: s.address,
  type: s.type,
  openingHours: s.openingHours,
  visitMinutes: s.visitMinutes,
  lng: s.lng,
  lat: s.lat
})

/** Far below GCJ-02's useful precision; absorbs Excel's 15-digit rounding of a re-saved file. */
const COORDINATE_EPSILON = 1e-9

function sameValue(field: AttributeField, a: unknown, b: unknown): boolean {
  if ((field === 'lng' || field === 'lat') && typeof a === 'number' && typeof b === 'number') {
    return Math.abs(a - b) < COORDINATE_EPSILON
  }
  return a === b
}

/** The patch's fields whose value differs from the store's, in column order. */
export function changedFields(current: StoreAttributes, patch: StorePatch): AttributeField[] {
  return ATTRIBUTE_FIELDS.filter(
    (f) => patch[f] !== undefined && !sameValue(f, current[f], patch[f])
  )
}

/** The values of `fields` only, e.g. for the audit log's before/after. */
export function pick(
  attrs: StorePatch | StoreAttributes,
  fields: readonly AttributeField[]
): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, attrs[f]]))
}

/**
 * What gets written for a change: the changed fields, and a coordinate always with its partner,
 * since a pin moves as a pair (writing only the changed half onto a pin someone else moved in
 * the meantime would put the store somewhere nobody chose).
 */
export function writablePatch(patch: StorePatch, fields: readonly AttributeField[]): StorePatch {
  const out: StorePatch = {}
  const withPair = fields.some((f) => f === 'lng' || f === 'lat')
    ? [...new Set([...fields, 'lng' as const, 'lat' as const])]
    : fields
  for (const f of withPair) Object.assign(out, { [f]: patch[f] })
  return out
}
