import type { Db } from '../connection'
import type { NoticeCandidate } from '../../domain/notices/notice-audience'
import type { ChunkOutcome } from '../../domain/notices/notice-delivery'

/** The outbox entity notices' message/send rows carry; entity_id is the notice id. */
export const NOTICE_ENTITY = 'notice'

export interface NoticeRecord {
  id: number
  action_id: string
  created_at: number
  actor: string
  msgtype: 'text' | 'markdown'
  content: string
  due_date: string | null
  audience: string
  recipient_count: number
  chunk_count: number
}

interface CandidateRecord {
  userid: string
  name: string
  status: number
  is_follow_user: number
  removed_at: number | null
}

const toCandidate = (r: CandidateRecord): NoticeCandidate => ({
  userid: r.userid,
  name: r.name,
  status: r.status,
  isFollowUser: r.is_follow_user === 1,
  removed: r.removed_at !== null
})

/** All SQL for `notice`, plus the reads it needs from `member` and its `sync_outbox` rows. */
export function createNoticeRepo(db: Db) {
  const insert = db.prepare<Omit<NoticeRecord, 'id'>>(
    `INSERT INTO notice (action_id, created_at, actor, msgtype, content, due_date, audience,
       recipient_count, chunk_count)
     VALUES (@action_id, @created_at, @actor, @msgtype, @content, @due_date, @audience,
       @recipient_count, @chunk_count)`
  )
  const recent = db.prepare<[number], NoticeRecord>(
    `SELECT id, action_id, created_at, actor, msgtype, content, due_date, audience, recipient_count,
       chunk_count FROM notice ORDER BY created_at DESC, id DESC LIMIT ?`
  )
  // Explicit userids keep the order given (json_each key), so previews list them as pasted.
  const members = db.prepare<[string], CandidateRecord>(
    `SELECT m.userid, m.name, m.status, m.is_follow_user, m.removed_at
       FROM json_each(?) j JOIN member m ON m.userid = j.value ORDER BY j.key`
  )
  const names = db.prepare<[string], { userid: string; name: string }>(
    `SELECT userid, name FROM member WHERE userid IN (SELECT value FROM json_each(?))`
  )
  const chunks = db.prepare<[string, string], ChunkOutcome>(
    `SELECT state, result FROM sync_outbox WHERE entity = ? AND entity_id = ? ORDER BY id`
  )
  const failures = db.prepare<[string, string], { code: string; zh: string }>(
    `SELECT DISTINCT error_code AS code, coalesce(last_error, '') AS zh FROM sync_outbox
      WHERE entity = ? AND entity_id = ? AND state = 'failed' AND error_code IS NOT NULL`
  )
  return {
    /** Call inside the sending transaction; returns the notice id. */
    insert: (r: Omit<NoticeRecord, 'id'>): number => Number(insert.run(r).lastInsertRowid),
    recent: (limit: number): NoticeRecord[] => recent.all(limit),
    candidates: (userids: readonly string[]): NoticeCandidate[] =>
      members.all(JSON.stringify(userids)).map(toCandidate),
    names(userids: readonly string[]): Map<string, string> {
      if (userids.length === 0) return new Map()
      return new Map(names.all(JSON.stringify(userids)).map((r) => [r.userid, r.name]))
    },
    chunks: (noticeId: number): ChunkOutcome[] => chunks.all(NOTICE_ENTITY, String(noticeId)),
    /** Distinct reasons the notice's failed chunks carry (zh-CN as stored). */
    failures: (noticeId: number): { code: string; zh: string }[] => failures.all(NOTICE_ENTITY, String(noticeId))
  }
}
export type NoticeRepo = ReturnType<typeof createNoticeRepo>
