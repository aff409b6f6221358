/**
 * The shape every entity's sync job has. A job turns one checkpoint into one WeCom page (or a
 * small batch of calls) and says what to write and where to resume; the runner writes the page
 * and the next checkpoint in ONE transaction, so a crash at any moment resumes from the last
 * page that landed. Writes are idempotent upserts: re-applying a page is harmless.
 */
import type { Db } from '../db/connection'
import type { CustomerRepo } from '../db/repos/customer-repo'
import type { DirectoryRepo } from '../db/repos/directory-repo'
import type { GroupChatRepo } from '../db/repos/group-chat-repo'
import type { OrgRepo } from '../db/repos/org-repo'
import type { SettingRepo } from '../db/repos/setting-repo'
import type { OrgMappingRule } from '../domain/org/org-mapping-rule'
import type { WecomClient } from '../wecom/client'
import type { SyncEntity } from '../../preload/contract/models'

export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue }

/** Entity-specific checkpoint data (JSON-safe). */
export type CheckpointExtra = Record<string, JsonValue>

/** Where an entity resumes. Stored as JSON in sync_state.cursor. */
export interface Checkpoint {
  /** Index of the unit of work in progress (a department, a chunk of follow users…). */
  readonly unit: number
  /** WeCom cursor of the unit's next page; '' = its first page. */
  readonly cursor: string
  readonly extra?: CheckpointExtra | undefined
}

export const FIRST_CHECKPOINT: Checkpoint = { unit: 0, cursor: '' }

export interface Step {
  /** Writes the page's rows; runs inside the page's transaction. Returns rows written. */
  write(): number
  /** Where to go on; null = the entity is complete and is swept in this same transaction. */
  readonly next: Checkpoint | null
}

export interface EntityJob {
  readonly entity: SyncEntity
  /** Tables the job writes, for 'db:changed'. */
  readonly tables: readonly string[]
  /** Units of work this entity has (may be refined as it learns more); null = unknown. */
  total(): number | null
  /** Calls WeCom; never writes. Throws WecomError on a failure the client could not absorb. */
  step(checkpoint: Checkpoint): Promise<Step>
  /** Marks rows the run did not see as removed; runs in the last page's transaction. */
  sweep(): number
  /**
   * For jobs that fetch ahead: start nothing more and wait for the calls in flight, so a
   * failed or cancelled entity leaves no call behind. The runner calls it once, at the end.
   */
  stop?(): Promise<void>
}

/** Knobs with sensible defaults; tests shrink them. */
export interface SyncTuning {
  /** batch/get_by_user: members per call (WeCom: ≤100). */
  readonly followUsersPerCall: number
  /** batch/get_by_user: rows per page (WeCom: ≤100). */
  readonly customersPerPage: number
  /** Chunks of follow users whose pages are fetched at once (each chunk's pages in order). */
  readonly customerLanes: number
  /**
   * Customer pages committed together with their checkpoint. A commit rewrites every B-tree
   * page it touched into the WAL, and a page's customers land all over the customer table and
   * its indexes, so one commit per page spends most of the write time on commits.
   */
  readonly customerPagesPerCommit: number
  /** groupchat/list: chats per page (WeCom: ≤1000). */
  readonly groupsPerPage: number
  /** groupchat/get calls committed together. */
  readonly groupDetailsPerStep: number
  /** groupchat/get calls in flight at once. */
  readonly groupDetailConcurrency: number
  /** Chats whose details are re-read per run although their list entry did not change. */
  readonly groupRefreshPerRun: number
  /** Above this many members, groupchat/list needs owner_filter (else 81017, doc 93414). */
  readonly groupListMaxMembers: number
  /** WAL pages between automatic checkpoints while a run lasts (bulk-writes.ts); 0 = SQLite's. */
  readonly walCheckpointPages: number
}

export const DEFAULT_TUNING: SyncTuning = {
  followUsersPerCall: 100,
  customersPerPage: 100,
  // Against WeCom (~100 ms a call) four lanes fetch ~40 pages a second, 1M relations in ~4 min;
  // the client's per-path concurrency (default 4, halved on 45033) still bounds them.
  customerLanes: 4,
  // ~5,000 rows a commit: a crash refetches at most that; ~1 s of fetching against WeCom.
  customerPagesPerCommit: 50,
  groupsPerPage: 1000,
  groupDetailsPerStep: 50,
  groupDetailConcurrency: 4,
  groupRefreshPerRun: 100,
  groupListMaxMembers: 1000,
  // ~200 MB of WAL between checkpoints (4 KiB pages); folded in and truncated after the run.
  walCheckpointPages: 50_000
}

/**
 * Share of WeCom's per-API quota (10,000/min, 150,000/h per corp) the app's client paces at.
 * A full sync is one long burst on a few APIs where every point of the quota is time saved;
 * the console's interactive calls and outbox writes share the same client and so the same
 * token bucket, and the 10% left covers another app of the corp calling the same API now and
 * then. If that trips 45009 anyway, the client pauses that API for the window and carries on.
 * (The client spaces sends in whole milliseconds, so today 0.9 paces at 7 ms: 8,571/min.)
 */
export const SYNC_QUOTA_FRACTION = 0.9

export interface JobContext {
  readonly db: Db
  readonly client: WecomClient
  /** The run's epoch: every row written gets synced_at = run; kept across a resume. */
  readonly run: number
  readonly now: () => number
  readonly rule: OrgMappingRule
  readonly tuning: SyncTuning
  readonly directory: DirectoryRepo
  readonly org: OrgRepo
  readonly customers: CustomerRepo
  readonly groupChats: GroupChatRepo
  readonly settings: SettingRepo
}

/** Splits a list into chunks of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/**
 * Units are rebuilt from the cache when a run resumes (departments, chunks of follow users).
 * Each checkpoint keeps the key of its unit's first item, so a resume can tell that the list
 * moved under it (it should not: earlier entities are done) and start the entity over rather
 * than skip items, whose rows the sweep would then wrongly mark removed.
 */
export type UnitKey = string | number

/** A checkpoint inside `unit`, remembering which item the unit starts with. */
export function within(unit: number, cursor: string, key: UnitKey | undefined): Checkpoint {
  return { unit, cursor, extra: key === undefined ? undefined : { key } }
}

/** The checkpoint after unit `unit` is finished: the next unit, or null when none is left. */
export function afterUnit(unit: number, keys: readonly UnitKey[]): Checkpoint | null {
  return unit + 1 < keys.length ? within(unit + 1, '', keys[unit + 1]) : null
}

/** True when the checkpoint was taken over a different list of units than `key` says. */
export function unitsMoved(checkpoint: Checkpoint, key: UnitKey | undefined): boolean {
  const stored = checkpoint.extra?.key
  return stored !== undefined && stored !== null && stored !== key
}

/** Back to the entity's first unit (writes are idempotent, so redoing is safe). */
export function restartStep(keys: readonly UnitKey[]): Step {
  return { next: within(0, '', keys[0]), write: () => 0 }
}
