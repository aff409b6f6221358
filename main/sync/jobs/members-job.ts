/**
 * members: user/list per department, no recursion (doc 96259), one department per unit. Each
 * member's department list replaces its member_department rows, and the departments that map
 * to stores replace its guide_store rows. A member in several departments is written once per
 * department, identically.
 *
 * A member whose department change made here (Guides screen) is still on its way to WeCom
 * (a user.update pending or sending in the outbox) keeps the local departments and stores:
 * WeCom's answer predates the change, and taking it would flip the grid back until delivery.
 */
import { guideStoresOf, mapDepartments } from '../../domain/org/department-mapping'
import { createOutboxReader } from '../../outbox/outbox-reader'
import type { WecomUserDto } from '../../wecom/dto/user'
import { WecomError } from '../../wecom/client'
import { afterUnit, restartStep, unitsMoved, type EntityJob, type JobContext } from '../job'

/** department not found: it went away after the departments entity read the tree. */
const DEPARTMENT_GONE = 60003

export function membersJob(ctx: JobContext): EntityJob {
  const departments = ctx.directory.liveDepartments()
  const keys = departments.map((d) => d.id)
  // Read when the first page is written: the departments entity has placed the stores by then.
  let lookup: StoreLookup | null = null
  const stores = () => (lookup ??= storeLookup(ctx, departments))
  const outbox = createOutboxReader(ctx.db)
  return {
    entity: 'members',
    tables: ['member', 'member_department', 'guide_store'],
    total: () => departments.length,
    async step(checkpoint) {
      const { unit } = checkpoint
      if (unitsMoved(checkpoint, keys[unit])) return restartStep(keys)
      const department = departments[unit]
      if (department === undefined) return { next: null, write: () => 0 }
      const users = await listUsers(ctx, department.id)
      return {
        next: afterUnit(unit, keys),
        write() {
          const awaiting = awaitingWriteBack(outbox, users)
          for (const u of users) writeMember(ctx, u, stores(), awaiting.has(u.userid))
          return users.length
        }
      }
    },
    sweep: () => ctx.directory.sweepMembers(ctx.run, ctx.now())
  }
}

/** Members of the page with a department change not yet delivered to WeCom. */
function awaitingWriteBack(
  outbox: ReturnType<typeof createOutboxReader>,
  users: readonly WecomUserDto[]
): Set<string> {
  const status = outbox.statusFor(
    'member',
    users.map((u) => u.userid)
  )
  const inFlight = (s: { kind: string; state: string }) =>
    s.kind === 'user.update' && (s.state === 'pending' || s.state === 'sending')
  return new Set([...status].filter(([, s]) => inFlight(s)).map(([userid]) => userid))
}

async function listUsers(ctx: JobContext, departmentId: number): Promise<WecomUserDto[]> {
  try {
    const body = await ctx.client.call('user/list', { department_id: String(departmentId) })
    return body.userlist
  } catch (error) {
    if (error instanceof WecomError && error.errcode === DEPARTMENT_GONE) return []
    throw error
  }
}

interface StoreLookup {
  /** Department at store depth or below → its store's department. */
  readonly storeOf: ReadonlyMap<number, number>
  /** Store department → the id of its store row. */
  readonly storeId: ReadonlyMap<number, string>
}

function storeLookup(
  ctx: JobContext,
  departments: ReturnType<JobContext['directory']['liveDepartments']>
): StoreLookup {
  const nodes = departments.map((d) => ({
    id: d.id,
    name: d.name,
    parentId: d.parent_id,
    order: d.sort_order
  }))
  const { storeOf } = mapDepartments(nodes, ctx.rule)
  return { storeOf, storeId: ctx.org.storeIdsByDepartment() }
}

function writeMember(
  ctx: JobContext,
  u: WecomUserDto,
  stores: StoreLookup,
  keepLocalDepartments: boolean
): void {
  const mainDepartment = u.main_department ?? u.department[0] ?? null
  ctx.directory.upsertMember(
    {
      userid: u.userid,
      name: u.name ?? u.userid,
      // '' and absent both mean WeCom withheld the field from this token.
      mobile: u.mobile || null,
      gender: u.gender ?? null,
      status: u.status ?? 1,
      main_department: mainDepartment,
      position: u.position || null
    },
    ctx.run,
    keepLocalDepartments
  )
  if (keepLocalDepartments) return
  ctx.directory.replaceMemberDepartments(
    u.userid,
    u.department.map((id, i) => ({ department_id: id, is_leader: u.is_leader_in_dept[i] ?? 0 }))
  )
  const assigned = guideStoresOf(u.department, mainDepartment, stores.storeOf)
  ctx.org.replaceGuideStores(
    u.userid,
    assigned.flatMap((g) => {
      const storeId = stores.storeId.get(g.storeDepartmentId)
      return storeId === undefined ? [] : [{ store_id: storeId, role: g.role }]
    })
  )
}
