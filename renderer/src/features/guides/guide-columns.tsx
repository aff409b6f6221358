import { Tag, Tooltip } from 'antd'
import { createColumnHelper, type CellContext } from '@tanstack/react-table'
import type { GuideRow, GuideStatus, WritebackState } from '../../../../preload/contract/models'
import type { GuideFeatures } from './use-guide-table'
import { selectionColumn } from '../../components/data-grid/selection-column'
import { formatTime, storeNames } from './guide-format'
import type { GuideStrings } from './strings'

const helper = createColumnHelper<GuideFeatures, GuideRow>()
type Ctx = CellContext<GuideFeatures, GuideRow, unknown>

const STATUS_COLOURS: Record<GuideStatus, string> = {
  active: 'green',
  disabled: 'default',
  inactive: 'gold',
  left: 'red'
}
const WRITEBACK_COLOURS: Record<WritebackState, string> = {
  pending: 'processing',
  sending: 'processing',
  delivered: 'success',
  failed: 'error'
}

/**
 * Column ids are the contract's GuideSortColumn names, so a header click maps straight onto
 * `GuideQuery.sort`. Built once per locale.
 */
export function guideColumns(s: GuideStrings) {
  const c = s.columns
  const meta = (label: string, align?: 'end') => ({ label, align })
  const text = (value: string) => <span title={value}>{value || s.none}</span>
  return helper.columns([
    selectionColumn<GuideRow>(),
    helper.accessor('name', { header: c.name, size: 110, meta: meta(c.name) }),
    helper.accessor('userid', { header: c.userid, size: 150, meta: meta(c.userid) }),
    helper.accessor('mobileMasked', {
      header: c.mobileMasked,
      size: 130,
      meta: meta(c.mobileMasked),
      cell: ({ row }: Ctx) => row.original.mobileMasked ?? s.none
    }),
    helper.accessor('status', {
      header: c.status,
      size: 90,
      meta: meta(c.status),
      cell: ({ row }: Ctx) => (
        <Tag color={STATUS_COLOURS[row.original.status]}>{s.statuses[row.original.status]}</Tag>
      )
    }),
    helper.accessor('regionName', {
      header: c.regionName,
      size: 110,
      meta: meta(c.regionName),
      cell: ({ row }: Ctx) => text(row.original.regionName ?? '')
    }),
    helper.accessor('primaryStore', {
      header: c.primaryStore,
      size: 180,
      meta: meta(c.primaryStore),
      cell: ({ row }: Ctx) => text(row.original.primaryStore?.name ?? '')
    }),
    helper.accessor('otherStores', {
      header: c.otherStores,
      size: 200,
      meta: meta(c.otherStores),
      cell: ({ row }: Ctx) => text(storeNames(row.original, s.listSeparator))
    }),
    helper.accessor('isGuide', {
      header: c.isGuide,
      size: 100,
      meta: meta(c.isGuide),
      cell: ({ row }: Ctx) => (row.original.isGuide ? <Tag color="blue">{s.yes}</Tag> : s.no)
    }),
    helper.accessor('tags', {
      header: c.tags,
      size: 160,
      meta: meta(c.tags),
      cell: ({ row }: Ctx) => row.original.tags.map((t) => <Tag key={t}>{t}</Tag>)
    }),
    helper.accessor('customerCount', { header: c.customerCount, size: 100, meta: meta(c.customerCount, 'end') }),
    helper.accessor('groupCount', { header: c.groupCount, size: 100, meta: meta(c.groupCount, 'end') }),
    helper.accessor('syncedAt', {
      header: c.syncedAt,
      size: 150,
      meta: meta(c.syncedAt),
      cell: ({ row }: Ctx) => formatTime(row.original.syncedAt)
    }),
    helper.accessor('writeback', {
      header: c.writeback,
      size: 130,
      meta: meta(c.writeback),
      cell: WritebackCell(s)
    })
  ])
}

const WritebackCell = (s: GuideStrings) =>
  function GuideWritebackCell({ row }: Ctx) {
    const w = row.original.writeback
    if (!w) return s.none
    const tag = (
      <Tag color={WRITEBACK_COLOURS[w.state]} data-testid="writeback-state" data-state={w.state}>
        {s.writeback[w.state]}
      </Tag>
    )
    return w.lastError ? <Tooltip title={w.lastError.zh}>{tag}</Tooltip> : tag
  }

/** Name and account stay in view while scrolling sideways. */
export const DEFAULT_GUIDE_PINNING = { start: ['select', 'name', 'userid'], end: [] as string[] }

/** Stable row attributes for the end-to-end tests (module scope: rows are memoised on it). */
export const guideRowAttributes = (row: GuideRow) => ({
  'data-userid': row.userid,
  'data-primary-store': row.primaryStore?.id ?? ''
})
