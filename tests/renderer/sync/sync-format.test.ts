import { describe, expect, it } from 'vitest'
import { SYNC_ENTITIES } from '../../../preload/contract/models'
import {
  entityPercent,
  formatClock,
  formatCount,
  formatDuration,
  liveProgress,
  mergeProgress,
  overallPercent,
  totalRows
} from '../../../renderer/src/features/sync/sync-format'
import { syncStrings } from '../../../renderer/src/features/sync/strings'
import { entity, overview, progress, run } from './fixtures'

const zh = syncStrings['zh-CN'].duration
const en = syncStrings['en-US'].duration

describe('formatDuration (ETA and run length)', () => {
  it('says "under a second" for nothing, negatives and nonsense', () => {
    expect(formatDuration(0, zh)).toBe('不到 1 秒')
    expect(formatDuration(999, en)).toBe('under 1 s')
    expect(formatDuration(-5, zh)).toBe('不到 1 秒')
    expect(formatDuration(Number.NaN, zh)).toBe('不到 1 秒')
  })

  it('uses seconds under a minute, minutes and seconds under an hour', () => {
    expect(formatDuration(42_400, zh)).toBe('42 秒')
    expect(formatDuration(200_000, zh)).toBe('3 分 20 秒')
    expect(formatDuration(200_000, en)).toBe('3 min 20 s')
  })

  it('rounds up to the next minute rather than saying 60 seconds', () => {
    expect(formatDuration(119_600, zh)).toBe('2 分 0 秒')
  })

  it('drops seconds past an hour', () => {
    expect(formatDuration(3_600_000, zh)).toBe('1 小时 0 分')
    expect(formatDuration(2 * 3_600_000 + 5 * 60_000 + 40_000, en)).toBe('2 h 6 min')
  })
})

describe('formatClock (cooldown countdown)', () => {
  it('reads like a clock and never shows zero while time is left', () => {
    expect(formatClock(245_000)).toBe('4:05')
    expect(formatClock(59_001)).toBe('1:00')
    expect(formatClock(1)).toBe('0:01')
    expect(formatClock(3_600_000)).toBe('1:00:00')
    expect(formatClock(-10)).toBe('0:00')
  })
})

describe('formatCount', () => {
  it('groups thousands the same way in both locales', () => {
    expect(formatCount(1_234_567, 'zh-CN')).toBe('1,234,567')
    expect(formatCount(1_234_567, 'en-US')).toBe('1,234,567')
  })
})

describe('progress percentages', () => {
  it('per entity, unknown while the total is unknown', () => {
    expect(entityPercent(5, null)).toBeNull()
    expect(entityPercent(0, 0)).toBe(100)
    expect(entityPercent(1, 3)).toBe(33)
    expect(entityPercent(12, 10)).toBe(100)
  })

  it('for the whole run, each entity an equal share, never 100 before it ends', () => {
    expect(overallPercent({ entity: 'departments', done: 0, total: null })).toBe(0)
    // customers is the 5th of 6: (4 + 0.25) / 6
    expect(overallPercent({ entity: 'customers', done: 50, total: 200 })).toBe(70)
    expect(overallPercent({ entity: 'groups', done: 9, total: 9 })).toBe(99)
  })

  it('only moves forward as entities complete', () => {
    const steps = SYNC_ENTITIES.flatMap((entity) =>
      [0, 5, 10].map((done) => ({ entity, done, total: 10 }))
    )
    const percents = steps.map(overallPercent)
    expect([...percents].sort((a, b) => a - b)).toEqual(percents)
  })
})

describe('liveProgress', () => {
  it('shows the event while a run is on, or before the overview knows of it', () => {
    const p = progress()
    expect(liveProgress(overview({ running: true }), p)).toBe(p)
    expect(liveProgress(undefined, p)).toBe(p)
    expect(liveProgress(overview({ running: false, lastRun: run({ runId: 'r1' }) }), p)).toBe(p)
  })

  it('drops an event of a run the overview reports as finished', () => {
    const p = progress({ runId: 'r1' })
    expect(liveProgress(overview({ running: false, lastRun: run({ runId: 'r1' }) }), p)).toBeNull()
    expect(liveProgress(overview(), null)).toBeNull()
  })
})

describe('mergeProgress', () => {
  it('puts rows in pull order and updates the entity in progress from the event', () => {
    const rows = mergeProgress(
      [
        entity('customers', { state: 'failed', lastError: { code: 'x', message: 'y' } }),
        entity('departments')
      ],
      progress({ entity: 'customers', done: 7, total: 9, rows: 70 })
    )
    expect(rows.map((r) => r.entity)).toEqual(['departments', 'customers'])
    expect(rows[1]).toMatchObject({ state: 'running', done: 7, rows: 70, lastError: null })
    expect(rows[0]?.state).toBe('done')
  })

  it('adds the running entity when the overview does not list it yet', () => {
    const rows = mergeProgress([], progress({ entity: 'tags' }))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ entity: 'tags', state: 'running', startedAt: null })
  })

  it('returns the overview as is without an event', () => {
    const list = [entity('departments'), entity('members')]
    expect(mergeProgress(list, null)).toEqual(list)
  })
})

describe('totalRows', () => {
  it('adds up whatever entities wrote', () => {
    expect(totalRows({})).toBe(0)
    expect(totalRows(run().rows)).toBe(20_430)
  })
})
