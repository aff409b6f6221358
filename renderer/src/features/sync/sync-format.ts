import {
  SYNC_ENTITIES,
  type Locale,
  type SyncEntityStatus,
  type SyncEntity,
  type SyncOverview,
  type SyncProgress
} from '../../../../preload/contract/models'
import { format } from '../../i18n/locale'
import type { DurationWords } from './strings'

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

/**
 * "3 分 20 秒": the two largest units, because an ETA to the second over an hour is false
 * precision, and seconds alone are unreadable past a minute.
 */
export function formatDuration(ms: number, words: DurationWords): string {
  if (!Number.isFinite(ms) || ms < SECOND) return words.lessThanSecond
  if (ms >= HOUR) {
    const totalMinutes = Math.round(ms / MINUTE)
    return format(words.hours, { h: Math.floor(totalMinutes / 60), m: totalMinutes % 60 })
  }
  if (ms >= MINUTE) {
    const totalSeconds = Math.round(ms / SECOND)
    // 59.6 s rounds to 60 s: say "1 分 0 秒", not "0 分 60 秒".
    return format(words.minutes, { m: Math.floor(totalSeconds / 60), s: totalSeconds % 60 })
  }
  return format(words.seconds, { s: Math.floor(ms / SECOND) })
}

/** A countdown as a clock reads: 4:05, 1:00:00. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / SECOND))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

export const formatDateTime = (epochMs: number, locale: Locale): string =>
  new Date(epochMs).toLocaleString(locale, { hour12: false })

/** Today's times need no date; the header has little room. */
export function formatWhen(epochMs: number, locale: Locale, now: number): string {
  const at = new Date(epochMs)
  const sameDay = at.toDateString() === new Date(now).toDateString()
  return sameDay
    ? at.toLocaleTimeString(locale, { hour12: false, hour: '2-digit', minute: '2-digit' })
    : formatDateTime(epochMs, locale)
}

/** 0–100, or null while the total is not known yet. */
export function entityPercent(done: number, total: number | null): number | null {
  if (total === null) return null
  if (total <= 0) return 100
  return Math.min(100, Math.floor((done / total) * 100))
}

/**
 * The whole run's progress, each entity weighing an equal share. Customers take most of the
 * time, so this is not a clock; it is monotone, though, which a time-based share fed by a
 * jumping ETA is not, and the ETA line beside it tells the time.
 */
export function overallPercent(progress: Pick<SyncProgress, 'entity' | 'done' | 'total'>): number {
  const index = SYNC_ENTITIES.indexOf(progress.entity)
  const within = (entityPercent(progress.done, progress.total) ?? 0) / 100
  return Math.min(99, Math.floor(((Math.max(0, index) + within) / SYNC_ENTITIES.length) * 100))
}

/**
 * The progress event worth showing, if any. An event for the run the overview already reports
 * as finished is left over (its `sync:finished` was missed while the event stream reconnected).
 */
export function liveProgress(
  overview: Pick<SyncOverview, 'running' | 'lastRun'> | undefined,
  progress: SyncProgress | null
): SyncProgress | null {
  if (!progress) return null
  if (overview && !overview.running && overview.lastRun?.runId === progress.runId) return null
  return progress
}

/**
 * The overview's rows, with the entity in progress updated from the latest event: events
 * arrive several times a second, the overview only on a poll.
 */
export function mergeProgress(
  entities: SyncEntityStatus[],
  progress: SyncProgress | null
): SyncEntityStatus[] {
  const byEntity = new Map(entities.map((e) => [e.entity, e]))
  return SYNC_ENTITIES.filter((e) => byEntity.has(e) || e === progress?.entity).map((entity) => {
    const row = byEntity.get(entity) ?? idleRow(entity)
    if (!progress || progress.entity !== entity) return row
    return {
      ...row,
      state: 'running',
      done: progress.done,
      total: progress.total,
      rows: progress.rows,
      finishedAt: null,
      lastError: null
    }
  })
}

const idleRow = (entity: SyncEntity): SyncEntityStatus => ({
  entity,
  state: 'idle',
  done: 0,
  total: null,
  rows: 0,
  startedAt: null,
  finishedAt: null,
  lastError: null
})

export const totalRows = (rows: Partial<Record<SyncEntity, number>>): number =>
  Object.values(rows).reduce((sum, n) => sum + (n ?? 0), 0)

/** 12,345 in both locales; the locale is explicit so the machine's own does not leak in. */
export const formatCount = (n: number, locale: Locale): string => n.toLocaleString(locale)
