/**
 * department/list, simplelist, get. Stores are departments; root id 1 has parentid 0. An app
 * token sees only its visible range; the 通讯录同步 token sees everything.
 */
import type { SimRequest, SimState } from '../state'
import { optInt, reqInt } from '../request-fields'
import { SimApiError } from '../wire'

interface DepartmentRow {
  id: number
  name: string
  name_en: string | null
  parent_id: number
  sort_order: number
}

export function departmentHandlers(sim: SimState) {
  const all = sim.db.prepare<[], DepartmentRow>(
    `SELECT id, name, name_en, parent_id, sort_order FROM department
     WHERE removed_at IS NULL ORDER BY id`
  )
  const leaders = sim.db.prepare<[], { department_id: number; userid: string }>(
    `SELECT md.department_id, md.userid FROM member_department md
     JOIN member m ON m.userid = md.userid
     WHERE md.is_leader = 1 AND m.status <> 5 AND m.removed_at IS NULL
     ORDER BY md.department_id, md.userid`
  )

  /** The requested department and its subtree, or every department; 60003 / 60011 checked. */
  function select(req: SimRequest, id: number | undefined): DepartmentRow[] {
    const rows = all.all()
    const visible = (d: DepartmentRow) =>
      req.secret === 'contacts' || sim.visibility().department(d.id)
    if (id === undefined) return rows.filter(visible)
    const root = rows.find((d) => d.id === id)
    if (!root) throw new SimApiError(60003)
    if (!visible(root)) throw new SimApiError(60011)
    return subtree(rows, id).filter(visible)
  }

  function leaderMap(): Map<number, string[]> {
    const map = new Map<number, string[]>()
    for (const { department_id, userid } of leaders.all()) {
      const list = map.get(department_id) ?? []
      list.push(userid)
      map.set(department_id, list)
    }
    return map
  }

  function full(d: DepartmentRow, leadersOf: Map<number, string[]>) {
    return {
      id: d.id,
      name: d.name,
      ...(d.name_en ? { name_en: d.name_en } : {}),
      department_leader: leadersOf.get(d.id) ?? [],
      parentid: d.parent_id,
      order: d.sort_order
    }
  }

  return {
    'department/list': (req: SimRequest) => {
      const leadersOf = leaderMap()
      return { department: select(req, optInt(req.input, 'id')).map((d) => full(d, leadersOf)) }
    },
    'department/simplelist': (req: SimRequest) => ({
      department_id: select(req, optInt(req.input, 'id')).map((d) => ({
        id: d.id,
        parentid: d.parent_id,
        order: d.sort_order
      }))
    }),
    'department/get': (req: SimRequest) => {
      const id = reqInt(req.input, 'id')
      const [root] = select(req, id)
      if (!root) throw new SimApiError(60003)
      return { department: full(root, leaderMap()) }
    }
  }
}

/** Parents come before children: the root first, then breadth-first. */
export function subtree<T extends { id: number; parent_id: number }>(
  rows: T[],
  rootId: number
): T[] {
  const children = new Map<number, T[]>()
  for (const row of rows) {
    const list = children.get(row.parent_id) ?? []
    list.push(row)
    children.set(row.parent_id, list)
  }
  const root = rows.find((r) => r.id === rootId)
  if (!root) return []
  const out: T[] = [root]
  for (let i = 0; i < out.length; i++) {
    const current = out[i]
    if (current) out.push(...(children.get(current.id) ?? []))
  }
  return out
}
