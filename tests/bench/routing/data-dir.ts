/**
 * Where the benchmark instances live: ../shared/bench/routing beside the repo. Tests and benches
 * that need them skip, saying why, when the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const repoRoot = resolve(import.meta.dirname, '../../..')
export const ROUTING_DATA = join(repoRoot, '..', 'shared', 'bench', 'routing')
export const hasRoutingData = existsSync(join(ROUTING_DATA, 'README.md'))
export const missingDataReason = `routing benchmark data not found at ${ROUTING_DATA}`

export function readData(rel: string): string {
  return readFileSync(join(ROUTING_DATA, rel), 'utf8')
}

/** A plain CSV without quoted commas (the reference tables here have none in the columns read). */
export function readCsv(rel: string): Record<string, string>[] {
  const [head, ...rows] = readData(rel).trim().split('\n')
  const cols = head!.split(',')
  return rows.map((line) => {
    const cells = line.split(',')
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']))
  })
}
