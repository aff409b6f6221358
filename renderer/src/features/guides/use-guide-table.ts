import { useEffect, useMemo, useState } from 'react'
import {
  useTable,
  type OnChangeFn,
  type RowSelectionState,
  type SortingState
} from '@tanstack/react-table'
import type { GuideRow } from '../../../../preload/contract/models'
import { gridFeatures, serverSortedGridOptions, type GridFeatures } from '../../components/data-grid/grid-features'
import { pruneSelection } from '../../components/data-grid/prune-selection'
import { useStrings } from '../../i18n/locale'
import { DEFAULT_GUIDE_PINNING, guideColumns } from './guide-columns'
import { guideStrings } from './strings'

export type GuideFeatures = GridFeatures

/** Everything about the guides table but its data and state (shared with the unit tests). */
export const guideTableOptions = {
  ...serverSortedGridOptions,
  getRowId: (row: GuideRow) => row.userid,
  initialState: { columnPinning: DEFAULT_GUIDE_PINNING }
}

/**
 * The guides table: rows come sorted and filtered from main; sorting belongs to the page (it is
 * part of the query), selection to the page too (paste-to-select sets it), pruned to the rows shown.
 */
export function useGuideTable(
  rows: GuideRow[],
  sorting: SortingState,
  onSortingChange: OnChangeFn<SortingState>,
  rowSelection: RowSelectionState,
  onRowSelectionChange: OnChangeFn<RowSelectionState>
) {
  const s = useStrings(guideStrings)
  const columns = useMemo(() => guideColumns(s), [s])
  useEffect(() => {
    onRowSelectionChange((prev) => pruneSelection(prev, () => new Set(rows.map((r) => r.userid))))
  }, [rows, onRowSelectionChange])
  return useTable({
    ...guideTableOptions,
    features: gridFeatures,
    columns,
    data: rows,
    state: { sorting, rowSelection },
    onSortingChange,
    onRowSelectionChange
  })
}

/** Selection state lives in the page: paste-to-select and bulk actions read and set it. */
export function useGuideSelection() {
  return useState<RowSelectionState>({})
}
