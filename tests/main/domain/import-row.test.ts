import { describe, expect, it } from 'vitest'
import { parseImportRow } from '../../../main/domain/stores/import-row'

describe('parseImportRow', () => {
  it('reads a full row, accepting numbers typed as text', () => {
    const parsed = parseImportRow({
      code: ' S001 ',
      address: ' 上海市黄浦区 ',
      type: '便利店',
      openingHours: '7:00～23:00',
      visitMinutes: '３０分钟',
      lng: '121.473701',
      lat: 31.230416
    })
    expect(parsed).toEqual({
      code: 'S001',
      patch: {
        address: '上海市黄浦区',
        type: 'convenience',
        openingHours: '07:00-23:00',
        visitMinutes: 30,
        lng: 121.473701,
        lat: 31.230416
      },
      issues: []
    })
  })

  it('treats blank cells as "leave unchanged"', () => {
    expect(parseImportRow({ code: 'S001', address: '  ', type: null, visitMinutes: '' })).toEqual({
      code: 'S001',
      patch: {},
      issues: []
    })
  })

  it('turns a numeric code cell into text', () => {
    expect(parseImportRow({ code: 1001 }).code).toBe('1001')
    expect(parseImportRow({ code: null }).code).toBeNull()
  })

  it.each([
    [{ type: '百货' }, 'type', 'bad-type', '百货'],
    [{ visitMinutes: '半小时' }, 'visitMinutes', 'bad-minutes', '半小时'],
    [{ visitMinutes: 12.5 }, 'visitMinutes', 'bad-minutes', '12.5'],
    [{ openingHours: '早九晚十' }, 'openingHours', 'bad-hours', '早九晚十'],
    [{ lng: '东经121', lat: 31.2 }, 'lng', 'bad-coordinates', '东经121'],
    [{ lng: 121.47 }, 'lat', 'coordinate-pair', ''],
    [{ lng: 139.69, lat: 35.69 }, 'lng', 'outside-china', '139.69, 35.69']
  ])('%j → %s %s', (cells, field, code, value) => {
    const parsed = parseImportRow({ code: 'S001', ...cells })
    expect(parsed.issues).toEqual([expect.objectContaining({ field, code, value })])
  })

  it('does not add a pair complaint when a coordinate did not parse', () => {
    const parsed = parseImportRow({ code: 'S001', lng: 'abc' })
    expect(parsed.issues.map((i) => i.code)).toEqual(['bad-coordinates'])
  })
})
