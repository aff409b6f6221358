import { useCallback, useEffect, useReducer, type RefObject } from 'react'
import type { Row, RowData, RowSelectionState } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { GridFeatures } from './grid-features'
import { GridRow, type RowAttributes } from './GridRow'

interface Props<TData extends RowData> {
  scrollRef: RefObject<HTMLDivElement | null>
  rows: Row<GridFeatures, TData>[]
  rowHeight: number
  width: number
  rowSelection: RowSelectionState
  layoutKey: string
  columns: unknown
  lastStartPinnedId: string | undefined
  rowTestId: string | undefined
  getRowAttributes: ((row: TData) => RowAttributes) | undefined
  onRowClick: ((row: TData) => void) | undefined
}

/**
 * The virtualized rows. Scrolling re-renders only this component (the virtualizer's state lives
 * here), not the header; rows that stay in view skip rendering through GridRow's memo.
 */
export function GridBody<TData extends RowData>(props: Props<TData>) {
  const { rows, rowHeight, rowSelection } = props
  // A new getItemKey makes the virtualizer re-measure every row: keep it stable per row list.
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows])
  // The scroll container is the parent grid. When the grid mounts with rows already cached (back
  // to a screen), this body's layout effects run before the parent's ref is attached, so the
  // virtualizer finds no scroll element and shows no rows; one re-render after mount finds it.
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  useEffect(() => rerender(), [])
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => props.scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey,
    overscan: 8
  })
  return (
    <div
      role="rowgroup"
      className="zg-grid-body"
      style={{ height: virtualizer.getTotalSize(), width: props.width }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index]
        if (!row) return null
        return (
          <GridRow
            key={row.id}
            row={row}
            index={item.index}
            top={item.start}
            width={props.width}
            selected={rowSelection[row.id] === true}
            layoutKey={props.layoutKey}
            columns={props.columns}
            lastStartPinnedId={props.lastStartPinnedId}
            testId={props.rowTestId}
            getAttributes={props.getRowAttributes}
            onClick={props.onRowClick}
          />
        )
      })}
    </div>
  )
}
