/** Member counts per department for the Org mapping screen. Pure: plain data in and out. */
import type { DepartmentNode } from './department-mapping'

export interface Membership {
  readonly userid: string
  readonly departmentId: number
}

export interface MemberCount {
  /** Members of the department itself. */
  readonly members: number
  /** Members of it and of everything below it, each counted once. */
  readonly subtreeMembers: number
}

export function countMembers(
  departments: readonly DepartmentNode[],
  memberships: readonly Membership[]
): Map<number, MemberCount> {
  const parentOf = new Map(departments.map((d) => [d.id, d.parentId]))
  const direct = new Map<number, number>()
  const subtree = new Map<number, Set<string>>()
  for (const m of memberships) {
    if (!parentOf.has(m.departmentId)) continue
    direct.set(m.departmentId, (direct.get(m.departmentId) ?? 0) + 1)
    for (const id of ancestorsOf(m.departmentId, parentOf)) {
      const set = subtree.get(id) ?? new Set<string>()
      set.add(m.userid)
      subtree.set(id, set)
    }
  }
  return new Map(
    departments.map((d) => [
      d.id,
      { members: direct.get(d.id) ?? 0, subtreeMembers: subtree.get(d.id)?.size ?? 0 }
    ])
  )
}

/** The department and its known parents, stopping at a cycle in bad data. */
function ancestorsOf(id: number, parentOf: ReadonlyMap<number, number>): number[] {
  const out: number[] = []
  for (let at: number | undefined = id; at !== undefined && !out.includes(at);) {
    out.push(at)
    at = parentOf.get(at)
  }
  return out
}
