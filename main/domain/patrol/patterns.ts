/**
 * Visit patterns: which day indices of the period a store is visited on. Visits are spread
 * evenly: consecutive visits are at least `minGap` days apart (weekly in ten days = two visits
 * four to six days apart), so a pattern is never "Monday and Tuesday, then nothing".
 */
import { minGap } from './frequency'

export type Pattern = readonly number[]

/** Every evenly spread pattern of `visits` visits over `days` day indices (ascending). */
export function candidatePatterns(visits: number, days: number, allowed: readonly boolean[] = []): Pattern[] {
  const ok = (d: number): boolean => allowed[d] !== false
  if (visits <= 1) return Array.from({ length: days }, (_, d) => [d]).filter(([d]) => ok(d!))
  const gapMin = minGap(visits, days)
  const gapMax = Math.ceil(days / visits) + 1
  const out: number[][] = []
  const grow = (pattern: number[]): void => {
    if (pattern.length === visits) return void out.push(pattern)
    const last = pattern.at(-1)!
    for (let d = last + gapMin; d <= Math.min(days - 1, last + gapMax); d++) if (ok(d)) grow([...pattern, d])
  }
  for (let first = 0; first < days; first++) if (ok(first)) grow([first])
  return out
}

/** True when every gap between consecutive visits is at least `gap` days. */
export function isSpaced(pattern: Pattern, gap: number): boolean {
  return pattern.every((d, i) => i === 0 || d - pattern[i - 1]! >= gap)
}
