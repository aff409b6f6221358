import { describe, expect, it } from 'vitest'
import type { StorePatch } from '../../../preload/contract/models'
import {
  checkStorePatch,
  normaliseOpeningHours,
  normaliseStorePatch,
  parseStoreType,
  STORE_TYPE_LABELS
} from '../../../main/domain/stores/store-rules'

const codesOf = (patch: StorePatch) => checkStorePatch(patch).map((i) => `${i.field}:${i.code}`)

describe('opening hours', () => {
  it.each([
    ['09:00-22:00', []],
    ['00:00-23:59', []],
    ['08:00-24:00', []],
    ['00:00-24:00', []],
    ['22:00-02:00', []], // overnight
    ['23:59-00:00', []],
    ['00:00-00:00', ['openingHours:bad-hours']],
    ['09:00-09:00', ['openingHours:bad-hours']],
    ['24:00-08:00', ['openingHours:bad-hours']],
    ['09:60-22:00', ['openingHours:bad-hours']],
    ['25:00-02:00', ['openingHours:bad-hours']],
    ['08:00-24:01', ['openingHours:bad-hours']],
    ['9:00-22:00', ['openingHours:bad-hours']], // canonical only; normalise first
    ['09:00', ['openingHours:bad-hours']],
    ['', ['openingHours:bad-hours']]
  ])('%s → %j', (openingHours, expected) => {
    expect(codesOf({ openingHours })).toEqual(expected)
  })

  it('explains equal open and close times', () => {
    expect(checkStorePatch({ openingHours: '00:00-00:00' })[0]?.message).toContain('00:00-24:00')
  })

  it.each([
    ['9：00～22：00', '09:00-22:00'],
    [' 09:00 - 22:00 ', '09:00-22:00'],
    ['09:00至22:00', '09:00-22:00'],
    ['09:00到22:00', '09:00-22:00'],
    ['09:00—22:00', '09:00-22:00'],
    ['09:00——22:00', '09:00-22:00'],
    ['09:00–22:00', '09:00-22:00'],
    ['09:00~22:00', '09:00-22:00'],
    ['09:00〜22:00', '09:00-22:00'],
    ['０９：００－２２：００', '09:00-22:00'],
    ['7:30-1:00', '07:30-01:00'],
    ['全天 ', '全天'],
    ['09:00-', '09:00-']
  ])('normalises %j → %j', (input, expected) => {
    expect(normaliseOpeningHours(input)).toBe(expected)
  })
})

describe('visit minutes', () => {
  it.each([
    [4, ['visitMinutes:bad-minutes']],
    [5, []],
    [30, []],
    [480, []],
    [481, ['visitMinutes:bad-minutes']],
    [12.5, ['visitMinutes:bad-minutes']],
    [Number.NaN, ['visitMinutes:bad-minutes']],
    [-30, ['visitMinutes:bad-minutes']]
  ])('%d → %j', (visitMinutes, expected) => {
    expect(codesOf({ visitMinutes })).toEqual(expected)
  })
})

