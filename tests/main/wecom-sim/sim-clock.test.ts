import { describe, expect, it } from 'vitest'
import { SimClock } from '../../../main/wecom-sim'

const T0 = Date.UTC(2026, 10, 24, 1)

describe('SimClock', () => {
  it('is frozen at factor 0 and moves only by advance(), waking sleepers in order', async () => {
    const clock = new SimClock({ startAt: T0, factor: 0 })
    const woke: string[] = []
    const a = clock.sleep(2000).then(() => woke.push('a'))
    const b = clock.sleep(1000).then(() => woke.push('b'))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(clock.now()).toBe(T0)
    expect(woke).toEqual([])
    clock.advance(1500)
    await b
    expect(woke).toEqual(['b'])
    clock.advance(500)
    await a
    expect(woke).toEqual(['b', 'a'])
    expect(clock.now()).toBe(T0 + 2000)
    expect(() => clock.advance(-1)).toThrow(RangeError)
    clock.dispose()
  })

  it('runs factor times faster than real time, and keeps the time when the factor changes', async () => {
    const clock = new SimClock({ startAt: T0, factor: 1000 })
    const started = performance.now()
    await clock.sleep(60_000)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(clock.now()).toBeGreaterThanOrEqual(T0 + 60_000)
    clock.setFactor(0)
    const frozen = clock.now()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(clock.now()).toBe(frozen)
    clock.dispose()
  })

  it('tells advance() listeners the new time', () => {
    const clock = new SimClock({ startAt: T0, factor: 0 })
    const seen: number[] = []
    const stop = clock.onAdvance((now) => seen.push(now))
    clock.advance(10)
    stop()
    clock.advance(10)
    expect(seen).toEqual([T0 + 10])
    clock.dispose()
  })
})
