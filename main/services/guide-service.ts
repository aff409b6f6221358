import type { GuideList, GuideMatchResult, GuideQuery, GuideRow } from '../../preload/contract/models'
import type { GuideRepo } from '../db/repos/guide-repo'
import type { GuideStateRepo } from '../db/repos/guide-state-repo'
import type { GuideStoreSummaryRepo } from '../db/repos/guide-store-summary-repo'
import { MAX_PASTE_LINES, matchPastedLines } from '../domain/guides/paste-matcher'
import { AppError } from '../errors'
import { assignmentSheet } from './guide-assignment-sheet'
import { exportGuides } from './guide-export'

/** Reading, matching and exporting guides: the read side of the 导购 screen. */
export function createGuideService(deps: {
  guides: GuideRepo
  states: GuideStateRepo
  storeSummary: GuideStoreSummaryRepo
  now: () => number
}) {
  const { guides, states, now } = deps

  /** Rows carry their write-back state (guide_view keeps the outbox's latest row per guide). */
  function rows(q: GuideQuery): GuideRow[] {
    const list = guides.list(q)
    return q.sort?.column === 'writeback' ? sortByWriteback(list, q.sort.desc) : list
  }

  return {
    list: (q: GuideQuery): GuideList => ({ rows: rows(q), total: guides.total() }),
    facets: () => guides.facets(),
    export: (q: GuideQuery) => exportGuides(rows(q), new Date(now())),
    /** The import's template, pre-filled with the view's current assignments. */
    exportAssignments: (q: GuideQuery) => assignmentSheet(guides.list(q), new Date(now())),
    match(text: string): GuideMatchResult {
      if (text.split('\n').length > MAX_PASTE_LINES) {
        throw new AppError('invalid-input', `一次最多粘贴 ${MAX_PASTE_LINES} 行，请分批粘贴`)
      }
      return matchPastedLines(text, states.identities())
    },
    storeSummary: (storeId: string) => deps.storeSummary.summary(storeId)
  }
}
export type GuideService = ReturnType<typeof createGuideService>

/** Failed first (it needs the operator), then in flight, then delivered, then never written. */
const WRITEBACK_RANK: Record<string, number> = { failed: 0, pending: 1, sending: 2, delivered: 3 }
const rankOf = (r: GuideRow): number => (r.writeback ? (WRITEBACK_RANK[r.writeback.state] ?? 4) : 5)

function sortByWriteback(rows: GuideRow[], desc: boolean): GuideRow[] {
  const sign = desc ? -1 : 1
  // Rows arrive by name; a stable sort keeps that order within a state.
  return [...rows].sort((a, b) => sign * (rankOf(a) - rankOf(b)))
}
