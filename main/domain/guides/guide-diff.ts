import type { GuideChange, GuideDiffRow, GuideWecomEffect } from '../../../preload/contract/models'
import { primaryOf, secondariesOf, wecomDiffers, type GuideState } from './guide-state'

/** Joins store names for display; the renderer shows '—' for an empty side. */
const LIST_SEPARATOR = '、'

export interface DiffContext {
  storeName: (storeId: string) => string
}

/** Who changes from what to what, in the words the grid uses; [] when nothing changes. */
export function diffStates(before: GuideState, after: GuideState, ctx: DiffContext): GuideChange[] {
  const changes: GuideChange[] = []
  if (before.isGuide !== after.isGuide) {
    changes.push({ field: 'isGuide', from: flag(before.isGuide), to: flag(after.isGuide) })
  }
  const names = (ids: readonly string[]) => ids.map(ctx.storeName).sort().join(LIST_SEPARATOR)
  const [p0, p1] = [primaryOf(before), primaryOf(after)]
  if (p0 !== p1) {
    changes.push({ field: 'primaryStore', from: p0 ? ctx.storeName(p0) : '', to: p1 ? ctx.storeName(p1) : '' })
  }
  const [o0, o1] = [names(secondariesOf(before)), names(secondariesOf(after))]
  if (o0 !== o1) changes.push({ field: 'otherStores', from: o0, to: o1 })
  const [t0, t1] = [[...before.tags].sort().join(LIST_SEPARATOR), [...after.tags].sort().join(LIST_SEPARATOR)]
  if (t0 !== t1) changes.push({ field: 'tags', from: t0, to: t1 })
  return changes
}

/** What the change means for WeCom: written back, local only, or nothing to write. */
export function wecomEffectOf(before: GuideState, after: GuideState): GuideWecomEffect {
  const storesChanged =
    primaryOf(before) !== primaryOf(after) ||
    secondariesOf(before).sort().join() !== secondariesOf(after).sort().join()
  if (!storesChanged) return 'none'
  if (!wecomDiffers(before, after)) return 'local'
  // user/update needs at least one department, the main one among them (spec §1.3).
  if (after.departments.length === 0 || after.mainDepartment === null) return 'needs-department'
  return 'write'
}

export function diffRow(
  guide: { userid: string; name: string },
  before: GuideState,
  after: GuideState,
  ctx: DiffContext
): GuideDiffRow {
  return {
    userid: guide.userid,
    name: guide.name,
    changes: diffStates(before, after, ctx),
    wecom: wecomEffectOf(before, after)
  }
}

const flag = (b: boolean): string => (b ? '1' : '0')
