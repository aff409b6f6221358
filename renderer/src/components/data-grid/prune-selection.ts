import type { RowSelectionState } from '@tanstack/react-table'

/**
 * Selection keeps only rows that are still shown: a new filter or a deleted row must not leave
 * invisible rows selected for a later bulk action. Returns the same object when nothing goes,
 * so React skips the re-render.
 */
export function pruneSelection(
  selection: RowSelectionState,
  shownIds: () => ReadonlySet<string>
): RowSelectionState {
  const ids = Object.keys(selection)
  if (ids.length === 0) return selection
  const shown = shownIds()
  const kept = ids.filter((id) => shown.has(id))
  if (kept.length === ids.length) return selection
  return Object.fromEntries(kept.map((id) => [id, true] as const))
}
