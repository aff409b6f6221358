import type { Db } from '../connection'
import type { StoreGuideSummary } from '../../../preload/contract/models'
import { statusOf } from '../../domain/guides/guide-status'

/** Guides shown per store in the drawer; the counts cover all of them. */
const MAX_GUIDES = 200

/** A store's guides (members with 客户联系) and their customer and group counts from guide_stats. */
export function createGuideStoreSummaryRepo(db: Db) {
  const guides = db.prepare<[string], { userid: string; name: string; role: 'primary' | 'secondary'; status: number; customerCount: number; groupCount: number }>(
    `SELECT m.userid, m.name, x.role, m.status,
       coalesce(st.customer_count, 0) AS customerCount, coalesce(st.group_count, 0) AS groupCount
     FROM guide_store x JOIN member m ON m.userid = x.userid
     LEFT JOIN guide_stats st ON st.userid = m.userid
     WHERE x.store_id = ? AND m.is_follow_user = 1 AND m.removed_at IS NULL
     ORDER BY x.role = 'secondary', m.name, m.userid`
  )
  return {
    summary(storeId: string): StoreGuideSummary {
      const all = guides.all(storeId)
      return {
        guideCount: all.length,
        activeGuideCount: all.filter((g) => g.status === 1).length,
        customerCount: all.reduce((n, g) => n + g.customerCount, 0),
        groupCount: all.reduce((n, g) => n + g.groupCount, 0),
        guides: all.slice(0, MAX_GUIDES).map((g) => ({
          userid: g.userid,
          name: g.name,
          role: g.role,
          status: statusOf(g.status),
          customerCount: g.customerCount
        }))
      }
    }
  }
}
export type GuideStoreSummaryRepo = ReturnType<typeof createGuideStoreSummaryRepo>
