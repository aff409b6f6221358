import type { Db } from '../connection'

/**
 * One listed guide as the grid shows it, built from the base tables. Removed stores and members
 * are history: they never show as assignments. The outbox column is the reader's "latest
 * non-superseded row" (main/outbox/outbox-reader.ts), found through sync_outbox_by_entity.
 */
const BUILD = `
  INSERT INTO guide_view (userid, name, mobile, search_text, status, is_guide, synced_at,
    p_id, p_code, p_name, region_id, region_name, region_sort, others, tags, store_count,
    customer_count, group_count, wb_state, wb_code, wb_error)
  SELECT m.userid, m.name, m.mobile,
    lower(m.name || ' ' || m.userid || ' ' || coalesce(m.mobile, '')),
    m.status, m.is_guide, m.synced_at,
    ps.id, ps.code, ps.name, r.id, r.name, r.sort_order,
    (SELECT json_group_array(json_object('code', code, 'id', id, 'name', name)) FROM (
       SELECT s.code, s.id, s.name FROM guide_store x JOIN store s ON s.id = x.store_id AND s.removed_at IS NULL
        WHERE x.userid = m.userid AND x.role = 'secondary' ORDER BY x.store_id)),
    (SELECT json_group_array(tag) FROM (SELECT tag FROM guide_tag t WHERE t.userid = m.userid ORDER BY tag)),
    (SELECT count(*) FROM guide_store y JOIN store ys ON ys.id = y.store_id AND ys.removed_at IS NULL
      WHERE y.userid = m.userid),
    coalesce(st.customer_count, 0), coalesce(st.group_count, 0),
    o.state, o.error_code, o.last_error
  FROM guide_view_dirty d
  JOIN member m ON m.userid = d.userid
  LEFT JOIN guide_store p ON p.userid = m.userid AND p.role = 'primary'
  LEFT JOIN store ps ON ps.id = p.store_id AND ps.removed_at IS NULL
  LEFT JOIN region r ON r.id = ps.region_id
  LEFT JOIN guide_stats st ON st.userid = m.userid
  LEFT JOIN sync_outbox o ON o.id = (SELECT max(l.id) FROM sync_outbox l
    WHERE l.entity = 'member' AND l.entity_id = m.userid AND l.state != 'superseded')
  WHERE m.is_follow_user = 1 AND m.removed_at IS NULL`

/**
 * Keeps guide_view current (migration 0090): triggers mark changed guides, `refresh` rebuilds
 * exactly those rows. Call it before reading guide_view; it is a no-op when nothing changed.
 */
export function createGuideViewRepo(db: Db) {
  const pending = db.prepare<[], number>('SELECT EXISTS (SELECT 1 FROM guide_view_dirty)').pluck()
  const drop = db.prepare('DELETE FROM guide_view WHERE userid IN (SELECT userid FROM guide_view_dirty)')
  const build = db.prepare(BUILD)
  const clear = db.prepare('DELETE FROM guide_view_dirty')
  // One transaction: a reader never sees the marked rows dropped but not yet rebuilt.
  const rebuild = db.transaction(() => {
    drop.run()
    build.run()
    clear.run()
  })
  return {
    /** Rebuilds the guides marked since the last call. */
    refresh(): void {
      if (pending.get() === 1) rebuild()
    }
  }
}
export type GuideViewRepo = ReturnType<typeof createGuideViewRepo>
