import type Database from 'better-sqlite3'

/**
 * Indexes for the customer-relations query (customer-query-repo.ts). Only two, both partial on
 * live rows, because each one slows the sync's relation upserts:
 * - newest first: a walk in (created_at, userid, external_userid) order that stops after one page,
 *   used when a filter matches too many rows to sort (a common tag, a one-character name prefix,
 *   no filter at all);
 * - remark prefix: the remark half of the name search (the name half uses external_contact_by_name).
 * By guide, by store and by tag need none: the primary key, guide_store_by_store and
 * follow_relation_tag_by_tag already reach the rows.
 */
export default function migrate0110(db: Database.Database): void {
  db.exec(`
    CREATE INDEX follow_relation_live_by_created ON follow_relation (created_at)
      WHERE removed_at IS NULL;
    CREATE INDEX follow_relation_live_by_remark ON follow_relation (remark)
      WHERE removed_at IS NULL AND remark IS NOT NULL;
  `)
}
