import { describe, expect, it } from 'vitest'
import { ORG_NODE_KINDS } from '../../../preload/contract/models'
import { shellStrings } from '../../../renderer/src/app/strings'
import { describeRule } from '../../../renderer/src/features/org-mapping/rule-text'
import { orgMappingStrings } from '../../../renderer/src/features/org-mapping/strings'

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/

/** Every leaf of a string table as [dotted.path, text]. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  return Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k))
}

describe('org mapping strings', () => {
  const zh = new Map(leaves(orgMappingStrings['zh-CN']))
  const en = new Map(leaves(orgMappingStrings['en-US']))

  it('have the same keys in both locales and no empty text', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort())
    for (const [key, text] of [...zh, ...en]) expect(text.trim(), key).not.toBe('')
  })

  it('use the same placeholders in both locales', () => {
    const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const [key, text] of zh) expect(names(en.get(key)!), key).toEqual(names(text))
  })

  it('have no Chinese left in English', () => {
    for (const [key, text] of en) expect(CJK.test(text), `${key}: ${text}`).toBe(false)
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
