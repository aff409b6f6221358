import { useEffect, useMemo, useState } from 'react'
import {
  useTable,
  type OnChangeFn,
  type RowSelectionState,
  type SortingState
} from '@tanstack/react-table'
import type { StoreRow } from '../../../../preload/contract/models'
import { gridFeatures, serverSortedGridOptions } from '../../components/data-grid/grid-features'
import { pruneSelection } from '../../components/data-grid/prune-selection'
import { useStrings } from '../../i18n/locale'
import { DEFAULT_STORE_PINNING, storeColumns } from './store-columns'
import { storeStrings } from './strings'

/** Everything about the stores table but its data and state (shared with the unit tests). */
export const storeTableOptions = {
  ...serverSortedGridOptions,
  getRowId: (row: StoreRow) => row.id,
  initialState: { columnPinning: DEFAULT_STORE_PINNING }
}

/**
 * The stores table: rows arrive sorted and filtered from main; sorting state is owned by the
 * page (it is part of the query), selection here (pruned to the rows shown), pinning by the table.
 */
export function useStoreTable(
  rows: StoreRow[],
  sorting: SortingState,
  onSortingChange: OnChangeFn<SortingState>
) {
  const s = useStrings(storeStrings)
  const columns = useMemo(() => storeColumns(s), [s])
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({})

  useEffect(() => {
    setRowSelection((prev) => pruneSelection(prev, () => new Set(rows.map((r) => r.id))))
  }, [rows])

  return useTable({
    ...storeTableOptions,
    features: gridFeatures,
    columns,
    data: rows,
    state: { sorting, rowSelection },
    onSortingChange,
    onRowSelectionChange: setRowSelection
  })
}
