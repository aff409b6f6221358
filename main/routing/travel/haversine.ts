/**
 * The default travel model for stores: great-circle distance × a road factor (roads are not
 * straight), divided by a speed. Coordinates are GCJ-02 degrees; the offset from WGS-84 is a
 * few hundred metres, irrelevant at this precision.
 */
import { matrixFrom, type TravelMatrix } from './matrix'

export interface LatLng {
  lat: number
  lng: number
}

export interface RoadModel {
  /** Road distance ÷ straight-line distance; 1.3–1.4 is typical of Chinese cities. */
  roadFactor: number
  /** Average speed in km/h. */
  speedKmh: number
}

export const DEFAULT_ROAD_MODEL: RoadModel = { roadFactor: 1.35, speedKmh: 30 }
const EARTH_RADIUS_KM = 6371.0088

export function haversineKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Time in minutes, distance in km; cost is time (the app minimises travel time). */
export function haversineMatrix(points: readonly LatLng[], model: RoadModel = DEFAULT_ROAD_MODEL): TravelMatrix {
  const n = points.length
  const distance = matrixFrom(n, (i, j) => haversineKm(points[i]!, points[j]!) * model.roadFactor)
  const time = distance.map((km) => (km / model.speedKmh) * 60)
  return { size: n, time, cost: time, distance }
}
