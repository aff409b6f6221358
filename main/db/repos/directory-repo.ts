import type { Db } from '../connection'

/** A department as WeCom's department/list gives it. */
export interface DepartmentWrite {
  id: number
  name: string
  name_en: string | null
  parent_id: number
  sort_order: number
}

/**
 * A member as user/list gives it. mobile and gender are null when WeCom withheld them (since
 * 2022-06-20 only the 通讯录同步 token gets them): the cache then keeps what it had.
 */
export interface MemberWrite {
  userid: string
  name: string
  mobile: string | null
  gender: number | null
  status: number
  main_department: number | null
  position: string | null
}

export interface MemberDepartmentWrite {
  department_id: number
  is_leader: number
}

export interface LiveDepartment {
  id: number
  name: string
  parent_id: number
  sort_order: number
}

/**
 * Sync's writes to department, member and member_department. Every write is an idempotent
 * upsert stamped with the run's epoch (`synced_at`), so re-applying a page after a crash is
 * harmless and rows the run did not see can be swept afterwards. Opens no transactions.
 */
export function createDirectoryRepo(db: Db) {
  const upsertDepartment = db.prepare<DepartmentWrite & { run: number }>(
    `INSERT INTO department (id, name, name_en, parent_id, sort_order, removed_at, synced_at)
     VALUES (@id, @name, @name_en, @parent_id, @sort_order, NULL, @run)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_en = excluded.name_en,
       parent_id = excluded.parent_id, sort_order = excluded.sort_order, removed_at = NULL,
       synced_at = excluded.synced_at`
  )
  const sweepDepartments = db.prepare<{ run: number; now: number }>(
    'UPDATE department SET removed_at = @now WHERE removed_at IS NULL AND synced_at IS NOT @run'
  )
  const liveDepartments = db.prepare<[], LiveDepartment>(
    'SELECT id, name, parent_id, sort_order FROM department WHERE removed_at IS NULL ORDER BY id'
  )
  const upsertMember = db.prepare<MemberWrite & { run: number; keep: number }>(
    `INSERT INTO member (userid, name, mobile, gender, status, main_department, position,
       removed_at, synced_at)
     VALUES (@userid, @name, @mobile, coalesce(@gender, 0), @status, @main_department, @position,
       NULL, @run)
     ON CONFLICT (userid) DO UPDATE SET name = excluded.name,
       mobile = coalesce(@mobile, member.mobile), gender = coalesce(@gender, member.gender),
       status = excluded.status,
       main_department = CASE WHEN @keep THEN member.main_department
         ELSE excluded.main_department END,
       position = excluded.position, removed_at = NULL, synced_at = excluded.synced_at`
  )
  const deleteMemberDepartments = db.prepare<[string]>(
    'DELETE FROM member_department WHERE userid = ?'
  )
  const insertMemberDepartment = db.prepare<[string, number, number]>(
    `INSERT INTO member_department (userid, department_id, is_leader) VALUES (?, ?, ?)
     ON CONFLICT DO UPDATE SET is_leader = excluded.is_leader`
  )
  const sweepMembers = db.prepare<{ run: number; now: number }>(
    'UPDATE member SET removed_at = @now WHERE removed_at IS NULL AND synced_at IS NOT @run'
  )
  const setFollowUsers = db.prepare<{ list: string }>(
    `UPDATE member SET is_follow_user = (userid IN (SELECT value FROM json_each(@list)))
     WHERE is_follow_user IS NOT (userid IN (SELECT value FROM json_each(@list)))`
  )
  const followUserIds = db
    .prepare<[], string>(
      `SELECT userid FROM member WHERE is_follow_user = 1 AND removed_at IS NULL
       ORDER BY userid`
    )
    .pluck()
  const liveMemberCount = db
    .prepare<[], number>('SELECT count(*) FROM member WHERE removed_at IS NULL')
    .pluck()

  return {
    upsertDepartment: (d: DepartmentWrite, run: number) => void upsertDepartment.run({ ...d, run }),
    /** Marks departments the run did not see as removed; returns how many. */
    sweepDepartments: (run: number, now: number) => sweepDepartments.run({ run, now }).changes,
    liveDepartments: () => liveDepartments.all(),
    /** `keepDepartments`: a local change is on its way to WeCom; keep the main department. */
    upsertMember: (m: MemberWrite, run: number, keepDepartments = false) =>
      void upsertMember.run({ ...m, run, keep: keepDepartments ? 1 : 0 }),
    /** WeCom's list of a member's departments replaces the cached one. */
    replaceMemberDepartments(userid: string, rows: readonly MemberDepartmentWrite[]): void {
      deleteMemberDepartments.run(userid)
      for (const r of rows) insertMemberDepartment.run(userid, r.department_id, r.is_leader)
    },
    sweepMembers: (run: number, now: number) => sweepMembers.run({ run, now }).changes,
    /** is_follow_user = 1 for exactly these userids; returns the rows that changed. */
    setFollowUsers: (userids: readonly string[]) =>
      setFollowUsers.run({ list: JSON.stringify(userids) }).changes,
    followUserIds: (): string[] => followUserIds.all(),
    liveMemberCount: (): number => liveMemberCount.get() ?? 0
  }
}
export type DirectoryRepo = ReturnType<typeof createDirectoryRepo>
