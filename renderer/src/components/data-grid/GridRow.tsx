import { memo, type ReactNode } from 'react'
import { FlexRender, type Row, type RowData } from '@tanstack/react-table'
import { columnLayoutClass, columnLayoutStyle } from './column-layout'
import type { GridFeatures } from './grid-features'

export type RowAttributes = Record<`data-${string}`, string>

export interface GridRowProps<TData extends RowData> {
  row: Row<GridFeatures, TData>
  index: number
  top: number
  width: number
  selected: boolean
  /** Changes when pinning or sizes change: the row must redraw its cells in the new places. */
  layoutKey: string
  /** The leaf columns; a new array (new locale, new renderers) must redraw the row too. */
  columns: unknown
  lastStartPinnedId: string | undefined
  testId: string | undefined
  getAttributes: ((row: TData) => RowAttributes) | undefined
  onClick: ((row: TData) => void) | undefined
}

/**
 * One body row. Memoised on plain props, so toggling one checkbox redraws that row (and the
 * header), not the other visible rows; pass stable callbacks.
 */
function GridRowInner<TData extends RowData>(props: GridRowProps<TData>) {
  const { row, selected, lastStartPinnedId, onClick } = props
  const cells = [
    ...row.getStartVisibleCells(),
    ...row.getCenterVisibleCells(),
    ...row.getEndVisibleCells()
  ]
  return (
    <div
      role="row"
      aria-rowindex={props.index + 2}
      aria-selected={selected}
      className={selected ? 'zg-grid-row is-selected' : 'zg-grid-row'}
      style={{ top: props.top, width: props.width }}
      data-testid={props.testId}
      {...props.getAttributes?.(row.original)}
      onClick={onClick && (() => onClick(row.original))}
    >
      {cells.map((cell) => {
        const column = cell.column
        const end = column.columnDef.meta?.align === 'end' ? ' is-end' : ''
        const pinned = column.getIsPinned()
        const last = column.id === lastStartPinnedId
        return (
          <div
            key={cell.id}
            role="gridcell"
            className={'zg-grid-cell' + end + columnLayoutClass(pinned, last)}
            style={columnLayoutStyle(column)}
          >
            <FlexRender cell={cell} />
          </div>
        )
      })}
    </div>
  )
}

export const GridRow = memo(GridRowInner) as <TData extends RowData>(
  props: GridRowProps<TData>
) => ReactNode
