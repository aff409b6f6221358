/**
 * The rule as the form edits it, and the checks that keep the buttons honest. Main checks the
 * same limits again (main/domain/org/rule-edit.ts); these only spare a round trip.
 */
import type { OrgMappingRuleInput } from '../../../../preload/contract/models'

export const MAX_DEPTH = 14
export const MAX_NAMES = 50
export const MAX_NAME_LENGTH = 32
/** Pasting 总部，电商部 or 总部、电商部 makes two tags: ASCII comma, full-width comma, 、. */
export const NAME_SEPARATORS = [',', '\uff0c', '\u3001']

export type RuleProblem = 'regionDepth' | 'storeDepth' | 'order' | 'tooManyNames' | 'nameTooLong'

/** A cleared number field is null until the user types again. */
export interface RuleDraft {
  regionDepth: number | null
  storeDepth: number | null
  excludeNames: string[]
}

export type RuleField = keyof RuleDraft

export const draftOf = (rule: OrgMappingRuleInput): RuleDraft => ({
  regionDepth: rule.regionDepth,
  storeDepth: rule.storeDepth,
  excludeNames: [...rule.excludeNames]
})

/** Trimmed, without blanks, each name once, in the order typed (as main stores them). */
export const normalizeNames = (names: readonly string[]): string[] => [
  ...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))
]

const isDepth = (n: number | null): n is number =>
  n !== null && Number.isInteger(n) && n >= 1 && n <= MAX_DEPTH

/** The first problem of each field, to show under it; empty when the draft may be sent. */
export function draftProblems(d: RuleDraft): Partial<Record<RuleField, RuleProblem>> {
  const out: Partial<Record<RuleField, RuleProblem>> = {}
  if (!isDepth(d.regionDepth)) out.regionDepth = 'regionDepth'
  if (!isDepth(d.storeDepth)) out.storeDepth = 'storeDepth'
  else if (isDepth(d.regionDepth) && d.storeDepth <= d.regionDepth) out.storeDepth = 'order'
  const names = normalizeNames(d.excludeNames)
  if (names.length > MAX_NAMES) out.excludeNames = 'tooManyNames'
  // Characters, not UTF-16 units, as WeCom counts them.
  else if (names.some((n) => [...n].length > MAX_NAME_LENGTH)) out.excludeNames = 'nameTooLong'
  return out
}

/** What the preview and save calls send, or null while the draft has a problem. */
export function toRuleInput(d: RuleDraft): OrgMappingRuleInput | null {
  if (Object.keys(draftProblems(d)).length > 0) return null
  if (d.regionDepth === null || d.storeDepth === null) return null
  return {
    regionDepth: d.regionDepth,
    storeDepth: d.storeDepth,
    excludeNames: normalizeNames(d.excludeNames)
  }
}

/** Same depths and the same set of names; the order of the tags does not matter. */
export function sameRule(a: RuleDraft, b: RuleDraft): boolean {
  const names = (d: RuleDraft) => normalizeNames(d.excludeNames).sort().join('\n')
  return a.regionDepth === b.regionDepth && a.storeDepth === b.storeDepth && names(a) === names(b)
}

/** The levels that are neither brand, region nor store: above the regions and between. */
export function groupingLevels(rule: OrgMappingRuleInput): number[] {
  const levels: number[] = []
  for (let level = 1; level < rule.storeDepth; level++) {
    if (level !== rule.regionDepth) levels.push(level)
  }
  return levels
}
