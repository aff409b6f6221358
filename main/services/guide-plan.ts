import type { GuideBulkPreview, GuideDiffRow, GuideStoreRef } from '../../preload/contract/models'
import type { GuideStateChange } from '../db/repos/guide-action-repo'
import type { GuideStateRepo, StoreInfo } from '../db/repos/guide-state-repo'
import { diffRow, wecomEffectOf } from '../domain/guides/guide-diff'
import { normaliseState, sameState } from '../domain/guides/guide-state'
import type { PendingGuidePlan } from './guide-preview-store'

/** Diff rows sent with a preview; the counts cover the rest. */
export const MAX_PREVIEW_ROWS = 2000

/** Each listed guide's current state and what the plan makes of it; unchanged ones left out. */
export function computeChanges(states: GuideStateRepo, plan: Pick<PendingGuidePlan, 'userids' | 'next'>): GuideStateChange[] {
  const current = states.statesFor(plan.userids)
  const changes: GuideStateChange[] = []
  for (const userid of new Set(plan.userids)) {
    const before = current.get(userid)
    if (!before) continue // not a member any more: nothing to change
    const after = normaliseState(plan.next(userid, before))
    if (!sameState(before, after)) changes.push({ userid, before, after })
  }
  return changes
}

/** store id → WeCom department, for the stores that have one. */
export const departmentsOf = (stores: ReadonlyMap<string, StoreInfo>): Map<string, number> =>
  new Map([...stores].flatMap(([id, s]) => (s.departmentId === null ? [] : [[id, s.departmentId] as const])))

/** The preview body for a plan: diff rows, counts and the local-only stores it touches. */
export function describePlan(
  states: GuideStateRepo,
  plan: PendingGuidePlan,
  stores: ReadonlyMap<string, StoreInfo>
): Omit<GuideBulkPreview, 'previewId'> {
  const changes = computeChanges(states, plan)
  // Only the rows sent are worded (and their names read); the WeCom count covers every change.
  const shown = changes.slice(0, MAX_PREVIEW_ROWS)
  const names = new Map(states.identitiesOf(shown.map((c) => c.userid)).map((g) => [g.userid, g.name]))
  const storeName = (id: string) => stores.get(id)?.name ?? id
  const rows: GuideDiffRow[] = shown.map((c) =>
    diffRow({ userid: c.userid, name: names.get(c.userid) ?? c.userid }, c.before, c.after, { storeName })
  )
  const selected = new Set(plan.userids).size
  return {
    kind: plan.kind,
    selected,
    changed: changes.length,
    unchanged: selected - changes.length,
    rows,
    wecomWrites: changes.filter((c) => wecomEffectOf(c.before, c.after) === 'write').length,
    localOnlyStores: localOnlyStores(changes, stores)
  }
}

function localOnlyStores(changes: readonly GuideStateChange[], stores: ReadonlyMap<string, StoreInfo>): GuideStoreRef[] {
  const touched = new Set<string>()
  for (const c of changes) {
    const b = new Set(c.before.stores.map((s) => `${s.storeId}:${s.role}`))
    const a = new Set(c.after.stores.map((s) => `${s.storeId}:${s.role}`))
    for (const s of c.before.stores) if (!a.has(`${s.storeId}:${s.role}`)) touched.add(s.storeId)
    for (const s of c.after.stores) if (!b.has(`${s.storeId}:${s.role}`)) touched.add(s.storeId)
  }
  return [...touched]
    .map((id) => stores.get(id))
    .filter((s): s is StoreInfo => s !== undefined && s.departmentId === null)
    .map((s) => ({ id: s.id, code: s.code, name: s.name }))
}
