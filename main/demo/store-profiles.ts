import type { StoreType } from '../../preload/contract/models'

/**
 * What distinguishes the four store types in the demo: their share of the network, opening
 * hours ("HH:MM-HH:MM"; a close before the open means after midnight, 00:00-24:00 is all day),
 * how long a field visit is planned for, how many guides they staff and how many customers
 * each guide tends to gather, and what follows the house number in the address.
 */
export interface StoreProfile {
  share: number
  hours: readonly (readonly [string, number])[]
  visitMinutes: readonly (readonly [number, number])[]
  staffWeight: number
  customerFactor: number
  addressSuffixes: readonly (readonly [string, number])[]
}

export const STORE_PROFILES: Record<StoreType, StoreProfile> = {
  ka: {
    share: 0.1,
    hours: [
      ['09:00-22:00', 6],
      ['08:30-22:00', 2],
      ['09:00-22:30', 2],
      ['10:00-22:00', 2]
    ],
    visitMinutes: [
      [90, 4],
      [105, 2],
      [120, 3]
    ],
    staffWeight: 8,
    customerFactor: 1.6,
    addressSuffixes: [
      ['', 3],
      ['万达广场B1层', 1],
      ['吾悦广场负一层', 1],
      ['龙湖天街1-2层', 1],
      ['万象汇一层', 1]
    ]
  },
  supermarket: {
    share: 0.25,
    hours: [
      ['08:00-22:00', 5],
      ['07:30-22:00', 3],
      ['08:00-21:30', 2],
      ['07:00-21:00', 1]
    ],
    visitMinutes: [
      [45, 3],
      [50, 1],
      [60, 3]
    ],
    staffWeight: 4,
    customerFactor: 1.2,
    addressSuffixes: [
      ['', 7],
      ['一层', 2],
      ['负一层', 1]
    ]
  },
  convenience: {
    share: 0.35,
    hours: [
      ['07:00-23:00', 14],
      ['06:30-23:30', 3],
      ['06:00-02:00', 2],
      ['00:00-24:00', 1]
    ],
    visitMinutes: [
      [20, 2],
      [25, 1],
      [30, 2]
    ],
    staffWeight: 2,
    customerFactor: 0.9,
    addressSuffixes: [
      ['', 7],
      ['一楼商铺', 2],
      ['底商', 1]
    ]
  },
  mom_pop: {
    share: 0.3,
    hours: [
      ['07:00-22:00', 4],
      ['06:30-21:30', 2],
      ['08:00-21:00', 2],
      ['07:30-23:00', 2]
    ],
    visitMinutes: [
      [15, 8],
      [10, 1],
      [20, 1]
    ],
    staffWeight: 1.2,
    customerFactor: 0.7,
    addressSuffixes: [
      ['', 8],
      ['临街商铺', 2]
    ]
  }
}
