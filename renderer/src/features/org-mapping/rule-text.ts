import type { OrgMappingRuleInput } from '../../../../preload/contract/models'
import { format } from '../../i18n/locale'
import { groupingLevels } from './rule-draft'
import type { OrgMappingStrings } from './strings'

/** The rule in sentences: 第 1 级部门视为大区，第 2 级部门视为门店，更深的部门并入其所属门店。 */
export function describeRule(rule: OrgMappingRuleInput, s: OrgMappingStrings): string[] {
  const out = [format(s.ruleSentence, { region: rule.regionDepth, store: rule.storeDepth })]
  const grouping = groupingLevels(rule)
  if (grouping.length > 0) {
    out.push(format(s.groupingSentence, { levels: grouping.join(s.nameSeparator) }))
  }
  if (rule.excludeNames.length > 0) {
    const names = rule.excludeNames.map((name) => format(s.quotedName, { name }))
    out.push(format(s.excludedSentence, { names: names.join(s.nameSeparator) }))
  }
  return out
}
