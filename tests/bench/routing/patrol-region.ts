/**
 * A synthetic region shaped like the case: 300 stores around a city centre, 2 managers
 * × 10 working days, opening hours by store type (some mom-and-pop shops close for lunch, so they
 * have two windows), visit minutes by type, haversine travel. Times are minutes since midnight.
 */
import type { RoutingProblem, RouteSpec, TimeWindow, Visit } from '../../../main/routing/model'
import { haversineMatrix, type LatLng } from '../../../main/routing/travel/haversine'

interface StoreType {
  share: number
  service: number
  hours: [number, number][]
}

const TYPES: Record<string, StoreType> = {
  KA: { share: 0.07, service: 60, hours: [[10 * 60, 22 * 60]] },
  supermarket: { share: 0.2, service: 30, hours: [[8 * 60, 22 * 60]] },
  convenience: { share: 0.33, service: 15, hours: [[0, 24 * 60]] },
  momAndPop: { share: 0.4, service: 10, hours: [[9 * 60, 12 * 60], [14 * 60, 20 * 60]] }
}

function lcg(seed: number): () => number {
  let s = seed >>> 0
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296
}

/** Start windows: the visit must also end before closing. */
function startWindows(hours: [number, number][], service: number): TimeWindow[] {
  return hours.map(([open, close]) => ({ open, close: close - service }))
}

export function patrolRegion(stores = 300, managers = 2, days = 10, seed = 5): RoutingProblem {
  const rnd = lcg(seed)
  const centre: LatLng = { lat: 31.23, lng: 121.47 }
  const jitter = (km: number): LatLng => ({ lat: centre.lat + ((rnd() - 0.5) * km) / 111, lng: centre.lng + ((rnd() - 0.5) * km) / 95 })
  const homes = Array.from({ length: managers }, () => jitter(20))
  const points = [...homes, ...Array.from({ length: stores }, () => jitter(35))]
  const kinds = Object.values(TYPES)
  const visits: Visit[] = Array.from({ length: stores }, (_, i) => {
    let x = rnd()
    const t = kinds.find((k) => (x -= k.share) < 0) ?? kinds.at(-1)!
    return { id: `store${i}`, location: managers + i, service: t.service, windows: startWindows(t.hours, t.service) }
  })
  const routes: RouteSpec[] = []
  for (let m = 0; m < managers; m++) {
    for (let d = 0; d < days; d++) {
      routes.push({ id: `m${m}-d${d}`, startLocation: m, endLocation: m, earliest: 9 * 60, latest: 18 * 60, maxDuration: 8 * 60 })
    }
  }
  return { matrix: haversineMatrix(points), visits, routes }
}
