import { describe, expect, it } from 'vitest'
import { ORG_NODE_KINDS } from '../../../preload/contract/models'
import { shellStrings } from '../../../renderer/src/app/strings'
import { describeRule } from '../../../renderer/src/features/org-mapping/rule-text'
import { orgMappingStrings } from '../../../renderer/src/features/org-mapping/strings'
import {
  expectNoChineseInEnglish,
  expectSameKeysAndNoEmptyText,
  expectSamePlaceholders
} from '../helpers/string-parity'

describe('org mapping strings', () => {
  it('have the same keys in both locales and no empty text', () => {
    expectSameKeysAndNoEmptyText(orgMappingStrings)
  })

  it('use the same placeholders in both locales', () => {
    expectSamePlaceholders(orgMappingStrings)
  })

  it('have no Chinese left in English', () => {
    expectNoChineseInEnglish(orgMappingStrings)
  })

  it('name every mapping result and the menu entry', () => {
    expect(Object.keys(orgMappingStrings['zh-CN'].kinds)).toEqual([...ORG_NODE_KINDS])
    expect(shellStrings['zh-CN'].menu['org-mapping']).toBe('组织映射')
    expect(shellStrings['en-US'].menu['org-mapping']).toBe('Org mapping')
  })
})

describe('describeRule', () => {
  const zh = orgMappingStrings['zh-CN']

  it('explains the default rule in the words the brief uses', () => {
    expect(describeRule({ regionDepth: 1, storeDepth: 2, excludeNames: ['总部'] }, zh)).toEqual([
      '第 1 级部门视为大区，第 2 级部门视为门店，更深的部门并入其所属门店。',
      '名为“总部”的部门及其下级部门不参与映射。'
    ])
  })

  it('says which levels only group, and lists several names', () => {
    expect(
      describeRule({ regionDepth: 2, storeDepth: 4, excludeNames: ['总部', '电商部'] }, zh)
    ).toEqual([
      '第 2 级部门视为大区，第 4 级部门视为门店，更深的部门并入其所属门店。',
      '第 1、3 级部门只用于分组，不单独成为大区或门店。',
      '名为“总部”、“电商部”的部门及其下级部门不参与映射。'
    ])
  })

  it('speaks English too', () => {
    const en = orgMappingStrings['en-US']
    expect(describeRule({ regionDepth: 1, storeDepth: 2, excludeNames: ['HQ'] }, en)).toEqual([
      'Level 1 departments are regions, level 2 departments are stores, and deeper departments belong to their store.',
      'Departments named "HQ", and everything below them, are left out.'
    ])
  })
})
