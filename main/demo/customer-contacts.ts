import { COMPANY_TRADES, COMPANY_WORDS, NICKNAME_EMOJI, NICKNAMES } from './name-data'
import { personName } from './people'
import type { Rng } from './prng'
import type { DemoExternalContact } from './records'
import { externalUserid, unionid } from './wecom-ids'

/**
 * Who the demo customers are: WeChat users under real names or nicknames, a few WeCom users
 * from local companies, and the remarks guides give them. `position` fixes the id's sort order.
 */

const COMMUNITIES = '万科城 碧桂园 保利花园 绿地小区 阳光小区 金色家园 幸福里 翠苑'.split(' ')

/** A customer as WeCom describes them, plus the surname when the name is a real one. */
export interface NamedContact {
  contact: DemoExternalContact
  surname?: string
}

export function wechatCustomer(rng: Rng, position: number): NamedContact {
  const gender = rng.weighted<0 | 1 | 2>([
    [2, 57],
    [1, 35],
    [0, 8]
  ])
  const contact: DemoExternalContact = {
    external_userid: externalUserid(rng, 1, position),
    name: '',
    type: 1,
    gender
  }
  if (rng.chance(0.2)) contact.unionid = unionid(rng)
  const r = rng.next()
  if (r < 0.45) {
    const person = personName(rng, gender === 2 || (gender === 0 && rng.chance(0.5)))
    contact.name = person.name
    return { contact, surname: person.surname }
  }
  contact.name = nickname(rng)
  return { contact }
}

/** A nickname, often decorated the way people do: 阳光123, 🌸阳光, A-阳光, 阳光妈妈. */
function nickname(rng: Rng): string {
  const base = rng.pick(NICKNAMES)
  const r = rng.next()
  if (r < 0.4) return base
  if (r < 0.6) return `${base}${rng.int(1, 999)}`
  if (r < 0.7) return `${rng.pick(NICKNAME_EMOJI)}${base}`
  if (r < 0.8) return `${base}${rng.pick(NICKNAME_EMOJI)}`
  if (r < 0.9) return `${rng.pick(['A', 'A-', 'A.'])}${base}`
  return `${base}${rng.pick(['妈妈', '宝妈', '爸爸', '哥', '姐'])}`
}

export function wecomCustomer(rng: Rng, position: number, city: string): NamedContact {
  const female = rng.chance(0.5)
  const person = personName(rng, female)
  const corp = `${city}${rng.pick(COMPANY_WORDS)}${rng.pick(COMPANY_TRADES)}有限公司`
  return {
    contact: {
      external_userid: externalUserid(rng, 2, position),
      name: person.name,
      type: 2,
      gender: female ? 2 : 1,
      corp_name: corp
    },
    surname: person.surname
  }
}

/** A guide's remark: often none, else 王姐, 李先生 尾号1234, 碧桂园陈姐 or the nickname. */
export function remarkFor(rng: Rng, { contact, surname }: NamedContact): string {
  if (rng.chance(0.4)) return ''
  if (!surname) return rng.chance(0.5) ? contact.name : `${contact.name} ${rng.pick(COMMUNITIES)}`
  const title = contact.gender === 1 ? rng.pick(['先生', '哥']) : rng.pick(['女士', '姐', '阿姨'])
  const r = rng.next()
  if (r < 0.5) return `${surname}${title}`
  if (r < 0.8) return `${surname}${title} 尾号${String(rng.int(0, 9999)).padStart(4, '0')}`
  return `${rng.pick(COMMUNITIES)}${surname}${title}`
}
