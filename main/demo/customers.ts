import { allocate } from './allocate'
import { remarkFor, wechatCustomer, wecomCustomer, type NamedContact } from './customer-contacts'
import { Rng, weightedPicker } from './prng'
import type { DemoCustomer, DemoFollowUser, DemoTagGroup } from './records'
import type { Follower } from './staff'
import { createTagger } from './tags'
import { PREFIX_SPACE } from './wecom-ids'

/** Most customers follow one guide; some add a second or third (often a colleague). */
const FOLLOWER_COUNTS: readonly (readonly [number, number])[] = [
  [1, 76],
  [2, 19],
  [3, 5]
]

/**
 * WeCom add_way: 1 scanned the guide's QR code, 2 searched the mobile, 3 business card, 4 group
 * chat, 5 phone contacts, 6 WeChat contacts, 16 获客链接, 201 shared by a colleague, 202 assigned
 * by an admin (often after a handover), 0 unknown.
 */
const ADD_WAYS: readonly (readonly [number, number])[] = [
  [1, 52],
  [2, 8],
  [3, 5],
  [4, 8],
  [5, 3],
  [6, 4],
  [16, 7],
  [201, 4],
  [202, 6],
  [0, 3]
]
const CAMPAIGNS = ['link_618', 'link_double11', 'link_newyear', 'link_membersday']

/** WeCom's customer contact launched in 2019; the oldest demo relations are ~5 years old. */
const MAX_AGE_S = 5 * 365 * 86_400

export interface CustomerContext {
  seed: number
  relations: number
  followers: readonly Follower[]
  tagGroups: readonly DemoTagGroup[]
  /** Seconds. */
  nowS: number
}

function stateFor(rng: Rng, addWay: number, follower: Follower): string | undefined {
  if (addWay === 1 && rng.chance(0.6)) return `store_${follower.store.code}`
  if (addWay === 16) return rng.pick(CAMPAIGNS)
  return undefined
}

/** The guide-side data of one follow relation. */
type FollowMaker = (
  rng: Rng,
  follower: Follower,
  named: NamedContact,
  createtime: number,
  grade: string | undefined
) => DemoFollowUser

function createFollowMaker(tagGroups: readonly DemoTagGroup[]): FollowMaker {
  const tagger = createTagger(tagGroups)
  return (rng, follower, named, createtime, grade) => {
    const addWay = rng.weighted(ADD_WAYS)
    const follow: DemoFollowUser = {
      userid: follower.userid,
      remark: remarkFor(rng, named),
      createtime,
      tag_id: tagger.relationTags(rng, grade),
      add_way: addWay
    }
    const state = stateFor(rng, addWay, follower)
    if (state !== undefined) follow.state = state
    return follow
  }
}

/** Co-followers of an owner's customer: half the time a colleague from the same store. */
function createCoFollowerPicker(followers: readonly Follower[]) {
  const byWeight = weightedPicker(followers.map((f) => f.weight))
  const byStore = new Map<string, Follower[]>()
  for (const f of followers) {
    const mates = byStore.get(f.store.id)
    if (mates) mates.push(f)
    else byStore.set(f.store.id, [f])
  }
  return (rng: Rng, owner: Follower, want: number): Follower[] => {
    const chosen = [owner]
    const mates = byStore.get(owner.store.id)!
    for (let attempt = 0; chosen.length < want && attempt < 10; attempt++) {
      const useMate = mates.length > 1 && rng.chance(0.5)
      const next = useMate ? rng.pick(mates) : followers[byWeight(rng)]!
      if (!chosen.includes(next)) chosen.push(next)
    }
    return chosen
  }
}

/** One customer owned by `owner`, with at most `budget` followers in all. */
function createCustomerMaker(ctx: CustomerContext, owners: readonly Follower[]) {
  const pickCoFollowers = createCoFollowerPicker(owners)
  const makeFollow = createFollowMaker(ctx.tagGroups)
  const grader = createTagger(ctx.tagGroups)
  return (rng: Rng, owner: Follower, budget: number, position: number): DemoCustomer => {
    const followers = pickCoFollowers(rng, owner, Math.min(budget, rng.weighted(FOLLOWER_COUNTS)))
    const named = rng.chance(0.03)
      ? wecomCustomer(rng, position, owner.store.city)
      : wechatCustomer(rng, position)
    const grade = grader.grade(rng)
    const u = rng.next()
    const first = ctx.nowS - Math.floor(u * u * MAX_AGE_S) // skewed to recent
    const follow_user = followers.map((f, k) => {
      const createtime = k === 0 ? first : first + Math.floor(rng.next() * (ctx.nowS - first))
      return makeFollow(rng, f, named, createtime, grade)
    })
    return { external_contact: named.contact, follow_user }
  }
}

/**
 * Streams customers until exactly `relations` follow relations have come out. Each guide owns
 * (is the first follower of) a share of customers proportional to their weight; owners are
 * walked in userid order and customer ids ascend, so most rows land at the end of the cache's
 * (userid, external_userid) keys: appends, not random page splits. Nothing is retained between
 * yields, so memory stays flat at any scale.
 */
export function* generateCustomers(ctx: CustomerContext): Generator<DemoCustomer> {
  if (ctx.relations === 0) return
  if (ctx.followers.length === 0) throw new Error('demo customers need a guide who can follow')
  const rng = new Rng(ctx.seed, 'customers')
  const owners = [...ctx.followers].sort((a, b) => (a.userid < b.userid ? -1 : 1))
  const budgets = allocate(ctx.relations, owners.map((o) => o.weight))
  const makeCustomer = createCustomerMaker(ctx, owners)
  // Customers never outnumber relations, so this stride keeps id positions strictly increasing.
  const stride = Math.floor(PREFIX_SPACE / ctx.relations)
  let seq = 0
  for (const [i, owner] of owners.entries()) {
    for (let budget = budgets[i]!; budget > 0; seq++) {
      const position = seq * stride + Math.floor(rng.next() * stride)
      const customer = makeCustomer(rng, owner, budget, position)
      budget -= customer.follow_user.length
      yield customer
    }
  }
}
