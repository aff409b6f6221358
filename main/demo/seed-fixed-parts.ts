import type { Db } from '../db/connection'
import type { DemoEnterprise } from './generate'

/**
 * Writes the small, fixed parts of the demo (directory, organisation, tags, groups), mapping
 * WeCom-shaped records to cache rows: seconds → epoch ms, booleans → 0/1, gender strings →
 * numbers. `syncedAt` stamps every row as of the demo's "now".
 */

export function writeDirectory(db: Db, demo: DemoEnterprise, syncedAt: number): void {
  const department = db.prepare(
    'INSERT INTO department (id, name, parent_id, sort_order, synced_at) VALUES (?, ?, ?, ?, ?)'
  )
  const member = db.prepare(
    `INSERT INTO member (userid, name, mobile, gender, status, main_department, position,
       is_follow_user, is_guide, synced_at)
     VALUES (@userid, @name, @mobile, @gender, @status, @main_department, @position,
       @followUser, @guide, @syncedAt)`
  )
  const memberDepartment = db.prepare(
    'INSERT INTO member_department (userid, department_id, is_leader) VALUES (?, ?, ?)'
  )
  for (const d of demo.departments) department.run(d.id, d.name, d.parentid, d.order, syncedAt)
  for (const m of demo.members) {
    const flags = { followUser: m.is_follow_user ? 1 : 0, guide: m.is_guide ? 1 : 0 }
    member.run({ ...m, ...flags, gender: Number(m.gender), syncedAt })
    m.department.forEach((id, i) => {
      memberDepartment.run(m.userid, id, m.is_leader_in_dept[i] ?? 0)
    })
  }
}

export function writeOrganisation(db: Db, demo: DemoEnterprise, updatedAt: number): void {
  const region = db.prepare(
    'INSERT INTO region (id, name, department_id, sort_order) VALUES (?, ?, ?, ?)'
  )
  const store = db.prepare(
    `INSERT INTO store (id, code, name, region_id, department_id, city, address, type,
       opening_hours, visit_minutes, lng, lat, updated_at)
     VALUES (@id, @code, @name, @region_id, @department_id, @city, @address, @type,
       @opening_hours, @visit_minutes, @lng, @lat, @updatedAt)`
  )
  const guideStore = db.prepare('INSERT INTO guide_store (userid, store_id, role) VALUES (?, ?, ?)')
  for (const r of demo.regions) region.run(r.id, r.name, r.department_id, r.sort_order)
  for (const s of demo.stores) store.run({ ...s, updatedAt })
  for (const g of demo.guideStores) guideStore.run(g.userid, g.store_id, g.role)
}

/** Returns the number of corp tags written. */
export function writeCorpTags(db: Db, demo: DemoEnterprise): number {
  const group = db.prepare(
    'INSERT INTO corp_tag_group (group_id, name, sort_order) VALUES (?, ?, ?)'
  )
  const tag = db.prepare(
    'INSERT INTO corp_tag (tag_id, group_id, name, sort_order) VALUES (?, ?, ?, ?)'
  )
  let tags = 0
  for (const g of demo.tagGroups) {
    group.run(g.group_id, g.group_name, g.order)
    for (const t of g.tag) tag.run(t.id, g.group_id, t.name, t.order)
    tags += g.tag.length
  }
  return tags
}

export function writeGroupChats(db: Db, demo: DemoEnterprise, syncedAt: number): void {
  const chat = db.prepare(
    `INSERT INTO group_chat (chat_id, name, owner, member_count, status, created_at, synced_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`
  )
  for (const c of demo.groupChats) {
    chat.run(c.chat_id, c.name, c.owner, c.member_count, c.status, c.create_time * 1000, syncedAt)
  }
}
