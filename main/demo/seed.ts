import type { Db } from '../db/connection'
import { generateDemo, type DemoEnterprise } from './generate'
import type { DemoOptions } from './options'
import { createCustomerWriter, type CustomerWriter } from './seed-customers'
import {
  writeCorpTags,
  writeDirectory,
  writeGroupChats,
  writeOrganisation
} from './seed-fixed-parts'

export { DEFAULT_DEMO, type DemoOptions } from './options'

export interface DemoCounts {
  departments: number
  members: number
  guides: number
  regions: number
  stores: number
  guideStores: number
  tagGroups: number
  tags: number
  groupChats: number
  customers: number
  relations: number
  relationTags: number
}

export interface DemoSeedResult {
  counts: DemoCounts
  /** Wall time of the seed, for the start-up log. */
  ms: number
}

export interface SeedRunOptions {
  /** Called every `progressEvery` relations (default 25,000), e.g. for a start-up progress bar. */
  onProgress?: (relationsDone: number, relationsTotal: number) => void
  progressEvery?: number
}

/** Tables the demo fills; any row in one of them means the cache is not ours to fill. */
const DEMO_TABLES = [
  'department',
  'member',
  'member_department',
  'region',
  'store',
  'guide_store',
  'corp_tag_group',
  'corp_tag',
  'group_chat',
  'external_contact',
  'follow_relation',
  'follow_relation_tag'
] as const

/** The streamed tables, whose secondary indexes are rebuilt once instead of grown row by row. */
const STREAMED_TABLES = ['external_contact', 'follow_relation', 'follow_relation_tag']

/** Page cache while seeding (KiB, as SQLite's negative cache_size): the hot pages stay put. */
const SEED_CACHE_KIB = 64 * 1024

function isEmptyCache(db: Db): boolean {
  const setting = (key: string) =>
    db.prepare('SELECT 1 FROM setting WHERE key = ?').get(key) !== undefined
  if (setting('demo.seededAt') || setting('wecom.corpId')) return false
  return DEMO_TABLES.every((t) => db.prepare(`SELECT 1 FROM ${t} LIMIT 1`).get() === undefined)
}

function putSetting(db: Db, key: string, value: unknown): void {
  db.prepare(
    `INSERT INTO setting (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`
  ).run(key, JSON.stringify(value))
}

/**
 * Drops the secondary indexes of the streamed tables and returns a function that recreates
 * them from their own CREATE statements. Rows arrive mostly in primary-key order but in random
 * order for these indexes (by tag, by name), where growing a B-tree row by row costs a random
 * page split every few rows; one sorted CREATE INDEX at the end is much cheaper. Both happen
 * inside the seed's transaction, so a crash can never leave an index missing.
 */
function deferIndexes(db: Db): () => void {
  const marks = STREAMED_TABLES.map(() => '?').join(', ')
  const indexes = db
    .prepare<string[], { name: string; sql: string }>(
      `SELECT name, sql FROM sqlite_master
       WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${marks}) ORDER BY name`
    )
    .all(...STREAMED_TABLES)
  for (const ix of indexes) db.exec(`DROP INDEX "${ix.name}"`)
  return () => {
    for (const ix of indexes) db.exec(ix.sql)
  }
}

/** Everything but the customers; returns the number of corp tags. */
function writeFixedParts(db: Db, demo: DemoEnterprise): number {
  const now = demo.options.now
  putSetting(db, 'demo.seed', demo.options)
  putSetting(db, 'enterprise.name', demo.options.enterpriseName)
  writeDirectory(db, demo, now)
  writeOrganisation(db, demo, now)
  writeGroupChats(db, demo, now)
  return writeCorpTags(db, demo)
}

/** Streams every customer through the writer; memory stays flat at any scale. */
function writeCustomers(demo: DemoEnterprise, w: CustomerWriter, run: SeedRunOptions) {
  const every = run.progressEvery ?? 25_000
  const total = demo.options.relations
  const totals = { customers: 0, relations: 0, relationTags: 0 }
  let nextReport = every
  for (const customer of demo.customers()) {
    totals.relationTags += w.add(customer)
    totals.customers += 1
    totals.relations += customer.follow_user.length
    if (totals.relations >= nextReport) {
      nextReport += every
      run.onProgress?.(totals.relations, total)
    }
  }
  w.flush()
  if (total % every !== 0) run.onProgress?.(totals.relations, total)
  return totals
}

function countsOf(demo: DemoEnterprise, tags: number, streamed: ReturnType<typeof writeCustomers>) {
  const counts: DemoCounts = {
    departments: demo.departments.length,
    members: demo.members.length,
    guides: demo.members.filter((m) => m.is_guide).length,
    regions: demo.regions.length,
    stores: demo.stores.length,
    guideStores: demo.guideStores.length,
    tagGroups: demo.tagGroups.length,
    tags,
    groupChats: demo.groupChats.length,
    ...streamed
  }
  return counts
}

/**
 * Seeds the demo enterprise into an empty cache and returns what it wrote; returns null, and
 * touches nothing, when the cache already holds a demo, real WeCom data or a configured corp.
 * One transaction: a crash leaves the cache empty, and the next start seeds again. The same
 * options give the same data. Settings written (JSON): `demo.seed` (the resolved options),
 * `enterprise.name` and `demo.seededAt` (epoch ms = options.now).
 */
export function seedDemoEnterprise(
  db: Db,
  options: Partial<DemoOptions> = {},
  run: SeedRunOptions = {}
): DemoSeedResult | null {
  if (!isEmptyCache(db)) return null
  const started = performance.now()
  const demo = generateDemo(options)
  const w = createCustomerWriter(db, demo.options.now)
  const cacheSize = db.pragma('cache_size', { simple: true }) as number
  db.pragma(`cache_size = ${-SEED_CACHE_KIB}`)
  try {
    const counts = db.transaction(() => {
      const tags = writeFixedParts(db, demo)
      const rebuildIndexes = deferIndexes(db)
      const streamed = writeCustomers(demo, w, run)
      rebuildIndexes()
      putSetting(db, 'demo.seededAt', demo.options.now)
      return countsOf(demo, tags, streamed)
    })()
    // Fold the WAL (as large as the data just written) into the file and shrink it.
    db.pragma('wal_checkpoint(TRUNCATE)')
    return { counts, ms: Math.round(performance.now() - started) }
  } finally {
    db.pragma(`cache_size = ${cacheSize}`)
  }
}
