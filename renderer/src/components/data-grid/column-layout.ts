import type { CSSProperties } from 'react'
import type { Column, RowData } from '@tanstack/react-table'
import type { GridFeatures } from './grid-features'

/**
 * Width and sticky offset of one column, shared by its header and body cells so they line up.
 * Pinning only partitions the model; the sticky position is ours to apply.
 */
export function columnLayoutStyle<TData extends RowData>(
  column: Column<GridFeatures, TData, unknown>
): CSSProperties {
  const pinned = column.getIsPinned()
  // Cells are `flex: none`, so the width alone holds; fewer inline styles per cell matter at 500
  // cells a screen. The z-index of pinned cells lives in the stylesheet.
  const width = column.getSize()
  if (pinned === 'start') {
    return { width, position: 'sticky', insetInlineStart: column.getStart('start') }
  }
  if (pinned === 'end') return { width, position: 'sticky', insetInlineEnd: column.getAfter('end') }
  return { width }
}

/** CSS class names of a cell: pinned ones get an opaque background, the last one a shadow. */
export function columnLayoutClass(
  pinned: false | 'start' | 'end',
  lastStartPinned: boolean
): string {
  if (!pinned) return ''
  return lastStartPinned ? ' is-pinned is-pinned-last' : ' is-pinned'
}
