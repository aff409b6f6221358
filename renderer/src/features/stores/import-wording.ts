import {
  STORE_TYPES,
  type ImportChange,
  type ImportIssue,
  type StoreImportPreview,
  type StorePatch,
  type StoreType
} from '../../../../preload/contract/models'
import { format } from '../../i18n/locale'
import type { StoreStrings } from './strings'

/** Long cells (a 300-character address) are cut so the reason stays one readable line. */
const MAX_VALUE_IN_REASON = 40

export function shortValue(value: string, s: StoreStrings): string {
  if (value === '') return s.importModal.emptyValue
  return value.length > MAX_VALUE_IN_REASON ? `${value.slice(0, MAX_VALUE_IN_REASON)}…` : value
}

/**
 * The reason for an import issue in the current locale, from its code; a code this build does
 * not know yet falls back to main's own (zh-CN) message.
 */
export function issueReason(issue: ImportIssue, s: StoreStrings): string {
  const template = (s.issueReasons as Partial<Record<string, string>>)[issue.code]
  if (!template) return issue.message
  return format(template, { value: shortValue(issue.value, s) })
}

export interface ImportTotals {
  total: number
  ok: number
  changed: number
  unchanged: number
  /** Rows with at least one issue (a row can have several). */
  errors: number
}

export function importTotals(p: StoreImportPreview): ImportTotals {
  const changed = p.changes.length
  return {
    total: p.totalRows,
    ok: changed + p.unchanged,
    changed,
    unchanged: p.unchanged,
    errors: new Set(p.issues.map((i) => i.row)).size
  }
}

export const importSummary = (p: StoreImportPreview, s: StoreStrings): string =>
  format(s.importModal.summary, { ...importTotals(p) })

const isStoreType = (v: string): v is StoreType => (STORE_TYPES as readonly string[]).includes(v)

/** One side of a change as the user reads it: type codes become labels, '' becomes "(empty)". */
export function changeValue(field: keyof StorePatch, value: string, s: StoreStrings): string {
  if (value === '') return s.importModal.emptyValue
  if (field === 'type' && isStoreType(value)) return s.types[value]
  return value
}

export interface ChangeLine {
  field: keyof StorePatch
  label: string
  before: string
  after: string
}

const FIELD_ORDER: (keyof StorePatch)[] = [
  'address',
  'type',
  'openingHours',
  'visitMinutes',
  'lng',
  'lat'
]

/** The changed fields of one row, in the form's field order. */
export function changeLines(change: ImportChange, s: StoreStrings): ChangeLine[] {
  return FIELD_ORDER.flatMap((field) => {
    const pair = change.changes[field]
    if (!pair) return []
    const [before, after] = pair
    const line: ChangeLine = {
      field,
      label: s.fields[field],
      before: changeValue(field, before, s),
      after: changeValue(field, after, s)
    }
    return [line]
  })
}
