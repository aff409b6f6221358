/**
 * Reading WeCom's errmsg. Observed format:
 *   `<text>, hint: [<id>], from ip: <ip>, more info at https://…/devtool/query?e=<code>`
 * Older bodies have `hint: [1597832536_107_<hex>]` and no `from ip`; some have an empty
 * `from ip: `.
 * The errcode decides behaviour (doc 90455); errmsg only feeds the operator's explanation.
 */
import { wecomErrcodeInfo, type WecomErrorKind } from './errcodes'

export interface WecomErrmsgParts {
  /** The human part before the hint, e.g. "api freq out of limit". */
  readonly text: string
  /** WeCom's request id; quote it to WeCom support. */
  readonly hint?: string
  /** The caller's egress IP as WeCom saw it. */
  readonly ip?: string
  readonly moreInfoUrl?: string
}

const HINT = /hint:\s*\[([^\]]*)\]/
const FROM_IP = /from ip:\s*([0-9A-Fa-f.:]+)/
const MORE_INFO = /more info at\s+(\S+)/
/** The text ends where the first trailer starts; 60011 has a space before its comma. */
const TRAILER = /\s*,?\s*(hint:|from ip:|more info at)/

export function parseWecomErrmsg(errmsg: string): WecomErrmsgParts {
  const trailerAt = errmsg.search(TRAILER)
  const text = (trailerAt === -1 ? errmsg : errmsg.slice(0, trailerAt)).trim()
  const parts: { -readonly [K in keyof WecomErrmsgParts]: WecomErrmsgParts[K] } = { text }
  const hint = HINT.exec(errmsg)?.[1]
  const ip = FROM_IP.exec(errmsg)?.[1]
  const moreInfoUrl = MORE_INFO.exec(errmsg)?.[1]
  if (hint) parts.hint = hint
  if (ip) parts.ip = ip
  if (moreInfoUrl) parts.moreInfoUrl = moreInfoUrl
  return parts
}

export interface WecomErrorExplanation extends WecomErrmsgParts {
  readonly errcode: number
  readonly kind: WecomErrorKind
  /** For the operator: what happened and what to do, with the IP filled in. */
  readonly zh: string
  readonly en: string
}

/** Works for whole error bodies and for per-item errcodes (transfer rows) that have no errmsg. */
export function explainWecomError(body: {
  errcode: number
  errmsg?: string | undefined
}): WecomErrorExplanation {
  const parts = parseWecomErrmsg(body.errmsg ?? '')
  const info = wecomErrcodeInfo(body.errcode)
  const zh = parts.ip ? info.zh.replaceAll('{ip}', parts.ip) : (info.zhNoIp ?? info.zh)
  return { ...parts, errcode: body.errcode, kind: info.kind, zh, en: info.en }
}
