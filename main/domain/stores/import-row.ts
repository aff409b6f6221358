import type { ImportIssueCode, StorePatch } from '../../../preload/contract/models'
import { parseStoreType } from './store-types'
import { BAD_TYPE_MESSAGE, checkStorePatch, normaliseStorePatch } from './store-rules'

/**
 * Turns one imported sheet row into a store code and a validated patch. Pure: the import service
 * matches the code to a store and works out what changes. A blank cell means "leave as is", so a
 * sheet with only the columns someone filled in never wipes the others.
 */

export type CellInput = string | number | null
export type ImportField = 'code' | keyof StorePatch
export type RowCells = Partial<Record<ImportField, CellInput>>

export interface RowIssue {
  field: ImportField
  code: ImportIssueCode
  /** The offending cell as the operator typed it. */
  value: string
  message: string
}

export interface ParsedRow {
  /** Trimmed store code; null when the cell is blank. */
  code: string | null
  /** The fields with a value in the sheet, cleaned up; trustworthy only when `issues` is empty. */
  patch: StorePatch
  issues: RowIssue[]
}

export const cellText = (cell: CellInput | undefined): string =>
  cell === null || cell === undefined ? '' : String(cell).trim()

const isBlank = (cell: CellInput | undefined): boolean => cellText(cell) === ''

/** Excel often holds numbers as text ("30", "３０", "30分钟", "121.47 "); accept those too. */
function numberOf(cell: CellInput | undefined, unit?: RegExp): number | null {
  if (typeof cell === 'number') return cell
  let text = cellText(cell).normalize('NFKC').replace(/\s+/g, '')
  if (unit) text = text.replace(unit, '')
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return null
  return Number(text)
}

const MINUTES_UNIT = /(分钟|分|min|mins|minutes)$/i

export function parseImportRow(cells: RowCells): ParsedRow {
  const issues: RowIssue[] = []
  const raw: StorePatch = {}
  const fail = (field: ImportField, code: ImportIssueCode, message: string): void => {
    issues.push({ field, code, value: cellText(cells[field]), message })
  }
  if (!isBlank(cells.address)) raw.address = cellText(cells.address)
  if (!isBlank(cells.type)) {
    const type = parseStoreType(cellText(cells.type))
    if (type) raw.type = type
    else fail('type', 'bad-type', BAD_TYPE_MESSAGE)
  }
  if (!isBlank(cells.openingHours)) raw.openingHours = cellText(cells.openingHours)
  if (!isBlank(cells.visitMinutes)) {
    const minutes = numberOf(cells.visitMinutes, MINUTES_UNIT)
    if (minutes === null) fail('visitMinutes', 'bad-minutes', '计划拜访时长应填写分钟数，例如 30')
    else raw.visitMinutes = minutes
  }
  for (const axis of ['lng', 'lat'] as const) {
    if (isBlank(cells[axis])) continue
    const value = numberOf(cells[axis])
    const name = axis === 'lng' ? '经度' : '纬度'
    if (value === null) fail(axis, 'bad-coordinates', `${name}应填写数字，例如 121.473701`)
    else raw[axis] = value
  }
  const patch = normaliseStorePatch(raw)
  issues.push(...ruleIssues(patch, cells, issues))
  const code = cellText(cells.code)
  return { code: code === '' ? null : code, patch, issues }
}

/** Rule checks for fields that parsed; a coordinate that did not parse skips the pair checks. */
function ruleIssues(patch: StorePatch, cells: RowCells, parseIssues: RowIssue[]): RowIssue[] {
  const coordinateFailed = parseIssues.some((i) => i.field === 'lng' || i.field === 'lat')
  const checked = coordinateFailed ? { ...patch, lng: undefined, lat: undefined } : patch
  return checkStorePatch(checked).map((issue) => ({
    field: issue.field,
    code: issue.code,
    value: issueValue(issue.field, issue.code, cells),
    message: issue.message
  }))
}

/** A coordinate problem is about the pair, so it shows both cells. */
function issueValue(field: ImportField, code: ImportIssueCode, cells: RowCells): string {
  const pairCodes: readonly ImportIssueCode[] = ['outside-china', 'bad-coordinates']
  if (field === 'lng' && pairCodes.includes(code)) {
    return `${cellText(cells.lng)}, ${cellText(cells.lat)}`
  }
  return cellText(cells[field])
}
