import { GIVEN_CHARS, MOBILE_PREFIXES, SURNAME_TABLE, type NamePart } from './name-data'
import type { Rng } from './prng'

export interface PersonName {
  name: string
  pinyin: string
  surname: string
}

/** A Chinese name: a frequency-weighted surname and one or two gendered given characters. */
export function personName(rng: Rng, female: boolean): PersonName {
  const surname = rng.weighted(SURNAME_TABLE)
  const chars = female ? GIVEN_CHARS.female : GIVEN_CHARS.male
  const given: NamePart[] = [rng.pick(chars)]
  if (rng.chance(0.7)) given.push(rng.pick(chars))
  return {
    name: surname.han + given.map((g) => g.han).join(''),
    pinyin: surname.pinyin + given.map((g) => g.pinyin).join(''),
    surname: surname.han
  }
}

/** WeCom userids as admins usually create them: the pinyin, then zhangwei2, zhangwei3, ... */
export function createUseridRegistry(): (pinyin: string) => string {
  const seen = new Map<string, number>()
  return (pinyin) => {
    const n = (seen.get(pinyin) ?? 0) + 1
    seen.set(pinyin, n)
    return n === 1 ? pinyin : `${pinyin}${n}`
  }
}

/** Unique 11-digit mainland mobile numbers with real carrier prefixes. */
export function createMobileMaker(rng: Rng): () => string {
  const seen = new Set<string>()
  return () => {
    for (;;) {
      const mobile = rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0')
      if (!seen.has(mobile)) {
        seen.add(mobile)
        return mobile
      }
    }
  }
}
