import type { Db } from '../connection'
import type { GuideState, StoreAssignment, StoreRole } from '../../domain/guides/guide-state'
import { normaliseState } from '../../domain/guides/guide-state'

/** A guide's identity for matching and diff rows; `mobile` is full and never leaves main. */
export interface GuideIdentity {
  userid: string
  name: string
  mobile: string | null
}

export interface StoreInfo {
  id: string
  code: string
  name: string
  departmentId: number | null
}

/**
 * Reads and writes guides' states (guide_store, guide_tag, member.is_guide and the member's
 * WeCom department mirror). Writes join the caller's transaction and touch only what differs.
 */
export function createGuideStateRepo(db: Db) {
  const q = prepare(db)
  function statesFor(userids: readonly string[]): Map<string, GuideState> {
    const list = JSON.stringify(userids)
    const states = new Map<string, GuideState>()
    for (const m of q.members.all(list)) {
      states.set(m.userid, {
        isGuide: m.is_guide === 1,
        stores: [],
        tags: [],
        departments: [],
        mainDepartment: m.main_department,
        leaderIn: []
      })
    }
    for (const r of q.stores.all(list)) states.get(r.userid)?.stores.push({ storeId: r.store_id, role: r.role })
    for (const r of q.tags.all(list)) states.get(r.userid)?.tags.push(r.tag)
    for (const r of q.departments.all(list)) {
      const state = states.get(r.userid)
      state?.departments.push(r.department_id)
      if (r.is_leader === 1) state?.leaderIn.push(r.department_id)
    }
    for (const [id, s] of states) states.set(id, normaliseState(s))
    return states
  }

  /** Writes `after` over `before` (the current state, read in the same transaction). */
  function write(userid: string, before: GuideState, after: GuideState): void {
    if (before.isGuide !== after.isGuide) q.setGuide.run(after.isGuide ? 1 : 0, userid)
    writeStores(userid, before.stores, after.stores)
    for (const t of before.tags) if (!after.tags.includes(t)) q.deleteTag.run(userid, t)
    for (const t of after.tags) if (!before.tags.includes(t)) q.insertTag.run(userid, t)
    for (const d of before.departments) if (!after.departments.includes(d)) q.deleteDept.run(userid, d)
    for (const d of after.departments) {
      if (!before.departments.includes(d)) q.insertDept.run(userid, d, after.leaderIn.includes(d) ? 1 : 0)
    }
    if (before.mainDepartment !== after.mainDepartment) q.setMain.run(after.mainDepartment, userid)
  }

  /** Deletes first: the one-primary index must never see two primaries mid-write. */
  function writeStores(userid: string, before: readonly StoreAssignment[], after: readonly StoreAssignment[]) {
    const key = (a: StoreAssignment) => `${a.storeId}\u0000${a.role}`
    const keep = new Set(after.map(key))
    for (const a of before) if (!keep.has(key(a))) q.deleteStore.run(userid, a.storeId)
    const had = new Set(before.map(key))
    for (const a of after) if (!had.has(key(a))) q.upsertStore.run(userid, a.storeId, a.role)
  }

  return {
    statesFor,
    write,
    /** Members with 客户联系, for the paste matcher and the import. */
    identities: (): GuideIdentity[] => q.identities.all(),
    identitiesOf: (userids: readonly string[]): GuideIdentity[] =>
      q.identitiesOf.all(JSON.stringify(userids)),
    /** Live stores by id, with their WeCom department. */
    stores: (): Map<string, StoreInfo> =>
      new Map(q.allStores.all().map((s) => [s.id, { ...s, departmentId: s.department_id }]))
  }
}
export type GuideStateRepo = ReturnType<typeof createGuideStateRepo>

const IN_LIST = 'IN (SELECT value FROM json_each(?))'

function prepare(db: Db) {
  return {
    members: db.prepare<[string], { userid: string; is_guide: number; main_department: number | null }>(
      `SELECT userid, is_guide, main_department FROM member WHERE userid ${IN_LIST}`
    ),
    stores: db.prepare<[string], { userid: string; store_id: string; role: StoreRole }>(
      `SELECT userid, store_id, role FROM guide_store WHERE userid ${IN_LIST}`
    ),
    tags: db.prepare<[string], { userid: string; tag: string }>(
      `SELECT userid, tag FROM guide_tag WHERE userid ${IN_LIST}`
    ),
    departments: db.prepare<[string], { userid: string; department_id: number; is_leader: number }>(
      `SELECT userid, department_id, is_leader FROM member_department WHERE userid ${IN_LIST}`
    ),
    setGuide: db.prepare<[number, string]>('UPDATE member SET is_guide = ? WHERE userid = ?'),
    setMain: db.prepare<[number | null, string]>('UPDATE member SET main_department = ? WHERE userid = ?'),
    deleteStore: db.prepare<[string, string]>('DELETE FROM guide_store WHERE userid = ? AND store_id = ?'),
    upsertStore: db.prepare<[string, string, string]>(
      `INSERT INTO guide_store (userid, store_id, role) VALUES (?, ?, ?)
       ON CONFLICT (userid, store_id) DO UPDATE SET role = excluded.role`
    ),
    insertTag: db.prepare<[string, string]>('INSERT OR IGNORE INTO guide_tag (userid, tag) VALUES (?, ?)'),
    deleteTag: db.prepare<[string, string]>('DELETE FROM guide_tag WHERE userid = ? AND tag = ?'),
    insertDept: db.prepare<[string, number, number]>(
      'INSERT OR IGNORE INTO member_department (userid, department_id, is_leader) VALUES (?, ?, ?)'
    ),
    deleteDept: db.prepare<[string, number]>(
      'DELETE FROM member_department WHERE userid = ? AND department_id = ?'
    ),
    identities: db.prepare<[], { userid: string; name: string; mobile: string | null }>(
      'SELECT userid, name, mobile FROM member WHERE is_follow_user = 1 AND removed_at IS NULL'
    ),
    identitiesOf: db.prepare<[string], { userid: string; name: string; mobile: string | null }>(
      `SELECT userid, name, mobile FROM member WHERE userid ${IN_LIST}`
    ),
    allStores: db.prepare<[], { id: string; code: string; name: string; department_id: number | null }>(
      'SELECT id, code, name, department_id FROM store WHERE removed_at IS NULL'
    )
  }
}
