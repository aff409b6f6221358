/**
 * Customer groups in the server's state. The cache schema keeps a group's member_count but not
 * its members, so groupchat/get derives them: the owner, then that many of the owner's own
 * customers from a position picked by the chat id's hash. The same state gives the same list.
 * Resigned-group transfers run like customer ones: 2 继承中 until the takeover delay passes,
 * then owner = new owner and 3 继承完成 (the cache's group_chat.status codes).
 */
import type { Db } from '../db/connection'
import { stableHash } from './sim-schema'

export interface GroupChatRow {
  chat_id: string
  name: string
  owner: string
  member_count: number
  status: number
  created_at: number
}

interface MemberSeed {
  external_userid: string
  name: string
  unionid: string | null
}

/** Customer groups hold at most 500 people (WeCom's limit for 客户群). */
const MAX_GROUP_SIZE = 500

export class GroupChats {
  readonly byId
  readonly page
  readonly ofOwner
  private readonly customersFrom
  private readonly customerCount
  private readonly due
  private readonly firstDue
  /** Earliest pending transfer's due time; -Infinity = not known yet. */
  private nextDue = Number.NEGATIVE_INFINITY

  constructor(private readonly db: Db) {
    const columns = 'chat_id, name, owner, member_count, status, created_at'
    this.byId = db.prepare<[string], GroupChatRow>(
      `SELECT ${columns} FROM group_chat WHERE chat_id = ? AND removed_at IS NULL`
    )
    this.page = db.prepare<[string, number, number, number], GroupChatRow>(
      `SELECT ${columns} FROM group_chat WHERE chat_id > ? AND removed_at IS NULL
         AND (? = 0 OR status = ?) ORDER BY chat_id LIMIT ?`
    )
    this.ofOwner = db.prepare<[string], GroupChatRow>(
      `SELECT ${columns} FROM group_chat WHERE owner = ? AND removed_at IS NULL`
    )
    this.customersFrom = db.prepare<[string, number, number], MemberSeed>(
      `SELECT f.external_userid, c.name, c.unionid FROM follow_relation f
       JOIN external_contact c ON c.external_userid = f.external_userid
       WHERE f.userid = ? ORDER BY f.external_userid LIMIT ? OFFSET ?`
    )
    this.customerCount = db
      .prepare<[string], number>('SELECT count(*) FROM follow_relation WHERE userid = ?')
      .pluck()
    this.due = db.prepare<[number], { id: number; chat_id: string; takeover_userid: string }>(
      `SELECT id, chat_id, takeover_userid FROM sim_group_transfer
       WHERE status = 2 AND due_at <= ? ORDER BY due_at, id`
    )
    this.firstDue = db
      .prepare<[], number | null>('SELECT min(due_at) FROM sim_group_transfer WHERE status = 2')
      .pluck()
  }

  /** Records a resigned-group transfer that completes at `dueAt`. */
  schedule(
    kind: 'resigned' | 'onjob',
    chat: GroupChatRow,
    newOwner: string,
    now: number,
    dueAt: number
  ) {
    this.db
      .prepare(
        `INSERT INTO sim_group_transfer (kind, chat_id, handover_userid, takeover_userid,
           requested_at, due_at, status) VALUES (?, ?, ?, ?, ?, ?, ?)`
      )
      .run(kind, chat.chat_id, chat.owner, newOwner, now, dueAt, kind === 'resigned' ? 2 : 1)
    if (kind === 'resigned') this.nextDue = Math.min(this.nextDue, dueAt)
  }

  /**
   * Completes resigned group transfers whose delay has passed: owner = new owner, 3 继承完成.
   * Runs before every request, so it returns at once while nothing is due.
   */
  settleDue(now: number): number {
    if (this.nextDue === Number.NEGATIVE_INFINITY) this.nextDue = this.firstDue.get() ?? Infinity
    if (now < this.nextDue) return 0
    const due = this.due.all(now)
    const done = this.db.prepare('UPDATE sim_group_transfer SET status = 1 WHERE id = ?')
    this.db.transaction(() => {
      for (const row of due) {
        this.setOwner(row.chat_id, row.takeover_userid, 3)
        done.run(row.id)
      }
    })()
    this.nextDue = this.firstDue.get() ?? Infinity
    return due.length
  }

  /** member_list of groupchat/get: the owner, then up to member_count − 1 customers. */
  members(chat: GroupChatRow, needName: boolean): Record<string, unknown>[] {
    const joined = Math.floor(chat.created_at / 1000)
    const owner = { userid: chat.owner, type: 1, join_time: joined, join_scene: 1 }
    const wanted = Math.min(chat.member_count, MAX_GROUP_SIZE) - 1
    const total = this.customerCount.get(chat.owner) ?? 0
    const take = Math.max(0, Math.min(wanted, total))
    const start = total === 0 ? 0 : stableHash(chat.chat_id) % total
    const seeds = this.customersFrom.all(chat.owner, take, start)
    if (seeds.length < take)
      seeds.push(...this.customersFrom.all(chat.owner, take - seeds.length, 0))
    const customers = seeds.map((c, i) => {
      const hash = stableHash(c.external_userid, stableHash(chat.chat_id))
      const scene = 1 + (hash % 3)
      return {
        userid: c.external_userid,
        type: 2,
        ...(c.unionid ? { unionid: c.unionid } : {}),
        join_time: joined + 60 * (i + 1) + (hash % 86_400),
        join_scene: scene,
        ...(scene === 1 ? { invitor: { userid: chat.owner } } : {}),
        group_nickname: '',
        ...(needName ? { name: c.name } : {})
      }
    })
    return [{ ...owner, group_nickname: '' }, ...customers]
  }

  setOwner(chatId: string, owner: string, status: number): void {
    this.db
      .prepare('UPDATE group_chat SET owner = ?, status = ? WHERE chat_id = ?')
      .run(owner, status, chatId)
  }

  setStatus(chatId: string, status: number): void {
    this.db.prepare('UPDATE group_chat SET status = ? WHERE chat_id = ?').run(status, chatId)
  }
}
