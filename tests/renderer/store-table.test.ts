import { describe, expect, it } from 'vitest'
import { constructTable } from '@tanstack/react-table'
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings'
import { STORE_SORT_COLUMNS, type StoreRow } from '../../preload/contract/models'
import { gridFeatures } from '../../renderer/src/components/data-grid/grid-features'
import { pruneSelection } from '../../renderer/src/components/data-grid/prune-selection'
import { storeColumns } from '../../renderer/src/features/stores/store-columns'
import { storeTableOptions } from '../../renderer/src/features/stores/use-store-table'
import { storeStrings } from '../../renderer/src/features/stores/strings'
import { storeRows } from './store-rows'

/** The stores table exactly as the page configures it, minus React. */
function storeTable(data: StoreRow[]) {
  return constructTable({
    ...storeTableOptions,
    // The React adapter adds its own reactivity; plain table-core needs one passed in.
    features: Object.assign({}, gridFeatures, { coreReactivityFeature: storeReactivityBindings() }),
    columns: storeColumns(storeStrings['zh-CN']),
    data
  })
}
type Table = ReturnType<typeof storeTable>

const click = (checked: boolean, shift = false) => ({ target: { checked }, shiftKey: shift })
const selectedCodes = (table: Table) =>
  table.getSelectedRowModel().rows.map((r) => r.original.code).sort()
const rowAt = (table: Table, i: number) => table.getRowModel().rows[i]!

describe('row selection', () => {
  it('Shift-click selects the inclusive range from the last checkbox clicked', () => {
    const table = storeTable(storeRows(20))
    rowAt(table, 2).getToggleSelectedHandler()(click(true))
    rowAt(table, 6).getToggleSelectedHandler()(click(true, true))
    expect(selectedCodes(table)).toEqual(['SH0002', 'SH0003', 'SH0004', 'SH0005', 'SH0006'])
  })

  it('reads Shift from the native click event React passes along, and ranges upwards too', () => {
    const table = storeTable(storeRows(20))
    rowAt(table, 9).getToggleSelectedHandler()(click(true))
    const reactEvent = { target: { checked: true }, nativeEvent: { shiftKey: true } }
    rowAt(table, 7).getToggleSelectedHandler()(reactEvent)
    expect(selectedCodes(table)).toEqual(['SH0007', 'SH0008', 'SH0009'])
  })

  it('Shift-unchecking clears a range; a plain click toggles one row', () => {
    const table = storeTable(storeRows(20))
    rowAt(table, 0).getToggleSelectedHandler()(click(true))
    rowAt(table, 9).getToggleSelectedHandler()(click(true, true))
    rowAt(table, 3).getToggleSelectedHandler()(click(false))
    rowAt(table, 5).getToggleSelectedHandler()(click(false, true))
    expect(selectedCodes(table)).toEqual(
      ['SH0000', 'SH0001', 'SH0002', 'SH0006', 'SH0007', 'SH0008', 'SH0009']
    )
  })

  it('select-all takes every row of the filtered view (20,000 of them)', () => {
    const table = storeTable(storeRows(20_000))
    table.getToggleAllRowsSelectedHandler()(click(true))
    expect(table.getSelectedRowIds()).toHaveLength(20_000)
    expect(table.getIsAllRowsSelected()).toBe(true)
    table.getToggleAllRowsSelectedHandler()(click(false))
    expect(table.getSelectedRowIds()).toHaveLength(0)
  })

  it('keeps selected ids by store id, not by position', () => {
    const table = storeTable(storeRows(3))
    rowAt(table, 1).getToggleSelectedHandler()(click(true))
    expect(table.getSelectedRowIds()).toEqual(['s-SH0001'])
  })
})

describe('pruneSelection', () => {
  it('drops rows no longer shown and keeps the same object when none went', () => {
    const selection = { a: true as const, b: true as const }
    expect(pruneSelection(selection, () => new Set(['a', 'b', 'c']))).toBe(selection)
    expect(pruneSelection(selection, () => new Set(['b']))).toEqual({ b: true })
    const empty = {}
    expect(pruneSelection(empty, () => new Set())).toBe(empty)
  })
})

describe('sorting', () => {
  it('every StoreSortColumn is a sortable column; the checkbox column is not', () => {
    const table = storeTable(storeRows(3))
    for (const id of STORE_SORT_COLUMNS) expect(table.getColumn(id)?.getCanSort(), id).toBe(true)
    expect(table.getColumn('select')?.getCanSort()).toBe(false)
  })

  it.each(['code', 'guideCount', 'lng'])('a header click on %s cycles asc → desc → none', (id) => {
    const table = storeTable(storeRows(5))
    const column = table.getColumn(id)!
    const states: unknown[] = []
    for (let i = 0; i < 3; i++) {
      column.getToggleSortingHandler()!({})
      states.push(table.atoms.sorting.get())
    }
    expect(states).toEqual([[{ id, desc: false }], [{ id, desc: true }], []])
  })

  it('a click on another column replaces the sort (main sorts by one column)', () => {
    const table = storeTable(storeRows(5))
    table.getColumn('code')!.getToggleSortingHandler()!({})
    table.getColumn('name')!.getToggleSortingHandler()!({ shiftKey: true })
    expect(table.atoms.sorting.get()).toEqual([{ id: 'name', desc: false }])
  })

  it('leaves the row order to main (manual sorting)', () => {
    const rows = storeRows(5).reverse()
    const table = storeTable(rows)
    table.getColumn('code')!.toggleSorting(false)
    expect(table.getRowModel().rows.map((r) => r.original.code)).toEqual(rows.map((r) => r.code))
  })
})

describe('column pinning', () => {
  const cellIds = (table: Table) => {
    const row = rowAt(table, 0)
    return [...row.getStartVisibleCells(), ...row.getCenterVisibleCells()].map((c) => c.column.id)
  }

  it('pins the checkbox, code and name to the left by default', () => {
    const table = storeTable(storeRows(2))
    expect(table.getStartLeafColumns().map((c) => c.id)).toEqual(['select', 'code', 'name'])
    expect(cellIds(table).slice(0, 4)).toEqual(['select', 'code', 'name', 'regionName'])
    expect(table.getColumn('code')!.getStart('start')).toBe(table.getColumn('select')!.getSize())
  })

  it('a pin toggle moves a column into the pinned block and back to its place', () => {
    const table = storeTable(storeRows(2))
    table.getColumn('address')!.pin('start')
    expect(cellIds(table).slice(0, 5)).toEqual(['select', 'code', 'name', 'address', 'regionName'])
    table.getColumn('code')!.pin(false)
    expect(cellIds(table).slice(0, 4)).toEqual(['select', 'name', 'address', 'code'])
    table.getColumn('address')!.pin(false)
    expect(cellIds(table).indexOf('address')).toBe(cellIds(table).indexOf('city') + 1)
  })

  it('the checkbox column cannot be unpinned; data columns can be pinned', () => {
    const table = storeTable(storeRows(2))
    expect(table.getColumn('select')!.getCanPin()).toBe(false)
    for (const id of STORE_SORT_COLUMNS) expect(table.getColumn(id)!.getCanPin(), id).toBe(true)
  })
})
