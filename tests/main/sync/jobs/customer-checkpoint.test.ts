import { describe, expect, it } from 'vitest'
import {
  checkMark,
  FRESH_MARK,
  readMark,
  writeMark
} from '../../../../main/sync/jobs/customer-checkpoint'

const KEYS = ['u000', 'u100', 'u200', 'u300']

describe('customers checkpoint', () => {
  it('round-trips the chunks in flight through the stored checkpoint', () => {
    const mark = {
      next: 3,
      lanes: [
        { chunk: 2, cursor: '', key: 'u200' },
        { chunk: 1, cursor: 'c-17', key: 'u100' }
      ]
    }
    const stored = writeMark(mark)
    // unit counts the chunks fully committed: chunk 0 here.
    expect(stored.unit).toBe(1)
    expect(readMark(stored)).toEqual({ next: 3, lanes: [...mark.lanes].reverse() })
  })

  it('reads a one-chunk-at-a-time checkpoint (written before lanes) as that one lane', () => {
    const legacy = { unit: 2, cursor: 'c-5', extra: { key: 'u200' } }
    expect(readMark(legacy)).toEqual({ next: 3, lanes: [{ chunk: 2, cursor: 'c-5', key: 'u200' }] })
  })

  it('starts over when a chunk in flight no longer starts with the same follow user', () => {
    const moved = { next: 2, lanes: [{ chunk: 1, cursor: 'c-3', key: 'u150' }] }
    expect(checkMark(moved, KEYS)).toBeNull()
    expect(checkMark(FRESH_MARK, KEYS)).toEqual(FRESH_MARK)
  })

  it('drops finished lanes past the end and clamps next to the chunk count', () => {
    const past = { next: 9, lanes: [{ chunk: 4, cursor: '', key: null }] }
    expect(checkMark(past, KEYS)).toEqual({ next: 4, lanes: [] })
  })
})
