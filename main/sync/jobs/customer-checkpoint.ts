/**
 * The customers checkpoint with several chunks in flight. Chunks open in index order, so
 * `next` (the first chunk not opened yet) and the open lanes say everything: a chunk below
 * `next` that is not a lane has all its pages committed; a lane resumes at the cursor after
 * its last committed page ('' = its first page). Each lane keeps its chunk's first userid, so a
 * resume over a follow-user list that moved starts the entity over instead of skipping users.
 *
 * Stored as { unit: chunks completed, cursor: '', extra: { next, lanes: [[chunk, cursor, key]] } }.
 * A checkpoint of one chunk at a time ({ unit, cursor, extra.key }, what this job wrote before
 * it had lanes) reads as that one lane.
 */
import type { Checkpoint, JsonValue } from '../job'

export interface LaneMark {
  readonly chunk: number
  readonly cursor: string
  /** First userid of the chunk when the checkpoint was taken; null if not recorded. */
  readonly key: string | null
}

export interface CustomersMark {
  readonly next: number
  readonly lanes: readonly LaneMark[]
}

export const FRESH_MARK: CustomersMark = { next: 0, lanes: [] }

export function readMark(cp: Checkpoint): CustomersMark {
  const lanes = cp.extra?.lanes
  const next = cp.extra?.next
  if (Array.isArray(lanes) && typeof next === 'number') {
    return { next, lanes: lanes.flatMap(readLane) }
  }
  const key = cp.extra?.key
  const legacy = { chunk: cp.unit, cursor: cp.cursor, key: typeof key === 'string' ? key : null }
  return { next: cp.unit + 1, lanes: [legacy] }
}

function readLane(value: JsonValue): LaneMark[] {
  if (!Array.isArray(value)) return []
  const [chunk, cursor, key] = value
  if (typeof chunk !== 'number' || typeof cursor !== 'string') return []
  return [{ chunk, cursor, key: typeof key === 'string' ? key : null }]
}

export function writeMark(mark: CustomersMark): Checkpoint {
  const lanes = [...mark.lanes]
    .sort((a, b) => a.chunk - b.chunk)
    .map((l) => [l.chunk, l.cursor, l.key])
  return { unit: mark.next - lanes.length, cursor: '', extra: { next: mark.next, lanes } }
}

/**
 * The mark made valid for `keys` (first userid per chunk): lanes past the end with no key are
 * dropped (an old checkpoint's finished state); null when any lane's chunk no longer starts
 * with the user it started with, i.e. the list moved and the entity must start over.
 */
export function checkMark(mark: CustomersMark, keys: readonly string[]): CustomersMark | null {
  const lanes: LaneMark[] = []
  for (const lane of mark.lanes) {
    const key = keys[lane.chunk]
    if (lane.key !== null && lane.key !== key) return null
    if (key !== undefined) lanes.push(lane)
  }
  return { next: Math.min(mark.next, keys.length), lanes }
}
