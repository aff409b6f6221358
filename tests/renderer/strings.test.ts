import { describe, expect, it } from 'vitest'
import { STORE_SORT_COLUMNS, STORE_TYPES } from '../../preload/contract/models'
import { gridStrings } from '../../renderer/src/components/data-grid/strings'
import { storeStrings } from '../../renderer/src/features/stores/strings'
import {
  expectNoChineseInEnglish,
  expectSameKeysAndNoEmptyText,
  expectSamePlaceholders
} from './helpers/string-parity'

describe.each([
  ['stores', storeStrings],
  ['grid', gridStrings]
] as const)('%s strings', (_, table) => {
  it('have the same keys in both locales and no empty text', () => {
    expectSameKeysAndNoEmptyText(table)
  })

  it('use the same placeholders in both locales', () => {
    expectSamePlaceholders(table)
  })

  it('have no Chinese left in English', () => {
    expectNoChineseInEnglish(table)
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
