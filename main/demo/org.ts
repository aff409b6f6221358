import { REGIONS } from './geo-data'
import type { Rng } from './prng'
import type { DemoDepartment, DemoRegion, DemoStore } from './records'
import { generateStores } from './stores'

export const ROOT_DEPARTMENT = 1
export const HQ_DEPARTMENT = 2
const FIRST_REGION_DEPARTMENT = 10
const FIRST_STORE_DEPARTMENT = 100

/** WeCom sorts siblings by `order` descending; new departments typically step down by 1000. */
const wecomOrder = (index: number): number => 100_000_000 - index * 1000

const department = (id: number, name: string, parentid: number, index: number) => ({
  id,
  name,
  parentid,
  order: wecomOrder(index),
  department_leader: [] as string[]
})

export interface Org {
  departments: DemoDepartment[]
  regions: DemoRegion[]
  stores: DemoStore[]
}

/**
 * The brand's WeCom tree: root (the brand) → 总部 and one department per 大区 → one department
 * per store, with HQ's region and store records pointing at their departments.
 */
export function generateOrg(rng: Rng, enterpriseName: string, storeCount: number): Org {
  const departments: DemoDepartment[] = [
    department(ROOT_DEPARTMENT, enterpriseName, 0, 0),
    department(HQ_DEPARTMENT, '总部', ROOT_DEPARTMENT, 0)
  ]
  const regions: DemoRegion[] = REGIONS.map((r, i) => ({
    id: r.id,
    name: r.name,
    department_id: FIRST_REGION_DEPARTMENT + i,
    sort_order: i + 1
  }))
  for (const [i, r] of regions.entries()) {
    departments.push(department(r.department_id, r.name, ROOT_DEPARTMENT, i + 1))
  }
  const regionDept = new Map(regions.map((r) => [r.id, r.department_id]))
  const stores = generateStores(rng, REGIONS, storeCount).map((s, i) => ({
    ...s,
    department_id: FIRST_STORE_DEPARTMENT + i
  }))
  for (const [i, s] of stores.entries()) {
    departments.push(department(s.department_id, s.name, regionDept.get(s.region_id)!, i))
  }
  return { departments, regions, stores }
}
