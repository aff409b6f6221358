/**
 * Levers the demo and tests pull on the server's state from outside the API: a member leaves,
 * customers are scripted to refuse transfers, a takeover is capped or not real-name verified,
 * all tokens expire at once.
 */
import type { SimState } from './state'
import type { TokenStore } from './tokens'

export interface SimSentMessage {
  readonly msgid: string
  readonly sent_at: number
  readonly msgtype: string
  readonly content: string
  readonly touser: string | null
  readonly toparty: string | null
  readonly invaliduser: string
}

export interface SimControls {
  /** Expires every live token now (secret reset / early invalidation); returns how many. */
  expireTokens(): number
  /** Settles transfers whose time has come (also done before each request and on advance). */
  settle(): { customers: number; groups: number }
  /**
   * The member leaves now: status 5, out of the address book, customers listed by
   * get_unassigned_list, groups 1 离职待继承.
   */
  depart(userid: string): void
  /** These customers will refuse any transfer (status 3 客户拒绝). */
  refuseTransfers(externalUserids: readonly string[]): void
  /** A member who is not real-name verified cannot take over customers (40098). */
  setRealName(userid: string, verified: boolean): void
  /** Customers this member may hold as a takeover (status 4 beyond it); null = corp default. */
  setCustomerCap(userid: string, cap: number | null): void
  sentMessages(): SimSentMessage[]
}

export function simControls(
  sim: SimState,
  tokens: TokenStore,
  settle: () => { customers: number; groups: number }
): SimControls {
  const db = sim.db
  const extra = (
    column: 'dimission_time' | 'real_name' | 'customer_cap',
    userid: string,
    value: number | null
  ) =>
    db
      .prepare(
        `INSERT INTO sim_member_extra (userid, ${column}) VALUES (?, ?)
         ON CONFLICT (userid) DO UPDATE SET ${column} = excluded.${column}`
      )
      .run(userid, value)
  return {
    expireTokens: () => tokens.expireAll(sim.now()),
    settle,
    depart: (userid) => {
      db.transaction(() => {
        const changed = db
          .prepare('UPDATE member SET status = 5 WHERE userid = ? AND status <> 5')
          .run(userid).changes
        if (changed === 0) throw new RangeError(`no active member ${userid}`)
        extra('dimission_time', userid, sim.now())
        db.prepare('UPDATE group_chat SET status = 1 WHERE owner = ? AND status = 0').run(userid)
      })()
      sim.membersChanged()
    },
    refuseTransfers: (ids) => {
      const insert = db.prepare('INSERT OR IGNORE INTO sim_refusal (external_userid) VALUES (?)')
      db.transaction(() => ids.forEach((id) => insert.run(id)))()
    },
    setRealName: (userid, verified) => extra('real_name', userid, verified ? 1 : 0),
    setCustomerCap: (userid, cap) => extra('customer_cap', userid, cap),
    sentMessages: () =>
      db
        .prepare<[], SimSentMessage>(
          `SELECT msgid, sent_at, msgtype, content, touser, toparty, invaliduser
           FROM sim_message ORDER BY id`
        )
        .all()
  }
}
