/**
 * Members as WeCom shows them. Departed members (status 5) are gone from WeCom's address book:
 * user/get answers 60111 for them and lists leave them out; only get_unassigned_list and
 * groupchat/list still show them, as handovers and owners.
 * Since 2022-06-20 only the 通讯录同步 token gets mobile, gender, email and avatar (doc 96260).
 */
import type { Db } from '../db/connection'
import type { WecomSecretKind } from '../wecom/endpoints'
import { stableHash } from './sim-schema'
import { SimApiError } from './wire'

export interface MemberRow {
  userid: string
  name: string
  mobile: string | null
  gender: number
  status: number
  main_department: number | null
  position: string | null
  is_follow_user: number
}

interface MemberDepartmentRow {
  department_id: number
  is_leader: number
}

const MEMBER_COLUMNS =
  'userid, name, mobile, gender, status, main_department, position, is_follow_user'

export class Members {
  private readonly byId
  private readonly departments

  constructor(db: Db) {
    this.byId = db.prepare<[string], MemberRow>(
      `SELECT ${MEMBER_COLUMNS} FROM member WHERE userid = ? AND removed_at IS NULL`
    )
    this.departments = db.prepare<[string], MemberDepartmentRow>(
      `SELECT department_id, is_leader FROM member_department WHERE userid = ?
       ORDER BY department_id`
    )
  }

  /** Any member the server has a record of, departed ones included. */
  find(userid: string): MemberRow | undefined {
    return this.byId.get(userid)
  }

  /** A member still in the address book, else 60111. */
  active(userid: string): MemberRow {
    const row = this.byId.get(userid)
    if (!row || row.status === 5) throw new SimApiError(60111)
    return row
  }

  departmentsOf(userid: string): MemberDepartmentRow[] {
    return this.departments.all(userid)
  }

  /** The full member object of user/get and user/list. */
  toJson(row: MemberRow, secret: WecomSecretKind): Record<string, unknown> {
    const depts = this.departmentsOf(row.userid)
    const avatar = `https://wework.qpic.cn/wwpic/${stableHash(row.userid).toString(16)}/0`
    const privateFields =
      secret === 'contacts'
        ? {
            mobile: row.mobile ?? '',
            gender: String(row.gender),
            email: '',
            avatar,
            thumb_avatar: avatar.replace(/\/0$/, '/100')
          }
        : {}
    return {
      userid: row.userid,
      name: row.name,
      department: depts.map((d) => d.department_id),
      order: depts.map(() => 0),
      position: row.position ?? '',
      ...privateFields,
      is_leader_in_dept: depts.map((d) => d.is_leader),
      direct_leader: [],
      telephone: '',
      alias: '',
      status: row.status,
      main_department: row.main_department ?? depts[0]?.department_id ?? 1,
      extattr: { attrs: [] },
      external_position: ''
    }
  }

  /** The short member object of user/simplelist. */
  toSimpleJson(row: MemberRow): Record<string, unknown> {
    return {
      userid: row.userid,
      name: row.name,
      department: this.departmentsOf(row.userid).map((d) => d.department_id)
    }
  }
}
