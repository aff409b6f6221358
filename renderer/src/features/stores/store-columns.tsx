import { Tag } from 'antd'
import { createColumnHelper, type CellContext } from '@tanstack/react-table'
import type { StoreRow, StoreType } from '../../../../preload/contract/models'
import type { GridFeatures } from '../../components/data-grid/grid-features'
import { selectionColumn } from '../../components/data-grid/selection-column'
import { formatCoordinate } from './store-format'
import type { StoreStrings } from './strings'

const helper = createColumnHelper<GridFeatures, StoreRow>()

const TYPE_COLOURS: Record<StoreType, string> = {
  ka: 'volcano',
  supermarket: 'blue',
  convenience: 'green',
  mom_pop: 'gold'
}

type Ctx = CellContext<GridFeatures, StoreRow, unknown>

/** Long text is cut with an ellipsis by the cell; the tooltip keeps it readable. */
const TextCell = (field: 'address' | 'regionName' | 'city') =>
  function StoreTextCell({ row }: Ctx) {
    const text = row.original[field]
    return <span title={text}>{text}</span>
  }

/**
 * A real button so the name is reachable by keyboard; its click bubbles to the row, which opens
 * the drawer.
 */
function NameCell({ row }: Ctx) {
  return (
    <button type="button" className="zg-grid-link" title={row.original.name}>
      {row.original.name}
    </button>
  )
}

/**
 * Column ids are the contract's StoreSortColumn names, so a header click maps straight onto
 * `StoreQuery.sort`. Built once per locale (memoised on the strings object).
 */
export function storeColumns(s: StoreStrings) {
  const c = s.columns
  const meta = (label: string, align?: 'end') => ({ label, align })
  return helper.columns([
    selectionColumn<StoreRow>(),
    helper.accessor('code', { header: c.code, size: 130, meta: meta(c.code) }),
    helper.accessor('name', { header: c.name, size: 220, meta: meta(c.name), cell: NameCell }),
    helper.accessor('regionName', {
      header: c.regionName,
      size: 120,
      meta: meta(c.regionName),
      cell: TextCell('regionName')
    }),
    helper.accessor('city', {
      header: c.city,
      size: 110,
      meta: meta(c.city),
      cell: TextCell('city')
    }),
    helper.accessor('address', {
      header: c.address,
      size: 300,
      meta: meta(c.address),
      cell: TextCell('address')
    }),
    helper.accessor('type', {
      header: c.type,
      size: 150,
      meta: meta(c.type),
      cell: ({ row }: Ctx) => (
        <Tag variant="filled" color={TYPE_COLOURS[row.original.type]}>
          {s.types[row.original.type]}
        </Tag>
      )
    }),
    helper.accessor('openingHours', {
      header: c.openingHours,
      size: 150,
      meta: meta(c.openingHours)
    }),
    helper.accessor('visitMinutes', {
      header: c.visitMinutes,
      size: 170,
      meta: meta(c.visitMinutes, 'end')
    }),
    helper.accessor('lng', {
      header: c.lng,
      size: 130,
      meta: meta(c.lng, 'end'),
      cell: ({ row }: Ctx) => formatCoordinate(row.original.lng)
    }),
    helper.accessor('lat', {
      header: c.lat,
      size: 130,
      meta: meta(c.lat, 'end'),
      cell: ({ row }: Ctx) => formatCoordinate(row.original.lat)
    }),
    helper.accessor('guideCount', {
      header: c.guideCount,
      size: 110,
      meta: meta(c.guideCount, 'end')
    })
  ])
}

/** Code and name stay in view while scrolling sideways; the checkbox column is always first. */
export const DEFAULT_STORE_PINNING = { start: ['select', 'code', 'name'], end: [] as string[] }

/** Stable row attributes for the end-to-end tests (module scope: rows are memoised on it). */
export const storeRowAttributes = (row: StoreRow) => ({ 'data-code': row.code })
