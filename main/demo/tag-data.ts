/**
 * The corp tag catalogue (企业客户标签) of the demo brand: what a grocery/FMCG chain's member
 * operations team typically sets up. `coverage` is the share of relations tagged from the group,
 * `max` how many of its tags one relation can carry; tag weights set how common each tag is.
 * Coverage is kept modest (~1.2 tags per relation), as in real SCRM data where most guides tag
 * little beyond the member grade; it also bounds the seed's largest table.
 */
export interface TagGroupDef {
  name: string
  coverage: number
  max: number
  tags: readonly (readonly [string, number])[]
}

export const TAG_CATALOGUE: readonly TagGroupDef[] = [
  {
    name: '会员等级',
    coverage: 0.6,
    max: 1,
    tags: [
      ['普通会员', 50],
      ['银卡会员', 28],
      ['金卡会员', 15],
      ['钻石会员', 7]
    ]
  },
  {
    name: '客户来源',
    coverage: 0.3,
    max: 1,
    tags: [
      ['门店扫码', 45],
      ['线上商城', 15],
      ['社群裂变', 12],
      ['老客推荐', 12],
      ['地推活动', 10],
      ['直播间', 6]
    ]
  },
  {
    name: '兴趣品类',
    coverage: 0.15,
    max: 2,
    tags: [
      ['生鲜果蔬', 24],
      ['休闲零食', 18],
      ['酒水饮料', 14],
      ['粮油调味', 12],
      ['母婴用品', 10],
      ['个护清洁', 10],
      ['进口商品', 6],
      ['烘焙甜点', 6]
    ]
  },
  {
    name: '消费频次',
    coverage: 0.08,
    max: 1,
    tags: [
      ['高频（每周3次以上）', 15],
      ['中频（每周1-2次）', 35],
      ['低频（每月1-3次）', 35],
      ['沉睡客户', 15]
    ]
  },
  {
    name: '生命周期',
    coverage: 0.12,
    max: 1,
    tags: [
      ['新客', 30],
      ['成长期', 30],
      ['成熟期', 28],
      ['流失预警', 12]
    ]
  },
  {
    name: '价格偏好',
    coverage: 0.05,
    max: 1,
    tags: [
      ['价格敏感', 40],
      ['品质优先', 35],
      ['促销达人', 25]
    ]
  }
]
