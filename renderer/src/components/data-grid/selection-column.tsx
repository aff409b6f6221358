import type { MouseEvent } from 'react'
import {
  createColumnHelper,
  type CellContext,
  type HeaderContext,
  type RowData
} from '@tanstack/react-table'
import { useStrings } from '../../i18n/locale'
import type { GridFeatures } from './grid-features'
import { gridStrings } from './strings'

export const SELECTION_COLUMN_ID = 'select'

/** A click on a checkbox must not also count as a click on its row (which opens details). */
const stopRowClick = (e: MouseEvent) => e.stopPropagation()

/**
 * Native checkboxes (themed by `accent-color`): a grid shows ~40 of them and redraws them while
 * scrolling, where antd's Checkbox costs several times more per instance.
 */
function SelectAllCheckbox<TData extends RowData>({
  table
}: HeaderContext<GridFeatures, TData, unknown>) {
  const s = useStrings(gridStrings)
  const all = table.getIsAllRowsSelected()
  const some = !all && table.getIsSomeRowsSelected()
  return (
    <span className="zg-grid-check" onClick={stopRowClick}>
      <input
        type="checkbox"
        data-testid="select-all"
        aria-label={s.selectAll}
        checked={all}
        ref={(el) => {
          if (el) el.indeterminate = some
        }}
        onChange={table.getToggleAllRowsSelectedHandler()}
      />
    </span>
  )
}

/**
 * React's checkbox change event carries the click as `nativeEvent`: that is how the table sees
 * Shift and selects the range from the last checkbox clicked.
 */
function RowCheckbox<TData extends RowData>({ row }: CellContext<GridFeatures, TData, unknown>) {
  const s = useStrings(gridStrings)
  return (
    <span className="zg-grid-check" onClick={stopRowClick}>
      <input
        type="checkbox"
        data-testid="select-row"
        aria-label={s.selectRow}
        checked={row.getIsSelected()}
        onChange={row.getToggleSelectedHandler()}
      />
    </span>
  )
}

/** The checkbox column: select rows, Shift-click ranges, select all of the current view. */
export function selectionColumn<TData extends RowData>() {
  return createColumnHelper<GridFeatures, TData>().display({
    id: SELECTION_COLUMN_ID,
    size: 44,
    enableSorting: false,
    enablePinning: false,
    header: SelectAllCheckbox,
    cell: RowCheckbox
  })
}
