import {
  columnPinningFeature,
  columnSizingFeature,
  metaHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures
} from '@tanstack/react-table'

/** What a DataGrid column may say about itself beyond the table's own options. */
export interface GridColumnMeta {
  /** Plain-text name for tooltips and aria labels (the header itself may be a node). */
  label?: string
  align?: 'start' | 'end'
}

/**
 * The one feature set every DataGrid uses. Sorting and filtering belong to main (SQL), so no
 * sorted/filtered row models are registered: the grid shows rows in the order it gets them.
 */
export const gridFeatures = tableFeatures({
  columnSizingFeature,
  columnPinningFeature,
  rowSortingFeature,
  rowSelectionFeature,
  columnMeta: metaHelper<GridColumnMeta>()
})
export type GridFeatures = typeof gridFeatures

/**
 * Options for a grid whose rows main has already sorted: one sort column at a time, cycling
 * asc → desc → none on every column (numbers would otherwise start with desc).
 */
export const serverSortedGridOptions = {
  manualSorting: true,
  enableMultiSort: false,
  enableSortingRemoval: true,
  sortDescFirst: false
} as const
