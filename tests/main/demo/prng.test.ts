import { describe, expect, it } from 'vitest'
import { allocate } from '../../../main/demo/allocate'
import { Rng, weightedPicker } from '../../../main/demo/prng'
import { ID_ALPHABET } from '../../../main/demo/wecom-ids'

describe('Rng', () => {
  it('gives pinned sequences, so a seed means the same data on every platform', () => {
    const r = new Rng(1)
    expect([r.uint32(), r.uint32(), r.uint32(), r.uint32()]).toEqual([
      3773806752, 188501479, 1512380885, 3184877352
    ])
    const s = new Rng(20261124, 'customers')
    expect([s.uint32(), s.uint32(), s.chars(12, ID_ALPHABET)]).toEqual([
      2574910548,
      4104647181,
      'FiNVYbgeUoUR'
    ])
  })

  it('separates streams drawn from one seed', () => {
    expect(new Rng(7, 'a').uint32()).not.toBe(new Rng(7, 'b').uint32())
    expect(new Rng(7, 'a').uint32()).toBe(new Rng(7, 'a').uint32())
  })

  it('keeps int() inside its inclusive bounds and reaches both ends', () => {
    const r = new Rng(3)
    const seen = new Set<number>()
    for (let i = 0; i < 2000; i++) {
      const x = r.int(-2, 2)
      expect(x).toBeGreaterThanOrEqual(-2)
      expect(x).toBeLessThanOrEqual(2)
      seen.add(x)
    }
    expect([...seen].sort()).toEqual([-1, -2, 0, 1, 2])
  })

  it('shuffles into a permutation', () => {
    const xs = Array.from({ length: 50 }, (_, i) => i)
    const shuffled = new Rng(5).shuffle([...xs])
    expect(shuffled).not.toEqual(xs)
    expect([...shuffled].sort((a, b) => a - b)).toEqual(xs)
  })

  it('bounds normalish() and centres it on zero', () => {
    const r = new Rng(11)
    let sum = 0
    for (let i = 0; i < 10_000; i++) {
      const x = r.normalish()
      expect(Math.abs(x)).toBeLessThanOrEqual(3.47)
      sum += x
    }
    expect(Math.abs(sum / 10_000)).toBeLessThan(0.05)
  })

  it('draws weighted choices in proportion', () => {
    const r = new Rng(13)
    const pick = weightedPicker([1, 0, 3])
    const counts = [0, 0, 0]
    for (let i = 0; i < 8000; i++) counts[pick(r)]! += 1
    expect(counts[1]).toBe(0)
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.6)
    expect(counts[2]! / counts[0]!).toBeLessThan(3.4)
    expect(r.weighted([['only', 1]])).toBe('only')
  })
})

describe('allocate', () => {
  it('splits a total exactly and proportionally', () => {
    expect(allocate(300, [0.1, 0.25, 0.35, 0.3])).toEqual([30, 75, 105, 90])
    const parts = allocate(7, [1, 1, 1])
    expect(parts.reduce((a, b) => a + b, 0)).toBe(7)
    expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1)
    expect(allocate(5, [0, 0])).toEqual([0, 0])
  })
})
