/**
 * Candidate lists: for each point the k nearest others. Local search only tries moves that create
 * an edge to a near point, which is what makes it fast without losing much (Johnson & McGeoch).
 */
export function nearestNeighbours(n: number, k0: number, dist: (a: number, b: number) => number): Int32Array {
  const k = Math.max(0, k0)
  const out = new Int32Array(n * k)
  if (n < 2 || k < 1) return out
  const idx = new Int32Array(n - 1)
  const d = new Float64Array(n)
  for (let a = 0; a < n; a++) {
    let m = 0
    for (let b = 0; b < n; b++) {
      if (b === a) continue
      d[b] = dist(a, b)
      idx[m++] = b
    }
    // A full sort is O(n log n) per row: fine up to a few thousand points.
    const sorted = Array.from(idx).sort((x, y) => d[x]! - d[y]!)
    for (let j = 0; j < k; j++) out[a * k + j] = sorted[j]!
  }
  return out
}
