import { useEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react'
import { Empty, Spin, theme } from 'antd'
import type { ReactTable, RowData } from '@tanstack/react-table'
import { useStrings } from '../../i18n/locale'
import { gridCss } from './grid-css'
import type { GridFeatures } from './grid-features'
import { GridBody } from './GridBody'
import { GridHeaderCell } from './GridHeaderCell'
import type { RowAttributes } from './GridRow'
import { gridStrings } from './strings'

export interface DataGridProps<TData extends RowData> {
  table: ReactTable<GridFeatures, TData>
  /**
   * Height of the scroll container (default: fill the parent, which must have a definite
   * height); only the rows inside it are in the DOM.
   */
  height?: number | string
  rowHeight?: number
  /** First load: a spinner instead of the empty state. */
  loading?: boolean
  /** Refetching with the old rows still shown: they are dimmed. */
  busy?: boolean
  empty?: ReactNode
  /** The view scrolls back to the top when this changes (a new filter or sort, not a refetch). */
  scrollResetKey?: string
  testId?: string
  rowTestId?: string
  /** Must be stable (module scope or memoised): rows are memoised on it. */
  getRowAttributes?: (row: TData) => RowAttributes
  /** Must be stable (useCallback): rows are memoised on it. */
  onRowClick?: (row: TData) => void
}

const HEADER_HEIGHT = 40

/**
 * A virtualized grid over a TanStack table: sticky header, sticky pinned columns, fixed row
 * height. Renders `table.getRowModel().rows` in the order given (main sorts and filters).
 */
export function DataGrid<TData extends RowData>(props: DataGridProps<TData>) {
  const { table, height = '100%', rowHeight = 40 } = props
  const s = useStrings(gridStrings)
  const { token } = theme.useToken()
  const css = useMemo(() => gridCss(token, rowHeight, HEADER_HEIGHT), [token, rowHeight])
  const scrollRef = useRef<HTMLDivElement>(null)
  useScrollReset(scrollRef, props.scrollResetKey)

  const rows = table.getRowModel().rows
  const { columnPinning, columnSizing, rowSelection } = table.state
  const lastStartPinnedId = table.getStartLeafColumns().at(-1)?.id
  const width = table.getTotalSize()
  const headers = [
    ...table.getStartLeafHeaders(),
    ...table.getCenterLeafHeaders(),
    ...table.getEndLeafHeaders()
  ]

  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-rowcount={rows.length + 1}
      aria-colcount={headers.length}
      aria-multiselectable
      tabIndex={0}
      className={props.busy ? 'zg-grid is-busy' : 'zg-grid'}
      style={{ height }}
      data-testid={props.testId}
    >
      <style>{css}</style>
      <div role="row" aria-rowindex={1} className="zg-grid-head" style={{ width }}>
        {headers.map((header) => (
          <GridHeaderCell
            key={header.id}
            header={header}
            lastStartPinned={header.column.id === lastStartPinnedId}
          />
        ))}
      </div>
      {rows.length === 0 ? (
        <div className="zg-grid-empty">
          {props.loading ? <Spin /> : (props.empty ?? <Empty description={s.empty} />)}
        </div>
      ) : (
        <GridBody
          scrollRef={scrollRef}
          rows={rows}
          rowHeight={rowHeight}
          width={width}
          rowSelection={rowSelection}
          layoutKey={JSON.stringify([columnPinning, columnSizing])}
          columns={table.getAllLeafColumns()}
          lastStartPinnedId={lastStartPinnedId}
          rowTestId={props.rowTestId}
          getRowAttributes={props.getRowAttributes}
          onRowClick={props.onRowClick}
        />
      )}
    </div>
  )
}

function useScrollReset(ref: RefObject<HTMLDivElement | null>, key: string | undefined): void {
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    ref.current?.scrollTo({ top: 0 })
  }, [ref, key])
}
