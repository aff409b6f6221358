/**
 * Corp tags (企业客户标签) in the server's state: reads shaped like get_corp_tag_list, and the
 * writes behind add/edit/del_corp_tag. WeCom lists larger `order` first.
 * Decisions where the doc is silent (spec §5): add_corp_tag with an existing group_name adds to
 * that group; deleting the last tag of a group deletes the group.
 */
import type { Db } from '../db/connection'
import { readSeededAt } from './sim-schema'

export interface TagGroupRow {
  group_id: string
  name: string
  sort_order: number
  create_time: number | null
}

export interface TagRow {
  tag_id: string
  group_id: string
  name: string
  sort_order: number
  create_time: number | null
}

export class CorpTags {
  readonly groups
  readonly tagsOfGroup
  readonly tag
  readonly group
  readonly groupByName
  readonly countLive
  private readonly fallbackTime: number

  constructor(
    private readonly db: Db,
    now: number
  ) {
    this.groups = db.prepare<[], TagGroupRow>(
      `SELECT g.group_id, g.name, g.sort_order, m.create_time FROM corp_tag_group g
       LEFT JOIN sim_tag_meta m ON m.id = g.group_id
       WHERE g.removed_at IS NULL ORDER BY g.sort_order DESC, g.group_id`
    )
    this.tagsOfGroup = db.prepare<[string], TagRow>(
      `SELECT t.tag_id, t.group_id, t.name, t.sort_order, m.create_time FROM corp_tag t
       LEFT JOIN sim_tag_meta m ON m.id = t.tag_id
       WHERE t.group_id = ? AND t.removed_at IS NULL ORDER BY t.sort_order DESC, t.tag_id`
    )
    this.tag = db.prepare<[string], TagRow>(
      `SELECT tag_id, group_id, name, sort_order, NULL AS create_time FROM corp_tag
       WHERE tag_id = ? AND removed_at IS NULL`
    )
    this.group = db.prepare<[string], TagGroupRow>(
      `SELECT group_id, name, sort_order, NULL AS create_time FROM corp_tag_group
       WHERE group_id = ? AND removed_at IS NULL`
    )
    this.groupByName = db.prepare<[string], TagGroupRow>(
      `SELECT group_id, name, sort_order, NULL AS create_time FROM corp_tag_group
       WHERE name = ? AND removed_at IS NULL ORDER BY group_id LIMIT 1`
    )
    this.countLive = db
      .prepare<[], number>('SELECT count(*) FROM corp_tag WHERE removed_at IS NULL')
      .pluck()
    // Seeded tags have no creation time in the cache schema: they date from the seed.
    this.fallbackTime = Math.floor((readSeededAt(db) ?? now) / 1000)
  }

  groupJson(group: TagGroupRow, tags: readonly TagRow[]): Record<string, unknown> {
    return {
      group_id: group.group_id,
      group_name: group.name,
      create_time: group.create_time ?? this.fallbackTime,
      order: group.sort_order,
      deleted: false,
      tag: tags.map((t) => ({
        id: t.tag_id,
        name: t.name,
        create_time: t.create_time ?? this.fallbackTime,
        order: t.sort_order,
        deleted: false
      }))
    }
  }

  insertGroup(groupId: string, name: string, order: number, createTime: number): void {
    this.db
      .prepare('INSERT INTO corp_tag_group (group_id, name, sort_order) VALUES (?, ?, ?)')
      .run(groupId, name, order)
    this.meta(groupId, createTime)
  }

  insertTag(tag: Omit<TagRow, 'create_time'>, createTime: number): void {
    this.db
      .prepare('INSERT INTO corp_tag (tag_id, group_id, name, sort_order) VALUES (?, ?, ?, ?)')
      .run(tag.tag_id, tag.group_id, tag.name, tag.sort_order)
    this.meta(tag.tag_id, createTime)
  }

  rename(table: 'corp_tag' | 'corp_tag_group', id: string, name: string, order: number): void {
    const key = table === 'corp_tag' ? 'tag_id' : 'group_id'
    this.db
      .prepare(`UPDATE ${table} SET name = ?, sort_order = ? WHERE ${key} = ?`)
      .run(name, order, id)
  }

  /** Deletes tags (and their marks on relations), then groups left without tags. */
  deleteTags(tagIds: readonly string[], groupIds: readonly string[]): void {
    const tagsOf = this.db
      .prepare<[string], string>('SELECT tag_id FROM corp_tag WHERE group_id = ?')
      .pluck()
    const all = new Set(tagIds)
    for (const groupId of groupIds) for (const id of tagsOf.all(groupId)) all.add(id)
    const touched = new Set(groupIds)
    for (const id of all) {
      const tag = this.tag.get(id)
      if (tag) touched.add(tag.group_id)
      this.db.prepare('DELETE FROM follow_relation_tag WHERE tag_id = ?').run(id)
      this.db.prepare('DELETE FROM corp_tag WHERE tag_id = ?').run(id)
      this.db.prepare('DELETE FROM sim_tag_meta WHERE id = ?').run(id)
    }
    for (const groupId of touched) {
      if (tagsOf.all(groupId).length > 0) continue
      this.db.prepare('DELETE FROM corp_tag_group WHERE group_id = ?').run(groupId)
      this.db.prepare('DELETE FROM sim_tag_meta WHERE id = ?').run(groupId)
    }
  }

  private meta(id: string, createTime: number): void {
    this.db
      .prepare('INSERT OR REPLACE INTO sim_tag_meta (id, create_time) VALUES (?, ?)')
      .run(id, createTime)
  }
}
