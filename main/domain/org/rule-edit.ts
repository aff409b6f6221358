/**
 * The Org mapping screen edits part of the rule: the two depths and the excluded names. The
 * rest (excluded ids, new-store attributes) is kept as stored.
 */
import type { OrgMappingRuleInput } from '../../../preload/contract/models'
import type { OrgMappingRule } from './org-mapping-rule'

/** WeCom allows 15 levels of departments, the root included, so depth 14 is the deepest. */
export const MAX_DEPTH = 14
/** WeCom's own limit for a department name. */
export const MAX_NAME_LENGTH = 32
export const MAX_EXCLUDED_NAMES = 50

export function ruleInputOf(rule: OrgMappingRule): OrgMappingRuleInput {
  return {
    regionDepth: rule.regionDepth,
    storeDepth: rule.storeDepth,
    excludeNames: [...rule.excludeNames]
  }
}

/** Trimmed, without blanks, each name once, in the order given. */
export function normalizeNames(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))]
}

const isDepth = (n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_DEPTH

/** zh-CN reasons an edit is refused, for an HQ operator; empty when it may be used. */
export function ruleEditProblems(input: OrgMappingRuleInput): string[] {
  const problems: string[] = []
  const depthRange = `1 到 ${MAX_DEPTH} 之间的整数`
  if (!isDepth(input.regionDepth)) problems.push(`大区层级需为 ${depthRange}`)
  if (!isDepth(input.storeDepth)) problems.push(`门店层级需为 ${depthRange}`)
  if (input.storeDepth <= input.regionDepth) {
    problems.push('门店层级需比大区层级更深（数字更大）')
  }
  const names = normalizeNames(input.excludeNames)
  if (names.length > MAX_EXCLUDED_NAMES) {
    problems.push(`排除的部门名称最多 ${MAX_EXCLUDED_NAMES} 个`)
  }
  // Characters, not UTF-16 units, as WeCom counts them.
  const long = names.find((n) => [...n].length > MAX_NAME_LENGTH)
  if (long !== undefined) problems.push(`部门名称最长 ${MAX_NAME_LENGTH} 个字：${long}`)
  return problems
}

/** The stored rule with the edit applied (call ruleEditProblems first). */
export function applyRuleEdit(rule: OrgMappingRule, input: OrgMappingRuleInput): OrgMappingRule {
  return {
    ...rule,
    regionDepth: input.regionDepth,
    storeDepth: input.storeDepth,
    excludeNames: normalizeNames(input.excludeNames)
  }
}
