import type { Rng } from './prng'
import type { DemoGroupChat } from './records'
import type { Follower } from './staff'
import { groupChatId } from './wecom-ids'

const CHATS_PER_GUIDE: readonly (readonly [number, number])[] = [
  [0, 35],
  [1, 35],
  [2, 20],
  [3, 8],
  [4, 2]
]
const MAX_AGE_S = 3 * 365 * 86_400

/** 浦东张杨路店 from 上海浦东张杨路店: the name customers know the store by. */
const storeShortName = (f: Follower): string => f.store.name.slice(f.store.city.length)

function chatName(rng: Rng, owner: Follower, n: () => number): string {
  const store = storeShortName(owner)
  const r = rng.next()
  // WeCom groups nobody named show an empty name (clients display the members instead).
  if (r < 0.05) return ''
  if (r < 0.35) return `${store}会员福利${n()}群`
  if (r < 0.5) return `${store}生鲜特价群`
  if (r < 0.65) return `${store}宝妈交流群`
  if (r < 0.8) return `${owner.surname}${owner.female ? '姐' : '哥'}的好物分享群`
  return `${store}VIP尊享群`
}

/** Groups of a departed owner wait for 离职继承; a few are already being inherited. */
function chatStatus(rng: Rng, owner: Follower): DemoGroupChat['status'] {
  if (owner.status !== 5) return 0
  return rng.chance(0.8) ? 1 : 2
}

/** A few customer groups per guide, 3 to 500 members, skewed small. */
export function generateGroupChats(rng: Rng, followers: readonly Follower[], nowS: number) {
  const chats: DemoGroupChat[] = []
  // Numbered groups (会员福利1群, 2群, ...) count per store, across its guides.
  const numbered = new Map<string, number>()
  for (const owner of followers) {
    const next = () => {
      const n = (numbered.get(owner.store.id) ?? 0) + 1
      numbered.set(owner.store.id, n)
      return n
    }
    const count = rng.weighted(CHATS_PER_GUIDE)
    for (let k = 0; k < count; k++) {
      const u = rng.next()
      chats.push({
        chat_id: groupChatId(rng),
        name: chatName(rng, owner, next),
        owner: owner.userid,
        create_time: nowS - Math.floor(rng.next() * MAX_AGE_S),
        member_count: 3 + Math.floor(u * u * 497),
        status: chatStatus(rng, owner)
      })
    }
  }
  return chats
}