describe('coordinates (GCJ-02, mainland China)', () => {
  it.each([
    ['Shanghai', 121.473701, 31.230416],
    ['Beijing', 116.407526, 39.90403],
    ['Urumqi', 87.616848, 43.825592],
    ['Harbin', 126.535, 45.8038],
    ['Lhasa', 91.140856, 29.645554],
    ['Kashgar', 75.989755, 39.4704],
    ['Sanya', 109.511909, 18.252847],
    ['Kunming', 102.832891, 24.880095],
    ['Mohe', 122.538, 52.972],
    ['Hong Kong', 114.169361, 22.319303]
  ])('accepts %s', (_city, lng, lat) => {
    expect(codesOf({ lng, lat })).toEqual([])
  })

  it.each([
    ['Tokyo', 139.691706, 35.689487],
    ['Seoul', 126.977969, 37.566535],
    ['Hanoi', 105.83416, 21.027764],
    ['Pyongyang', 125.762524, 39.039219],
    ['Ulaanbaatar', 106.905744, 47.886399],
    ['Vladivostok', 131.886924, 43.115541],
    ['Taipei', 121.565418, 25.032969],
    ['Kathmandu', 85.324, 27.7172],
    ['Bishkek', 74.569763, 42.874621],
    ['New York', -74.006, 40.7128],
    ['Null Island', 0, 0]
  ])('rejects %s as outside China', (_city, lng, lat) => {
    expect(codesOf({ lng, lat })).toEqual(['lng:outside-china'])
  })

  it('rejects swapped latitude and longitude with a hint', () => {
    const issues = checkStorePatch({ lng: 31.230416, lat: 121.473701 })
    expect(issues.map((i) => i.code)).toEqual(['bad-coordinates'])
    expect(issues[0]?.message).toContain('填反')
  })

  it('wants both halves of the pair', () => {
    expect(codesOf({ lng: 121.47 })).toEqual(['lat:coordinate-pair'])
    expect(codesOf({ lat: 31.23 })).toEqual(['lng:coordinate-pair'])
  })

  it('rejects non-finite numbers', () => {
    expect(codesOf({ lng: Number.NaN, lat: 31.23 })).toEqual(['lng:bad-coordinates'])
    expect(codesOf({ lng: Infinity, lat: 31.23 })).toEqual(['lng:bad-coordinates'])
  })
})

describe('address', () => {
  it.each([
    ['', []],
    ['上海市黄浦区南京东路 100 号', []],
    ['路'.repeat(200), []],
    ['路'.repeat(201), ['address:address-too-long']]
  ])('%#: length %s', (address, expected) => {
    expect(codesOf({ address })).toEqual(expected)
  })

  it('normalises: trims and folds line breaks into spaces', () => {
    expect(normaliseStorePatch({ address: '  上海市\n黄浦区\t南京东路  ' }).address).toBe(
      '上海市 黄浦区 南京东路'
    )
  })

  it('counts the address after trimming', () => {
    const padded = normaliseStorePatch({ address: `  ${'路'.repeat(200)}  ` })
    expect(checkStorePatch(padded)).toEqual([])
  })
})

describe('store type', () => {
  it.each([
    ['KA', 'ka'],
    ['ka', 'ka'],
    ['KA 大卖场', 'ka'],
    ['KA大卖场', 'ka'],
    ['ＫＡ', 'ka'],
    ['大卖场', 'ka'],
    ['超市', 'supermarket'],
    ['supermarket', 'supermarket'],
    ['Supermarket', 'supermarket'],
    ['便利店', 'convenience'],
    ['convenience', 'convenience'],
    ['Convenience store', 'convenience'],
    ['夫妻店', 'mom_pop'],
    ['mom_pop', 'mom_pop'],
    ['Mom-and-pop store', 'mom_pop'],
    [' 超市 ', 'supermarket'],
    ['百货', null],
    ['', null]
  ])('%j → %s', (text, expected) => {
    expect(parseStoreType(text)).toBe(expected)
  })

  it('labels every type in both locales, and the labels parse back', () => {
    for (const labels of Object.values(STORE_TYPE_LABELS)) {
      for (const [type, label] of Object.entries(labels)) expect(parseStoreType(label)).toBe(type)
    }
  })

  it('rejects a type outside the enum in a patch', () => {
    expect(codesOf({ type: 'department_store' as never })).toEqual(['type:bad-type'])
  })
})

it('accepts an empty patch and reports every broken rule of a bad one', () => {
  expect(checkStorePatch({})).toEqual([])
  const issues = checkStorePatch({
    address: 'x'.repeat(201),
    openingHours: 'late',
    visitMinutes: 0,
    lng: 139.69,
    lat: 35.69
  })
  expect(issues.map((i) => i.code)).toEqual([
    'address-too-long',
    'bad-hours',
    'bad-minutes',
    'outside-china'
  ])
  for (const i of issues) expect(i.message).toMatch(/[\u4e00-\u9fff]/)
})
