/**
 * Seeded simulator databases for the sync benchmarks. Seeding a million relations takes ~20 s,
 * so each seed is kept in node_modules/.cache/zhanggui-bench/, keyed by the demo options and
 * the schema version, and every run works on its own copy (a sync never shares state with the
 * next run through the simulator's sim_* tables).
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { LATEST_VERSION } from '../../../main/db/migrations'
import { seedDemoEnterprise, type DemoOptions } from '../../../main/demo/seed'

const CACHE_DIR = join(import.meta.dirname, '../../../node_modules/.cache/zhanggui-bench')

export interface SeededCopy {
  /** A private copy of the seeded database, for createWecomSimulator({ file }). */
  readonly file: string
  /** Seconds spent seeding in this run; 0 when the cached seed was reused. */
  readonly seedSeconds: number
}

/** Copies the cached seed for `demo` into `dir`, seeding it first if it is not cached yet. */
export function seededSimCopy(demo: DemoOptions, dir: string): SeededCopy {
  const { seed, stores, guides, relations } = demo
  const key = `sim-v${LATEST_VERSION}-s${seed}-st${stores}-g${guides}-r${relations}`
  const cached = join(CACHE_DIR, `${key}.sqlite`)
  let seedSeconds = 0
  if (!existsSync(cached)) seedSeconds = seedInto(cached, demo)
  const file = join(dir, 'wecom-sim.sqlite')
  copyFileSync(cached, file)
  return { file, seedSeconds }
}

function seedInto(target: string, demo: DemoOptions): number {
  mkdirSync(CACHE_DIR, { recursive: true })
  // Seed beside the target and rename, so a killed run never leaves a half-seeded cache entry.
  const partial = `${target}.partial`
  rmSync(partial, { force: true })
  const started = performance.now()
  const db = openDatabase(partial)
  try {
    seedDemoEnterprise(db, demo)
  } finally {
    db.close() // the seed folded its WAL into the file, so the file alone is the whole database
  }
  renameSync(partial, target)
  return (performance.now() - started) / 1000
}
