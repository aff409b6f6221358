import { describe, expect, it } from 'vitest'
import { haversineKm, haversineMatrix } from '../../../main/routing/travel/haversine'
import { euclideanMatrix, tsplibEuc2dMatrix } from '../../../main/routing/travel/euclidean'

describe('travel models', () => {
  it('haversine: Beijing to Shanghai is about 1,068 km as the crow flies', () => {
    const km = haversineKm({ lat: 39.9042, lng: 116.4074 }, { lat: 31.2304, lng: 121.4737 })
    expect(km).toBeGreaterThan(1060)
    expect(km).toBeLessThan(1075)
  })

  it('road factor and speed turn km into minutes', () => {
    const m = haversineMatrix([{ lat: 31.23, lng: 121.47 }, { lat: 31.23, lng: 121.57 }], { roadFactor: 1.5, speedKmh: 30 })
    const km = haversineKm({ lat: 31.23, lng: 121.47 }, { lat: 31.23, lng: 121.57 })
    expect(m.distance![1]).toBeCloseTo(km * 1.5, 9)
    expect(m.time[1]).toBeCloseTo(((km * 1.5) / 30) * 60, 9)
    expect(m.time[0]).toBe(0)
  })

  it('TSPLIB EUC_2D rounds to the nearest integer, Solomon keeps reals', () => {
    const pts = [{ x: 0, y: 0 }, { x: 1, y: 1 }, { x: 3, y: 4 }]
    expect(Array.from(tsplibEuc2dMatrix(pts).cost)).toEqual([0, 1, 5, 1, 0, 4, 5, 4, 0])
    expect(euclideanMatrix(pts).cost[1]).toBeCloseTo(Math.SQRT2, 12)
  })
})
