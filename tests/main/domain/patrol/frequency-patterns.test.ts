import { describe, expect, it } from 'vitest'
import { candidatePatterns, DEFAULT_FREQUENCIES, isSpaced, minGap, startWindows, visitsInPeriod } from '../../../../main/domain/patrol'

describe('visit frequency per store type', () => {
  it('gives KA weekly, supermarkets fortnightly and small shops monthly visits', () => {
    const in10 = (t: keyof typeof DEFAULT_FREQUENCIES): number => visitsInPeriod(DEFAULT_FREQUENCIES[t], 10)
    expect([in10('ka'), in10('supermarket'), in10('convenience'), in10('mom_pop')]).toEqual([2, 1, 1, 1])
    expect(visitsInPeriod(DEFAULT_FREQUENCIES.ka, 20)).toBe(4)
    expect(visitsInPeriod(DEFAULT_FREQUENCIES.supermarket, 20)).toBe(2)
    expect(visitsInPeriod(DEFAULT_FREQUENCIES.mom_pop, 5)).toBe(1)
    expect(visitsInPeriod({ visits: 3, weeks: 1 }, 2)).toBe(2)
  })
})

describe('visit patterns', () => {
  it('spaces a weekly store in ten days at least four days apart', () => {
    expect(minGap(2, 10)).toBe(4)
    const patterns = candidatePatterns(2, 10)
    expect(patterns.length).toBeGreaterThan(0)
    for (const p of patterns) expect(isSpaced(p, 4) && p.length === 2 && p[1]! <= 9).toBe(true)
  })

  it('offers every allowed day to a once-a-period store and skips days nobody works', () => {
    expect(candidatePatterns(1, 5, [true, false, true, true, true])).toEqual([[0], [2], [3], [4]])
    for (const p of candidatePatterns(4, 20, Array.from({ length: 20 }, (_, d) => d % 5 !== 2))) {
      expect(isSpaced(p, minGap(4, 20))).toBe(true)
      expect(p.includes(2) || p.includes(7)).toBe(false)
    }
  })
})

describe('start windows', () => {
  it('keeps a visit out of the lunch break and ends it before closing', () => {
    expect(startWindows('09:00-20:00', 30, [{ start: 720, minutes: 60 }])).toEqual([
      { open: 540, close: 690 },
      { open: 780, close: 1170 }
    ])
  })

  it('splits hours past midnight and reports no window when lunch covers the hours', () => {
    expect(startWindows('18:00-02:00', 10, [])).toEqual([{ open: 0, close: 110 }, { open: 1080, close: 1430 }])
    expect(startWindows('12:00-13:00', 15, [{ start: 720, minutes: 60 }])).toEqual([])
  })
})
