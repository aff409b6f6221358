import type { Db } from '../connection'
import type { GroupChatWrite } from './customer-repo'

/**
 * Sync's reads and writes of group_chat. groupchat/list gives only (chat_id, status), so sync
 * asks it which listed chats it knows unchanged (mark seen) and which need groupchat/get.
 * Opens no transactions.
 */
export function createGroupChatRepo(db: Db) {
  const known = db.prepare<[string], { chat_id: string; status: number }>(
    `SELECT chat_id, status FROM group_chat
     WHERE removed_at IS NULL AND chat_id IN (SELECT value FROM json_each(?))`
  )
  const upsert = db.prepare<GroupChatWrite & { run: number }>(
    `INSERT INTO group_chat (chat_id, name, owner, member_count, status, created_at, removed_at,
       synced_at)
     VALUES (@chat_id, @name, @owner, @member_count, @status, @created_at, NULL, @run)
     ON CONFLICT (chat_id) DO UPDATE SET name = excluded.name, owner = excluded.owner,
       member_count = excluded.member_count, status = excluded.status,
       created_at = excluded.created_at, removed_at = NULL, synced_at = excluded.synced_at`
  )
  // A refresh re-reads details only: status comes from the list, synced_at only from being listed.
  const updateDetails = db.prepare<Omit<GroupChatWrite, 'status'>>(
    `UPDATE group_chat SET name = @name, owner = @owner, member_count = @member_count,
       created_at = @created_at WHERE chat_id = @chat_id`
  )
  const markSeen = db.prepare<[number, string]>(
    `UPDATE group_chat SET synced_at = ? WHERE chat_id IN (SELECT value FROM json_each(?))`
  )
  const sweepAll = db.prepare<{ run: number; now: number }>(
    `UPDATE group_chat SET removed_at = @now WHERE removed_at IS NULL AND synced_at IS NOT @run`
  )
  const sweepOwners = db.prepare<{ run: number; now: number; owners: string }>(
    `UPDATE group_chat SET removed_at = @now WHERE removed_at IS NULL AND synced_at IS NOT @run
       AND owner IN (SELECT value FROM json_each(@owners))`
  )
  const liveAfter = db
    .prepare<[string, number], string>(
      `SELECT chat_id FROM group_chat WHERE removed_at IS NULL AND chat_id > ?
       ORDER BY chat_id LIMIT ?`
    )
    .pluck()

  return {
    /** Live cached chats among `chatIds` → their cached status. */
    knownStatuses(chatIds: readonly string[]): Map<string, number> {
      return new Map(known.all(JSON.stringify(chatIds)).map((r) => [r.chat_id, r.status]))
    },
    upsert: (c: GroupChatWrite, run: number) => void upsert.run({ ...c, run }),
    updateDetails: (c: Omit<GroupChatWrite, 'status'>) => void updateDetails.run(c),
    /** Listed and unchanged: only the run stamp moves. */
    markSeen: (chatIds: readonly string[], run: number) =>
      void markSeen.run(run, JSON.stringify(chatIds)),
    /**
     * Chats the run did not list get removed_at; with `owners`, only chats of those owners (the
     * ones the run could list), so chats of departed owners keep their last known state.
     */
    sweep(run: number, now: number, owners: readonly string[] | null): number {
      if (owners === null) return sweepAll.run({ run, now }).changes
      return sweepOwners.run({ run, now, owners: JSON.stringify(owners) }).changes
    },
    /** Live chats after `chatId` in id order, for the rotating detail refresh. */
    liveAfter: (chatId: string, limit: number): string[] => liveAfter.all(chatId, limit)
  }
}
export type GroupChatRepo = ReturnType<typeof createGroupChatRepo>
