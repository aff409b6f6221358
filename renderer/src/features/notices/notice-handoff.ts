/**
 * The guides grid hands its selection to the 通知 screen through here: a selection can hold
 * 20,000 userids, too many for the URL hash. The compose screen takes it once on mount.
 */
let pending: string[] | null = null
const listeners = new Set<() => void>()

/** Called by the guides toolbar before it navigates to #/notices. */
export function handOffSelection(userids: readonly string[]): void {
  pending = [...userids]
  for (const l of listeners) l()
}

/** The guides toolbar's action: hand over the selection and open the 通知 screen. */
export function composeNoticeFor(userids: readonly string[]): void {
  handOffSelection(userids)
  window.location.hash = '#/notices'
}

/** The handed-off selection, once; null when none is waiting. */
export function takeSelection(): string[] | null {
  const taken = pending
  pending = null
  return taken
}

/** For a compose screen already open when the guides grid hands off (tests, two windows). */
export function onHandOff(listener: () => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}
