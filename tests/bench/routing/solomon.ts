/**
 * Solomon / Gehring-Homberger VRPTW reader and its mapping onto the routing model: node 0 is the
 * depot, every vehicle is one route from and back to it within the depot's window, travel time
 * = distance = real Euclidean distance, service must start by DUE DATE.
 */
import type { RoutingProblem } from '../../../main/routing/model'
import { euclideanMatrix, type Point } from '../../../main/routing/travel/euclidean'

export interface SolomonRow {
  id: number
  x: number
  y: number
  demand: number
  ready: number
  due: number
  service: number
}

export interface SolomonInstance {
  name: string
  vehicles: number
  capacity: number
  /** rows[0] is the depot. */
  rows: SolomonRow[]
}

export function parseSolomon(text: string): SolomonInstance {
  const lines = text.split(/\r?\n/).map((l) => l.trim())
  const name = lines[0] ?? ''
  const vIdx = lines.findIndex((l) => l.startsWith('NUMBER'))
  const [vehicles, capacity] = lines[vIdx + 1]!.split(/\s+/).map(Number)
  const rows: SolomonRow[] = []
  for (const l of lines.slice(lines.findIndex((x) => x.startsWith('CUST')) + 1)) {
    const f = l.split(/\s+/).map(Number)
    if (f.length < 7 || f.some((x) => !Number.isFinite(x))) continue
    rows.push({ id: f[0]!, x: f[1]!, y: f[2]!, demand: f[3]!, ready: f[4]!, due: f[5]!, service: f[6]! })
  }
  if (!(vehicles! > 0 && capacity! > 0) || rows[0]?.id !== 0) throw new Error(`${name}: not a Solomon file`)
  return { name, vehicles: vehicles!, capacity: capacity!, rows }
}

export function solomonPoints(inst: SolomonInstance): Point[] {
  return inst.rows.map((r) => ({ x: r.x, y: r.y }))
}

export function solomonProblem(inst: SolomonInstance): RoutingProblem {
  const depot = inst.rows[0]!
  return {
    matrix: euclideanMatrix(solomonPoints(inst)),
    visits: inst.rows.slice(1).map((r, i) => ({
      id: String(r.id),
      location: i + 1,
      service: r.service,
      demand: r.demand,
      windows: [{ open: r.ready, close: r.due }]
    })),
    routes: Array.from({ length: inst.vehicles }, (_, k) => ({
      id: `v${k + 1}`,
      startLocation: 0,
      endLocation: 0,
      earliest: depot.ready,
      latest: depot.due,
      capacity: inst.capacity
    }))
  }
}
