/** TSPLIB .tsp (EUC_2D) and .opt.tour readers. */
import type { Point } from '../../../main/routing/travel/euclidean'

export interface TsplibInstance {
  name: string
  points: Point[]
}

export function parseTsplib(text: string): TsplibInstance {
  const lines = text.split(/\r?\n/)
  const header: Record<string, string> = {}
  const points: Point[] = []
  let inCoords = false
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '' || line === 'EOF') continue
    if (line.startsWith('NODE_COORD_SECTION')) {
      inCoords = true
      continue
    }
    if (!inCoords) {
      const m = /^([A-Z_]+)\s*:\s*(.*)$/.exec(line)
      if (m) header[m[1]!] = m[2]!.trim()
      continue
    }
    const [, x, y] = line.split(/\s+/)
    points.push({ x: Number(x), y: Number(y) })
  }
  if (header.EDGE_WEIGHT_TYPE !== 'EUC_2D') throw new Error(`unsupported EDGE_WEIGHT_TYPE ${header.EDGE_WEIGHT_TYPE}`)
  const dim = Number(header.DIMENSION)
  if (points.length !== dim || points.some((p) => !Number.isFinite(p.x) || !Number.isFinite(p.y))) {
    throw new Error(`${header.NAME}: expected ${dim} coordinates, read ${points.length}`)
  }
  return { name: header.NAME ?? '', points }
}

/** 0-based node order of an .opt.tour file. */
export function parseTour(text: string): number[] {
  const body = text.split('TOUR_SECTION')[1] ?? ''
  const out: number[] = []
  for (const tok of body.split(/\s+/)) {
    if (tok === '' || tok === 'EOF') continue
    const id = Number(tok)
    if (id === -1) break
    out.push(id - 1)
  }
  return out
}
