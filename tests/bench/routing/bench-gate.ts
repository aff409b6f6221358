/**
 * Routing benches need the shared data; `npm run bench` leaves these files out (its config
 * excludes routing*.bench.ts), so only `npm run bench:routing` runs them.
 */
import { hasRoutingData, missingDataReason } from './data-dir'

export const routingBenchSkip: string | undefined = hasRoutingData ? undefined : missingDataReason

export function printSkip(): void {
  if (routingBenchSkip) console.log(`skipped: ${routingBenchSkip}`)
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits
  const r = Math.round(x * f) / f
  // A tiny negative gap rounds to -0; show it as 0 (NaN stays NaN: "no figure").
  return Object.is(r, -0) ? 0 : r
}

export function mean(xs: number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length
}
