import type { Db } from '../db/connection'

/** Rows per multi-row INSERT: well under SQLite's 32,766 bound parameters at 7 columns. */
const ROWS_PER_STATEMENT = 64

export interface BulkInserter {
  add(row: readonly unknown[]): void
  /** Writes buffered rows; call before the enclosing transaction commits. */
  flush(): void
}

/**
 * Buffers rows and writes them `INSERT ... VALUES (...), (...), ...` 64 at a time. Each
 * statement call costs a few microseconds of binding overhead, so at millions of rows one call
 * per 64 rows is ~3x faster than one per row. `table` and `columns` are our own constants.
 */
export function bulkInserter(db: Db, table: string, columns: readonly string[]): BulkInserter {
  const row = `(${columns.map(() => '?').join(', ')})`
  // OR FAIL: a multi-row statement with the default OR ABORT keeps a statement journal (a copy
  // of every page it touches) to undo itself alone; on failure our caller rolls the whole
  // transaction back anyway, so that copy is pure cost.
  const head = `INSERT OR FAIL INTO ${table} (${columns.join(', ')}) VALUES `
  const one = db.prepare(head + row)
  const many = db.prepare(head + Array<string>(ROWS_PER_STATEMENT).fill(row).join(', '))
  const width = columns.length
  const full = ROWS_PER_STATEMENT * width
  const buffer: unknown[] = []
  return {
    add(values) {
      for (const v of values) buffer.push(v)
      if (buffer.length === full) {
        many.run(buffer) // better-sqlite3 copies bound values, so the buffer can be reused
        buffer.length = 0
      }
    },
    flush() {
      for (let i = 0; i < buffer.length; i += width) one.run(buffer.slice(i, i + width))
      buffer.length = 0
    }
  }
}
