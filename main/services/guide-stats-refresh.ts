import type { EventBus } from '../app/event-bus'
import type { GuideStatsRepo } from '../db/repos/guide-stats-repo'

/** Tables whose writes change a guide's customer or group count. */
const SOURCES = ['follow_relation', 'group_chat']

/**
 * Keeps guide_stats current: whenever a write to follow relations or groups is
 * announced (the sync engine announces each entity once it has written it; handovers do the
 * same), the stats are refreshed in one statement and the grid is told. Returns unsubscribe.
 */
export function keepGuideStatsFresh(events: EventBus, stats: GuideStatsRepo, now: () => number): () => void {
  return events.subscribe((event, payload) => {
    if (event !== 'db:changed') return
    // The listener is generic over events; this one is db:changed.
    const { tables } = payload as { tables: string[] }
    if (!tables.some((t) => SOURCES.includes(t))) return
    stats.refresh(now())
    events.emit('db:changed', { tables: ['guide_stats'] })
  })
}
