/**
 * user/list, simplelist, get (reads, app's visible range), user/list_id (通讯录同步 only,
 * keyset cursor over member × department) and user/update (通讯录同步 only, applied to state).
 */
import { PAGE_LIMITS } from '../../wecom/dto/page-limits'
import type { MemberRow } from '../members'
import type { SimRequest, SimState } from '../state'
import {
  optInt,
  optIntList,
  optString,
  pageLimit,
  reqInt,
  reqString,
  type Fields
} from '../request-fields'
import { decodeCursor, encodeCursor, invalidField, SimApiError } from '../wire'
import { subtree } from './departments'

const MEMBER_COLUMNS =
  'm.userid, m.name, m.mobile, m.gender, m.status, m.main_department, m.position, m.is_follow_user'

export function userHandlers(sim: SimState) {
  const db = sim.db
  const inDepartment = db.prepare<[number], MemberRow>(
    `SELECT ${MEMBER_COLUMNS} FROM member_department md JOIN member m ON m.userid = md.userid
     WHERE md.department_id = ? AND m.status <> 5 AND m.removed_at IS NULL ORDER BY m.userid`
  )
  const departments = db.prepare<[], { id: number; parent_id: number }>(
    'SELECT id, parent_id FROM department WHERE removed_at IS NULL'
  )
  const listIdPage = db.prepare<[string, number, number], { userid: string; department: number }>(
    `SELECT md.userid, md.department_id AS department FROM member_department md
     JOIN member m ON m.userid = md.userid
     WHERE (md.userid, md.department_id) > (?, ?) AND m.status <> 5 AND m.removed_at IS NULL
     ORDER BY md.userid, md.department_id LIMIT ?`
  )

  /** Members of one department, or of its subtree with fetch_child=1 (older doc revisions). */
  function membersOf(req: SimRequest): MemberRow[] {
    const id = reqInt(req.input, 'department_id')
    const tree = departments.all()
    if (!tree.some((d) => d.id === id)) throw new SimApiError(60003)
    if (req.secret === 'app' && !sim.visibility().department(id)) throw new SimApiError(60011)
    const ids = req.input.fetch_child === '1' ? subtree(tree, id).map((d) => d.id) : [id]
    const seen = new Map<string, MemberRow>()
    for (const deptId of ids) for (const row of inDepartment.all(deptId)) seen.set(row.userid, row)
    return [...seen.values()].sort((a, b) => (a.userid < b.userid ? -1 : 1))
  }

  return {
    'user/list': (req: SimRequest) => ({
      userlist: membersOf(req).map((row) => sim.members.toJson(row, req.secret))
    }),
    'user/simplelist': (req: SimRequest) => ({
      userlist: membersOf(req).map((row) => sim.members.toSimpleJson(row))
    }),
    'user/get': (req: SimRequest) => {
      const row = sim.members.active(reqString(req.input, 'userid'))
      sim.requireVisibleMember(row.userid, req.secret)
      return sim.members.toJson(row, req.secret)
    },
    'user/list_id': (req: SimRequest) => {
      const limit = pageLimit(req.input, 'limit', PAGE_LIMITS['user/list_id'].limit, 1000)
      const [userid, dept] = decodeCursor(req.input.cursor, 2) ?? ['', -1]
      const rows = listIdPage.all(String(userid), Number(dept), limit + 1)
      const page = rows.slice(0, limit)
      const last = page.at(-1)
      const more = rows.length > limit && last !== undefined
      return {
        next_cursor: more ? encodeCursor([last.userid, last.department]) : '',
        dept_user: page
      }
    },
    'user/update': (req: SimRequest) => {
      updateMember(sim, req.input)
      return { errmsg: 'updated' }
    }
  }
}

/** Unspecified fields stay unchanged (doc 90197); only what the cache schema holds is kept. */
function updateMember(sim: SimState, input: Fields): void {
  const userid = reqString(input, 'userid')
  const row = sim.members.active(userid)
  if (input.new_userid !== undefined) {
    throw invalidField('new_userid', 'cannot be changed in the simulator')
  }
  const departments = optIntList(input, 'department', PAGE_LIMITS['user/update'].departments)
  const leaders = optIntList(input, 'is_leader_in_dept', PAGE_LIMITS['user/update'].departments)
  const mainDept = optInt(input, 'main_department')
  const finalDepts = departments ?? sim.members.departmentsOf(userid).map((d) => d.department_id)
  checkDepartments(sim, departments, mainDept, finalDepts)
  const enable = optInt(input, 'enable')
  const gender = optString(input, 'gender')
  const status = enable === undefined || row.status === 4 ? row.status : enable === 1 ? 1 : 2
  sim.db.transaction(() => {
    sim.db
      .prepare(
        `UPDATE member SET name = ?, mobile = ?, gender = ?, position = ?, status = ?,
           main_department = ?, synced_at = ? WHERE userid = ?`
      )
      .run(
        optString(input, 'name') ?? row.name,
        optString(input, 'mobile') ?? row.mobile,
        gender === undefined ? row.gender : Number(gender),
        optString(input, 'position') ?? row.position,
        status,
        mainDept ?? (departments ? finalDepts[0] : row.main_department) ?? null,
        sim.now(),
        userid
      )
    if (departments) replaceDepartments(sim, userid, departments, leaders)
  })()
  sim.membersChanged()
}

function checkDepartments(
  sim: SimState,
  departments: number[] | undefined,
  mainDept: number | undefined,
  finalDepts: number[]
): void {
  const exists = sim.db.prepare<[number], number>(
    'SELECT 1 FROM department WHERE id = ? AND removed_at IS NULL'
  )
  for (const id of departments ?? []) {
    if (exists.pluck().get(id) === undefined) throw new SimApiError(60003)
  }
  if (departments?.length === 0) throw invalidField('department', 'is required')
  if (mainDept !== undefined && !finalDepts.includes(mainDept)) {
    throw invalidField('main_department', 'not in department')
  }
}

function replaceDepartments(
  sim: SimState,
  userid: string,
  departments: number[],
  leaders: number[] | undefined
): void {
  sim.db.prepare('DELETE FROM member_department WHERE userid = ?').run(userid)
  // A department listed twice keeps its first leader flag, as one membership.
  const insert = sim.db.prepare(
    'INSERT OR IGNORE INTO member_department (userid, department_id, is_leader) VALUES (?, ?, ?)'
  )
  departments.forEach((id, i) => insert.run(userid, id, leaders?.[i] === 1 ? 1 : 0))
}
