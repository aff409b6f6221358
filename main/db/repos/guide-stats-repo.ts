import type { Db } from '../connection'

/**
 * guide_stats: customers and groups per member, so the guide grid never counts millions of
 * follow relations per query. Refreshed whole in one statement (one index range count per
 * member over follow_relation's primary key and group_chat_by_owner) after a sync writes
 * customers or groups; a few hundred ms at millions of relations, once per sync.
 */
export function createGuideStatsRepo(db: Db) {
  const refresh = db.prepare<{ now: number }>(
    `INSERT INTO guide_stats (userid, customer_count, group_count, refreshed_at)
     SELECT m.userid,
       (SELECT count(*) FROM follow_relation f WHERE f.userid = m.userid AND f.removed_at IS NULL),
       (SELECT count(*) FROM group_chat g WHERE g.owner = m.userid AND g.removed_at IS NULL),
       @now
     FROM member m WHERE true
     ON CONFLICT (userid) DO UPDATE SET customer_count = excluded.customer_count,
       group_count = excluded.group_count, refreshed_at = excluded.refreshed_at`
  )
  return {
    /** Returns the number of members refreshed. */
    refresh: (now: number): number => refresh.run({ now }).changes
  }
}
export type GuideStatsRepo = ReturnType<typeof createGuideStatsRepo>
