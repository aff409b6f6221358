import type { StoreAssignment } from './guide-state'

/**
 * A member's WeCom department list after a store change (spec §1.3: user/update replaces the
 * whole `department` list, and `main_department` must be one of them). Departments that are not
 * stores (e.g. 总部 teams) are kept; departments of stores the change removes go; departments of
 * stores it adds come in. Stores without a department_id are local only and change nothing here.
 */
export interface DepartmentChangeInput {
  current: readonly number[]
  currentMain: number | null
  before: readonly StoreAssignment[]
  after: readonly StoreAssignment[]
  /** store id → its WeCom department (stores without one are absent). */
  storeDepartment: ReadonlyMap<string, number>
}

export interface DepartmentList {
  departments: number[]
  mainDepartment: number | null
}

export function departmentListAfter(input: DepartmentChangeInput): DepartmentList {
  const deptOf = (a: StoreAssignment) => input.storeDepartment.get(a.storeId)
  const kept = new Set(input.after.map(deptOf).filter(isNumber))
  const removed = new Set(
    input.before.map(deptOf).filter((d): d is number => isNumber(d) && !kept.has(d))
  )
  const list = input.current.filter((d) => !removed.has(d))
  for (const d of kept) if (!list.includes(d)) list.push(d)
  return { departments: list, mainDepartment: mainOf(input, list) }
}

/** The primary store's department; else the current main if still listed; else the first. */
function mainOf(input: DepartmentChangeInput, list: readonly number[]): number | null {
  const primary = input.after.find((a) => a.role === 'primary')
  const primaryDept = primary ? input.storeDepartment.get(primary.storeId) : undefined
  if (primaryDept !== undefined) return primaryDept
  if (input.currentMain !== null && list.includes(input.currentMain)) return input.currentMain
  return list[0] ?? null
}

const isNumber = (d: number | undefined): d is number => d !== undefined
