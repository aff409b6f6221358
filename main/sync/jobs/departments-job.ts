/**
 * departments: department/list without id returns the whole visible tree in one reply, so the
 * entity is one page. The same transaction maps the tree to regions and stores (rule from the
 * 'sync.mapping' setting) and, being the last page, sweeps departments, regions and stores that
 * WeCom no longer returns.
 */
import { mapDepartments, type OrgMapping } from '../../domain/org/department-mapping'
import { AppError } from '../../errors'
import type { EntityJob, JobContext } from '../job'

const NO_DEPARTMENTS =
  '企业微信没有返回任何部门：请到企业微信管理后台 → 应用管理 → 本应用 → 可见范围，' +
  '把总部所在的根部门加入可见范围，然后重新同步。本地数据未做改动。'

export function departmentsJob(ctx: JobContext): EntityJob {
  let mapping: OrgMapping | null = null
  return {
    entity: 'departments',
    tables: ['department', 'region', 'store'],
    total: () => 1,
    async step() {
      const body = await ctx.client.call('department/list', {})
      const departments = body.department
      // An empty tree means a wrong visible range, not a company without departments: sweeping
      // on it would mark the whole directory removed.
      if (departments.length === 0) throw new AppError('wecom-config', NO_DEPARTMENTS)
      return {
        next: null,
        write() {
          for (const d of departments) {
            ctx.directory.upsertDepartment(
              {
                id: d.id,
                name: d.name,
                name_en: d.name_en || null,
                parent_id: d.parentid,
                sort_order: d.order ?? 0
              },
              ctx.run
            )
          }
          const nodes = departments.map((d) => ({
            id: d.id,
            name: d.name,
            parentId: d.parentid,
            order: d.order ?? 0
          }))
          mapping = mapDepartments(nodes, ctx.rule)
          return departments.length + applyMapping(ctx, mapping)
        }
      }
    },
    sweep() {
      const ids = (xs: readonly { departmentId: number }[] = []) => xs.map((m) => m.departmentId)
      const live = { regions: ids(mapping?.regions), stores: ids(mapping?.stores) }
      return ctx.directory.sweepDepartments(ctx.run, ctx.now()) + ctx.org.sweep(live, ctx.now())
    }
  }
}

/** Upserts the mapped regions, then their stores; returns rows written. */
function applyMapping(ctx: JobContext, mapping: OrgMapping): number {
  const regionIds = new Map<number, string>()
  for (const r of mapping.regions) regionIds.set(r.departmentId, ctx.org.applyRegion(r))
  let rows = mapping.regions.length
  for (const s of mapping.stores) {
    const regionId = regionIds.get(s.regionDepartmentId)
    if (regionId === undefined) continue
    ctx.org.applyStore(s, regionId, ctx.rule, ctx.now())
    rows++
  }
  return rows
}
