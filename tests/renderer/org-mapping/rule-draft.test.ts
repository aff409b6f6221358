import { describe, expect, it } from 'vitest'
import {
  draftOf,
  draftProblems,
  groupingLevels,
  normalizeNames,
  sameRule,
  toRuleInput,
  type RuleDraft
} from '../../../renderer/src/features/org-mapping/rule-draft'

const draft = (patch: Partial<RuleDraft> = {}): RuleDraft => ({
  regionDepth: 1,
  storeDepth: 2,
  excludeNames: ['总部'],
  ...patch
})

describe('draftProblems', () => {
  it('accepts the default rule and the limits', () => {
    expect(draftProblems(draft())).toEqual({})
    expect(draftProblems(draft({ regionDepth: 13, storeDepth: 14 }))).toEqual({})
    const fifty = Array.from({ length: 50 }, (_, i) => `${i}`.padStart(32, '部'))
    expect(draftProblems(draft({ excludeNames: fifty }))).toEqual({})
  })

  it('names the field and the reason', () => {
    expect(draftProblems(draft({ regionDepth: null }))).toEqual({ regionDepth: 'regionDepth' })
    expect(draftProblems(draft({ storeDepth: 15 }))).toEqual({ storeDepth: 'storeDepth' })
    expect(draftProblems(draft({ regionDepth: 0 }))).toEqual({ regionDepth: 'regionDepth' })
    expect(draftProblems(draft({ regionDepth: 2, storeDepth: 2 }))).toEqual({ storeDepth: 'order' })
    expect(draftProblems(draft({ regionDepth: 3, storeDepth: 2 }))).toEqual({ storeDepth: 'order' })
    expect(draftProblems(draft({ excludeNames: ['店'.repeat(33)] }))).toEqual({
      excludeNames: 'nameTooLong'
    })
    const many = Array.from({ length: 51 }, (_, i) => `部${i}`)
    expect(draftProblems(draft({ excludeNames: many }))).toEqual({ excludeNames: 'tooManyNames' })
  })

  it('counts duplicates and blanks once, as main stores them', () => {
    const names = [...Array.from({ length: 50 }, (_, i) => `部${i}`), '部0', ' ', '']
    expect(draftProblems(draft({ excludeNames: names }))).toEqual({})
  })
})

describe('toRuleInput', () => {
  it('sends normalised names, or nothing while the draft has a problem', () => {
    expect(toRuleInput(draft({ excludeNames: [' 总部 ', '总部', '电商部'] }))).toEqual({
      regionDepth: 1,
      storeDepth: 2,
      excludeNames: ['总部', '电商部']
    })
    expect(toRuleInput(draft({ storeDepth: null }))).toBeNull()
    expect(toRuleInput(draft({ storeDepth: 1 }))).toBeNull()
  })
})

describe('sameRule', () => {
  it('ignores tag order, spaces and duplicates but not depths', () => {
    const a = draft({ excludeNames: ['总部', '电商部'] })
    expect(sameRule(a, draft({ excludeNames: ['电商部 ', '总部', '总部'] }))).toBe(true)
    expect(sameRule(a, draft({ excludeNames: ['总部'] }))).toBe(false)
    expect(sameRule(a, { ...a, storeDepth: 3 })).toBe(false)
    expect(sameRule(draftOf({ regionDepth: 1, storeDepth: 2, excludeNames: [] }), draft())).toBe(
      false
    )
  })
})

describe('groupingLevels', () => {
  it('lists the levels above the regions and between regions and stores', () => {
    expect(groupingLevels({ regionDepth: 1, storeDepth: 2, excludeNames: [] })).toEqual([])
    expect(groupingLevels({ regionDepth: 1, storeDepth: 3, excludeNames: [] })).toEqual([2])
    expect(groupingLevels({ regionDepth: 2, storeDepth: 4, excludeNames: [] })).toEqual([1, 3])
  })
})

describe('normalizeNames', () => {
  it('trims, drops blanks and keeps the first of each name in order', () => {
    expect(normalizeNames(['b', ' a', 'b ', '', 'a'])).toEqual(['b', 'a'])
  })
})
