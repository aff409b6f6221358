/**
 * Spreadsheet formula injection (OWASP "CSV injection"): text starting with = + - @ (or a tab /
 * carriage return that hides one) can be turned into a live formula when someone edits the cell
 * or the sheet is re-saved as CSV. Exported text gets a leading apostrophe; numbers are written
 * as numeric cells and need no guard, so -3 stays a number.
 */

const RISKY_START = /^[=+\-@\t\r]/
const GUARDED = /^'[=+\-@\t\r]/

export const neutraliseFormula = (text: string): string =>
  RISKY_START.test(text) ? `'${text}` : text

/** Undoes `neutraliseFormula` on the way back in, so an exported sheet re-imports unchanged. */
export const restoreNeutralised = (text: string): string =>
  GUARDED.test(text) ? text.slice(1) : text
