/** Routing benches run only under `npm run bench:routing`, and only with the shared data. */
import { hasRoutingData, missingDataReason } from './data-dir'

const selected = process.env.ZHANGGUI_ROUTING_BENCH === '1'

export const routingBenchSkip: string | undefined = !selected
  ? 'routing benches run with `npm run bench:routing`'
  : hasRoutingData
    ? undefined
    : missingDataReason

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
