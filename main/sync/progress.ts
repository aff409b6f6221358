/**
 * 'sync:progress' events for the Sync screen: at most one per `minIntervalMs` (5 a second by
 * default) plus one at each entity's start and end, with an ETA and the client's quota meters.
 *
 * ETA: the current entity's remaining units at its pace so far in this attempt, plus how long
 * each later entity took in the last run that completed it ('sync.durations'); null while the
 * current entity has no pace yet.
 */
import {
  SYNC_ENTITIES,
  type QuotaMeter,
  type SyncEntity,
  type SyncProgress
} from '../../preload/contract/models'
import type { SettingRepo } from '../db/repos/setting-repo'
import type { WecomPathMeter } from '../wecom/client'
import type { StoredCheckpoint } from './sync-state'

export const DURATIONS_SETTING_KEY = 'sync.durations'

export function toQuotaMeters(meters: readonly WecomPathMeter[]): QuotaMeter[] {
  return meters.map((m) => ({
    path: m.path,
    usedMinute: m.usedMinute,
    limitMinute: m.limitMinute,
    usedHour: m.usedHour,
    limitHour: m.limitHour,
    blockedUntil: m.blockedUntil,
    concurrency: m.concurrency.limit
  }))
}

export interface ProgressDeps {
  readonly runId: string
  readonly now: () => number
  readonly minIntervalMs: number
  readonly settings: SettingRepo
  readonly meters: () => QuotaMeter[]
  readonly emit: (progress: SyncProgress) => void
}

interface Pace {
  readonly entity: SyncEntity
  startedAt: number
  fromUnit: number
  /** The entity ran from its first unit in this attempt, so its time is a full duration. */
  whole: boolean
}

export function createProgress(deps: ProgressDeps) {
  let lastEmit = Number.NEGATIVE_INFINITY
  /** Entities running now; more than one when a stage overlaps them (sync-run.ts). */
  const running = new Map<SyncEntity, Pace>()
  const stopped = new Set<SyncEntity>()
  const durations = (): Partial<Record<SyncEntity, number>> =>
    deps.settings.get<Partial<Record<SyncEntity, number>>>(DURATIONS_SETTING_KEY) ?? {}
  /**
   * The entity the screen follows: the first running one. Events of entities overlapping it are
   * not sent (their quota use shows in the lead's meters), so the bar never jumps between two.
   */
  const lead = (): SyncEntity | undefined => SYNC_ENTITIES.find((e) => running.has(e))

  function eta(entity: SyncEntity, cp: StoredCheckpoint, total: number | null): number | null {
    const pace = running.get(entity)
    if (!pace || total === null) return null
    const doneHere = cp.unit - pace.fromUnit
    if (doneHere <= 0) return null
    const perUnit = (deps.now() - pace.startedAt) / doneHere
    // Entities already running alongside finish within the lead's time, as far as we know.
    const later = SYNC_ENTITIES.slice(SYNC_ENTITIES.indexOf(entity) + 1).filter(
      (e) => !running.has(e) && !stopped.has(e)
    )
    const known = durations()
    const rest = later.reduce((sum, e) => sum + (known[e] ?? 0), 0)
    return Math.max(0, Math.round(perUnit * Math.max(0, total - cp.unit) + rest))
  }

  function send(entity: SyncEntity, cp: StoredCheckpoint, total: number | null, force: boolean) {
    if (entity !== lead()) return
    const now = deps.now()
    if (!force && now - lastEmit < deps.minIntervalMs) return
    lastEmit = now
    const { runId } = deps
    const etaMs = eta(entity, cp, total)
    deps.emit({ runId, entity, done: cp.unit, total, rows: cp.rows, etaMs, quota: deps.meters() })
  }

  return {
    started(entity: SyncEntity, from: StoredCheckpoint, total: number | null): void {
      running.set(entity, {
        entity,
        startedAt: deps.now(),
        fromUnit: from.unit,
        whole: from.unit === 0
      })
      send(entity, from, total, true)
    },
    page(entity: SyncEntity, cp: StoredCheckpoint, total: number | null, last: boolean): void {
      send(entity, cp, total, last)
    },
    /** The entity ended; a completed one's time is kept for later ETAs. */
    stopped(entity: SyncEntity, completed: boolean): void {
      const pace = running.get(entity)
      running.delete(entity)
      stopped.add(entity)
      if (!completed || !pace?.whole) return
      deps.settings.set(DURATIONS_SETTING_KEY, {
        ...durations(),
        [entity]: deps.now() - pace.startedAt
      })
    }
  }
}
export type Progress = ReturnType<typeof createProgress>
