import type { Rng } from './prng'

/** Base62: what WeCom's opaque ids are made of (base64url ids also occur; we keep to base62). */
export const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const UNIONID_ALPHABET = `${ID_ALPHABET}-_`

/** Base62 digits in ASCII order, so encoded numbers sort like the numbers themselves. */
const SORTED_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const PREFIX_LENGTH = 5
/** 62^5: how many distinct sortable prefixes there are. */
export const PREFIX_SPACE = 62 ** PREFIX_LENGTH

function sortablePrefix(value: number): string {
  let out = ''
  let x = value
  for (let i = 0; i < PREFIX_LENGTH; i++) {
    out = SORTED_DIGITS[x % 62]! + out
    x = Math.floor(x / 62)
  }
  return out
}

/**
 * 32 characters: `wm` for WeChat customers, `wo` for WeCom ones, then 30 base62 characters.
 * The first five encode `position` (strictly increasing over the stream, spread over the whole
 * range, so they do not look sequential): ids are unique by construction, and they ascend in
 * creation order, so the cache's B-trees append instead of splitting at random pages. That is
 * what keeps seeding millions of relations fast. WeCom's real ids are opaque: nothing outside
 * the demo may rely on their order.
 */
export const externalUserid = (rng: Rng, type: 1 | 2, position: number): string =>
  `${type === 1 ? 'wm' : 'wo'}${sortablePrefix(position)}${rng.chars(25, ID_ALPHABET)}`

/** Customer group ids start with `wr`. */
export const groupChatId = (rng: Rng): string => `wr${rng.chars(30, ID_ALPHABET)}`

/** WeChat unionids: 28 characters starting with `o`. */
export const unionid = (rng: Rng): string => `o${rng.chars(27, UNIONID_ALPHABET)}`
