import { describe, expect, it } from 'vitest'
import { read, utils } from '@e965/xlsx'
import type { StoreRow } from '../../../preload/contract/models'
import { STORE_COLUMNS } from '../../../main/services/store-columns'
import { exportFileName, exportStores } from '../../../main/services/store-export'

const store = (over: Partial<StoreRow>): StoreRow => ({
  id: 'st-1',
  code: 'SH001',
  name: '南京东路店',
  regionId: 'r-east',
  regionName: '华东大区',
  city: '上海',
  address: '上海市黄浦区南京东路 100 号',
  type: 'ka',
  openingHours: '09:00-22:00',
  visitMinutes: 30,
  lng: 121.473701,
  lat: 31.230416,
  guideCount: 3,
  updatedAt: 0,
  ...over
})

describe('exportStores', () => {
  const rows = [
    store({}),
    store({
      id: 'st-2',
      code: '0002',
      name: '=1+1 店',
      type: 'mom_pop',
      address: '',
      guideCount: 0
    })
  ]
  const file = exportStores(rows, new Date(2026, 10, 24, 15, 30))
  const sheet = read(Buffer.from(file.base64, 'base64'), { type: 'buffer' }).Sheets['门店']!
  const aoa = utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null })

  it('names the file after the local date and time', () => {
    expect(file.fileName).toBe('门店_20261124-1530.xlsx')
    expect(exportFileName(new Date(2027, 0, 5, 8, 7))).toBe('门店_20270105-0807.xlsx')
  })

  it('writes the grid columns in order with zh-CN headers', () => {
    expect(aoa[0]).toEqual([
      '门店编码',
      '门店名称',
      '大区',
      '城市',
      '地址',
      '门店类型',
      '营业时间',
      '计划拜访时长(分钟)',
      '经度(GCJ-02)',
      '纬度(GCJ-02)',
      '导购人数'
    ])
    expect(aoa[0]).toEqual(STORE_COLUMNS.map((c) => c.header))
  })

  it('writes the rows in the order given, types as labels, numbers as numbers', () => {
    expect(aoa.slice(1)).toEqual([
      [
        'SH001',
        '南京东路店',
        '华东大区',
        '上海',
        '上海市黄浦区南京东路 100 号',
        'KA 大卖场',
        '09:00-22:00',
        30,
        121.473701,
        31.230416,
        3
      ],
      [
        '0002',
        "'=1+1 店",
        '华东大区',
        '上海',
        null,
        '夫妻店',
        '09:00-22:00',
        30,
        121.473701,
        31.230416,
        0
      ]
    ])
    expect(sheet['A3']?.t).toBe('s')
    expect(sheet['I2']?.t).toBe('n')
    expect(sheet['K3']?.t).toBe('n')
  })
})
