/**
 * What HQ manages about one guide, as bulk actions, imports, undo and redo read and write it.
 * `departments` / `mainDepartment` mirror the member's WeCom department list: a store change
 * updates them locally in the same transaction as the outbox write, so the next action (before
 * WeCom has been written) computes its list from the intended state, not a stale one.
 */
export type StoreRole = 'primary' | 'secondary'

export interface StoreAssignment {
  storeId: string
  role: StoreRole
}

export interface GuideState {
  isGuide: boolean
  stores: StoreAssignment[]
  tags: string[]
  departments: number[]
  mainDepartment: number | null
  /** Departments the member leads (WeCom's is_leader_in_dept), so a re-added one keeps it. */
  leaderIn: number[]
}

/** localeCompare's own order, with the collator built once: it is called per store per guide. */
const compareText = new Intl.Collator().compare

/** Canonical order, so two states compare equal exactly when they mean the same thing. */
export function normaliseState(s: GuideState): GuideState {
  return {
    isGuide: s.isGuide,
    stores: [...s.stores].sort(
      (a, b) => roleRank(a.role) - roleRank(b.role) || compareText(a.storeId, b.storeId)
    ),
    tags: [...new Set(s.tags)].sort(),
    departments: [...new Set(s.departments)].sort((a, b) => a - b),
    mainDepartment: s.mainDepartment,
    leaderIn: [...new Set(s.leaderIn)].sort((a, b) => a - b)
  }
}

const roleRank = (r: StoreRole): number => (r === 'primary' ? 0 : 1)

export const sameState = (a: GuideState, b: GuideState): boolean =>
  JSON.stringify(normaliseState(a)) === JSON.stringify(normaliseState(b))

export const primaryOf = (s: GuideState): string | null =>
  s.stores.find((x) => x.role === 'primary')?.storeId ?? null

export const secondariesOf = (s: GuideState): string[] =>
  s.stores.filter((x) => x.role === 'secondary').map((x) => x.storeId)

/** Whether the WeCom side (department list or main department) differs between two states. */
export const wecomDiffers = (a: GuideState, b: GuideState): boolean => {
  const na = normaliseState(a)
  const nb = normaliseState(b)
  return (
    na.mainDepartment !== nb.mainDepartment ||
    JSON.stringify(na.departments) !== JSON.stringify(nb.departments)
  )
}
