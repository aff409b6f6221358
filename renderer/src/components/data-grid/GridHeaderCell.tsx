import {
  CaretDownOutlined,
  CaretUpOutlined,
  PushpinFilled,
  PushpinOutlined
} from '@ant-design/icons'
import { Tooltip } from 'antd'
import { FlexRender, type Header, type RowData } from '@tanstack/react-table'
import { format, useStrings } from '../../i18n/locale'
import { columnLayoutClass, columnLayoutStyle } from './column-layout'
import type { GridFeatures } from './grid-features'
import { gridStrings } from './strings'

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const

/** One column header: click the title to sort (asc → desc → none), the pin to (un)pin. */
export function GridHeaderCell<TData extends RowData>(props: {
  header: Header<GridFeatures, TData, unknown>
  lastStartPinned: boolean
}) {
  const { header, lastStartPinned } = props
  const column = header.column
  const sorted = column.getIsSorted()
  const pinned = column.getIsPinned()
  const end = column.columnDef.meta?.align === 'end' ? ' is-end' : ''
  return (
    <div
      role="columnheader"
      aria-sort={sorted ? ARIA_SORT[sorted] : undefined}
      className={'zg-grid-th' + end + columnLayoutClass(pinned, lastStartPinned)}
      style={columnLayoutStyle(column)}
    >
      {column.getCanSort() ? <SortButton header={header} /> : <FlexRender header={header} />}
      {column.getCanPin() && <PinButton header={header} />}
    </div>
  )
}

type HeaderProps<TData extends RowData> = { header: Header<GridFeatures, TData, unknown> }

function SortButton<TData extends RowData>({ header }: HeaderProps<TData>) {
  const s = useStrings(gridStrings)
  const column = header.column
  const sorted = column.getIsSorted()
  const hint = sorted === 'asc' ? s.sortedAsc : sorted === 'desc' ? s.sortedDesc : s.sortHint
  return (
    <button
      type="button"
      className="zg-grid-sort"
      data-testid={`sort-${column.id}`}
      data-sorted={sorted || 'none'}
      title={hint}
      onClick={column.getToggleSortingHandler()}
    >
      <span className="zg-grid-sort-label">
        <FlexRender header={header} />
      </span>
      <span className="zg-grid-sort-icon" aria-hidden>
        <CaretUpOutlined className={sorted === 'asc' ? 'is-active' : undefined} />
        <CaretDownOutlined className={sorted === 'desc' ? 'is-active' : undefined} />
      </span>
    </button>
  )
}

function PinButton<TData extends RowData>({ header }: HeaderProps<TData>) {
  const s = useStrings(gridStrings)
  const column = header.column
  const pinned = column.getIsPinned() === 'start'
  const label = format(pinned ? s.unpin : s.pin, {
    label: column.columnDef.meta?.label ?? column.id
  })
  return (
    <Tooltip title={label} mouseEnterDelay={0.5}>
      <button
        type="button"
        className={pinned ? 'zg-grid-pin is-on' : 'zg-grid-pin'}
        data-testid={`pin-${column.id}`}
        aria-label={label}
        aria-pressed={pinned}
        onClick={() => column.pin(pinned ? false : 'start')}
      >
        {pinned ? <PushpinFilled /> : <PushpinOutlined />}
      </button>
    </Tooltip>
  )
}
