import { describe, expect, it } from 'vitest'
import { STORE_SORT_COLUMNS, STORE_TYPES } from '../../preload/contract/models'
import { gridStrings } from '../../renderer/src/components/data-grid/strings'
import { storeStrings } from '../../renderer/src/features/stores/strings'

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/

/** Every leaf of a string table as [dotted.path, text]. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  return Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k))
}

describe.each([
  ['stores', storeStrings],
  ['grid', gridStrings]
] as const)('%s strings', (_, table) => {
  const zh = new Map(leaves(table['zh-CN']))
  const en = new Map(leaves(table['en-US']))

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
})

describe('store labels', () => {
  it('name every store type as the product does', () => {
    expect(storeStrings['zh-CN'].types).toEqual({
      ka: 'KA 大卖场',
      supermarket: '超市',
      convenience: '便利店',
      mom_pop: '夫妻店'
    })
    expect(storeStrings['en-US'].types.ka).toBe('Hypermarket (KA)')
    expect(storeStrings['en-US'].types.mom_pop).toBe('Mom-and-pop')
    expect(Object.keys(storeStrings['en-US'].types)).toEqual([...STORE_TYPES])
  })

  it('have a header for every sortable column', () => {
    const columns = Object.keys(storeStrings['zh-CN'].columns)
    expect(columns.sort()).toEqual([...STORE_SORT_COLUMNS].sort())
  })
})
