import type { StoreRow } from '../../preload/contract/models'

/** A store as `store:list` returns it, with overrides. */
export function storeRow(overrides: Partial<StoreRow> = {}): StoreRow {
  return {
    id: 's-SH0001',
    code: 'SH0001',
    name: '上海徐汇衡山路店',
    regionId: 'r-east',
    regionName: '华东大区',
    city: '上海',
    address: '上海市徐汇区衡山路 12 号',
    type: 'supermarket',
    openingHours: '09:00-22:00',
    visitMinutes: 30,
    lng: 121.4473019,
    lat: 31.2036128,
    guideCount: 6,
    updatedAt: 1_795_482_000_000,
    ...overrides
  }
}

/** `n` stores with codes SH0000… in order. */
export const storeRows = (n: number): StoreRow[] =>
  Array.from({ length: n }, (_, i) => {
    const code = `SH${String(i).padStart(4, '0')}`
    return storeRow({ id: `s-${code}`, code, name: `门店${i}`, guideCount: i % 7 })
  })
