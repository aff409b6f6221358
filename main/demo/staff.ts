import { HQ_DEPARTMENT, type Org } from './org'
import { createMobileMaker, createUseridRegistry, personName } from './people'
import type { Rng } from './prng'
import type { DemoGuideStore, DemoMember, DemoStore, MemberStatus } from './records'
import { primaryStores, storesNearby } from './store-assignment'
import { STORE_PROFILES } from './store-profiles'

const HQ_POSITIONS = '运营总监 会员运营经理 企微管理员 数据分析师 商品经理 培训专员'.split(' ')
const REGION_POSITIONS = ['区域经理', '区域督导']

/** Most guides are active; a few left (customers await 离职继承), are disabled or not activated. */
const GUIDE_STATUS: readonly (readonly [MemberStatus, number])[] = [
  [1, 905],
  [5, 50],
  [2, 15],
  [4, 30]
]

/** A guide who can own customers, with the store they belong to and their customer weight. */
export interface Follower {
  userid: string
  surname: string
  female: boolean
  store: DemoStore
  status: MemberStatus
  /** Relative share of customers: skewed, a few star guides gather most. */
  weight: number
}

export interface Staff {
  members: DemoMember[]
  guideStores: DemoGuideStore[]
  followers: Follower[]
}

interface Registry {
  userid: (pinyin: string) => string
  mobile: () => string
}

function newMember(rng: Rng, reg: Registry, female: boolean, dept: number, position: string) {
  const person = personName(rng, female)
  const member: DemoMember = {
    userid: reg.userid(person.pinyin),
    name: person.name,
    mobile: reg.mobile(),
    gender: female ? '2' : '1',
    status: 1,
    main_department: dept,
    department: [dept],
    is_leader_in_dept: [0],
    position,
    is_follow_user: false,
    is_guide: false
  }
  return { member, surname: person.surname }
}

/** HQ staff in 总部 and a manager (department leader) plus a supervisor per region. */
function officeStaff(rng: Rng, reg: Registry, org: Org): DemoMember[] {
  const members = HQ_POSITIONS.map(
    (p) => newMember(rng, reg, rng.chance(0.5), HQ_DEPARTMENT, p).member
  )
  const leaders = new Map(org.departments.map((d) => [d.id, d.department_leader]))
  for (const region of org.regions) {
    for (const [i, position] of REGION_POSITIONS.entries()) {
      const { member } = newMember(rng, reg, rng.chance(0.4), region.department_id, position)
      if (i === 0) {
        member.is_leader_in_dept = [1]
        leaders.get(region.department_id)?.push(member.userid)
      }
      members.push(member)
    }
  }
  return members
}

function guidePosition(rng: Rng, rankInStore: number, store: DemoStore): string {
  if (rankInStore === 0) return '店长'
  if (rankInStore === 1 && (store.type === 'ka' || store.type === 'supermarket')) return '副店长'
  return rng.chance(0.25) ? '资深导购' : '导购'
}

interface GuideDraft {
  member: DemoMember
  surname: string
  store: DemoStore
  isManager: boolean
}

function draftGuides(rng: Rng, reg: Registry, org: Org, count: number): GuideDraft[] {
  const drafts: GuideDraft[] = []
  let previous = -1
  let rank = 0
  for (const storeIndex of primaryStores(rng, org.stores, count)) {
    rank = storeIndex === previous ? rank + 1 : 0
    previous = storeIndex
    const store = org.stores[storeIndex]!
    const position = guidePosition(rng, rank, store)
    const { member, surname } = newMember(rng, reg, rng.chance(0.78), store.department_id, position)
    const isManager = rank === 0
    member.is_guide = true
    member.status = isManager ? 1 : rng.weighted(GUIDE_STATUS)
    member.is_follow_user = member.status !== 4 && (isManager || rng.chance(0.97))
    member.is_leader_in_dept = [isManager ? 1 : 0]
    drafts.push({ member, surname, store, isManager })
  }
  return drafts
}

/** Small demos must still show a departed guide with customers to hand over. */
function ensureDeparted(drafts: GuideDraft[]): void {
  if (drafts.some((d) => d.member.status === 5)) return
  const candidate =
    drafts.findLast((d) => !d.isManager) ?? (drafts.length > 1 ? drafts.at(-1) : undefined)
  if (!candidate) return
  candidate.member.status = 5
  candidate.member.is_follow_user = true
}

function storeLinks(rng: Rng, org: Org, drafts: readonly GuideDraft[]): DemoGuideStore[] {
  const leaders = new Map(org.departments.map((d) => [d.id, d.department_leader]))
  const secondaryStore = storesNearby(org.stores)
  const links: DemoGuideStore[] = []
  for (const { member, store, isManager } of drafts) {
    links.push({ userid: member.userid, store_id: store.id, role: 'primary' })
    if (isManager) leaders.get(store.department_id)?.push(member.userid)
    const covers = member.status === 1 && rng.chance(0.1)
    const second = covers ? secondaryStore(rng, store) : undefined
    if (!second) continue
    links.push({ userid: member.userid, store_id: second.id, role: 'secondary' })
    member.department.push(second.department_id)
    member.is_leader_in_dept.push(0)
  }
  return links
}

/** Skewed customer weight: 0.15–4.15 (mean ~1.15), scaled by store format and seniority. */
function followerWeight(rng: Rng, draft: GuideDraft): number {
  const u = rng.next()
  const base = 0.15 + 4 * u * u * u
  const seniority = draft.isManager ? 1.3 : draft.member.position === '资深导购' ? 1.2 : 1
  return base * seniority * STORE_PROFILES[draft.store.type].customerFactor
}

/** Office staff and `guideCount` guides with their stores; fills department leaders in `org`. */
export function generateStaff(rng: Rng, org: Org, guideCount: number): Staff {
  const reg: Registry = { userid: createUseridRegistry(), mobile: createMobileMaker(rng) }
  const office = officeStaff(rng, reg, org)
  const drafts = draftGuides(rng, reg, org, guideCount)
  ensureDeparted(drafts)
  const guideStores = storeLinks(rng, org, drafts)
  const followers = drafts
    .filter((d) => d.member.is_follow_user && d.member.status !== 4)
    .map((d) => ({
      userid: d.member.userid,
      surname: d.surname,
      female: d.member.gender === '2',
      store: d.store,
      status: d.member.status,
      weight: followerWeight(rng, d)
    }))
  return { members: [...office, ...drafts.map((d) => d.member)], guideStores, followers }
}
