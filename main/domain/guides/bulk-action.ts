import type { GuideBulkAction } from '../../../preload/contract/models'
import { departmentListAfter } from './department-list'
import type { GuideState, StoreAssignment } from './guide-state'

/**
 * What one bulk action makes of one guide's state. Pure. Store rules:
 * - set-primary moves the guide: the old primary store is left (a guide has one primary
 *   store), the new one becomes primary (promoted if it was a secondary store);
 * - add-stores adds secondary stores, leaving stores the guide already serves as they are;
 * - remove-stores removes the guide from those stores, whatever the role.
 */
export function applyAction(
  state: GuideState,
  action: GuideBulkAction,
  storeDepartment: ReadonlyMap<string, number>
): GuideState {
  const next = { ...state, ...localChange(state, action) }
  return next.stores === state.stores ? next : withStores(next, state, storeDepartment)
}

/** An import's assignments for one guide, in sheet order (see import-rows.ts). */
export function applyAssignments(
  state: GuideState,
  assignments: readonly StoreAssignment[],
  storeDepartment: ReadonlyMap<string, number>
): GuideState {
  let stores = state.stores
  for (const a of assignments) {
    stores = a.role === 'primary' ? withPrimary(stores, a.storeId) : withSecondaries(stores, [a.storeId])
  }
  return withStores({ ...state, stores }, state, storeDepartment)
}

/** `next` with the WeCom department list its stores imply, from `prev`'s list. */
function withStores(
  next: GuideState,
  prev: GuideState,
  storeDepartment: ReadonlyMap<string, number>
): GuideState {
  const wecom = departmentListAfter({
    current: prev.departments,
    currentMain: prev.mainDepartment,
    before: prev.stores,
    after: next.stores,
    storeDepartment
  })
  return { ...next, departments: wecom.departments, mainDepartment: wecom.mainDepartment }
}

function localChange(s: GuideState, a: GuideBulkAction): Partial<GuideState> {
  switch (a.kind) {
    case 'mark-guide':
      return { isGuide: true }
    case 'unmark-guide':
      return { isGuide: false }
    case 'set-primary':
      return { stores: withPrimary(s.stores, a.storeId) }
    case 'add-stores':
      return { stores: withSecondaries(s.stores, a.storeIds) }
    case 'remove-stores':
      return { stores: s.stores.filter((x) => !a.storeIds.includes(x.storeId)) }
    case 'add-tags':
      return { tags: [...new Set([...s.tags, ...a.tags])] }
    case 'remove-tags':
      return { tags: s.tags.filter((t) => !a.tags.includes(t)) }
  }
}

export function withPrimary(stores: readonly StoreAssignment[], storeId: string): StoreAssignment[] {
  const rest = stores.filter((x) => x.role !== 'primary' && x.storeId !== storeId)
  return [{ storeId, role: 'primary' }, ...rest]
}

export function withSecondaries(
  stores: readonly StoreAssignment[],
  storeIds: readonly string[]
): StoreAssignment[] {
  const have = new Set(stores.map((x) => x.storeId))
  const added = [...new Set(storeIds)].filter((id) => !have.has(id))
  return [...stores, ...added.map((storeId) => ({ storeId, role: 'secondary' as const }))]
}
