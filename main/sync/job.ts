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

/** Entity-specific checkpoint data (JSON-safe). */
export type CheckpointExtra = Record<string, string | number | boolean | null>

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
}

/** Knobs with sensible defaults; tests shrink them. */
export interface SyncTuning {
  /** batch/get_by_user: members per call (WeCom: ≤100). */
  readonly followUsersPerCall: number
  /** batch/get_by_user: rows per page (WeCom: ≤100). */
  readonly customersPerPage: number
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
}

export const DEFAULT_TUNING: SyncTuning = {
  followUsersPerCall: 100,
  customersPerPage: 100,
  groupsPerPage: 1000,
  groupDetailsPerStep: 50,
  groupDetailConcurrency: 4,
  groupRefreshPerRun: 100,
  groupListMaxMembers: 1000
}

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
