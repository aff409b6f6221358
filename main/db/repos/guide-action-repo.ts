import type { Db } from '../connection'
import type { GuideActionInfo, GuideActionKind } from '../../../preload/contract/models'
import type { GuideState } from '../../domain/guides/guide-state'

/** One guide's state before and after an action: undo writes `before`, redo writes `after`. */
export interface GuideStateChange {
  userid: string
  before: GuideState
  after: GuideState
}

export interface GuideAction extends GuideActionInfo {
  changes: GuideStateChange[]
}

interface ActionRecord {
  id: string
  at: number
  actor: string
  kind: GuideActionKind
  summary: string
  changes: string
}

const toAction = (r: ActionRecord): GuideAction => {
  const changes = JSON.parse(r.changes) as GuideStateChange[]
  return { actionId: r.id, kind: r.kind, summary: r.summary, at: r.at, actor: r.actor, guides: changes.length, changes }
}

/**
 * The undo/redo stack of guide bulk actions (guide_action). Undo takes the latest 'done'
 * action, redo the earliest 'undone' one; a new action discards what could still be redone.
 * Writes join the caller's transaction.
 */
export function createGuideActionRepo(db: Db) {
  const cols = 'id, at, actor, kind, summary, changes'
  const insert = db.prepare(
    `INSERT INTO guide_action (id, seq, at, actor, kind, summary, changes, state)
     VALUES (@id, (SELECT coalesce(max(seq), 0) + 1 FROM guide_action), @at, @actor, @kind,
       @summary, @changes, 'done')`
  )
  const discardRedo = db.prepare("UPDATE guide_action SET state = 'discarded' WHERE state = 'undone'")
  const lastDone = db.prepare<[], ActionRecord>(
    `SELECT ${cols} FROM guide_action WHERE state = 'done' ORDER BY seq DESC LIMIT 1`
  )
  const firstUndone = db.prepare<[], ActionRecord>(
    `SELECT ${cols} FROM guide_action WHERE state = 'undone' ORDER BY seq LIMIT 1`
  )
  const setState = db.prepare<[string, number | null, string]>(
    'UPDATE guide_action SET state = ?, undone_at = ? WHERE id = ?'
  )
  return {
    push(a: Omit<GuideAction, 'guides'>): void {
      discardRedo.run()
      insert.run({ id: a.actionId, at: a.at, actor: a.actor, kind: a.kind, summary: a.summary, changes: JSON.stringify(a.changes) })
    },
    lastDone: (): GuideAction | null => {
      const r = lastDone.get()
      return r ? toAction(r) : null
    },
    firstUndone: (): GuideAction | null => {
      const r = firstUndone.get()
      return r ? toAction(r) : null
    },
    markUndone: (id: string, at: number) => void setState.run('undone', at, id),
    markDone: (id: string) => void setState.run('done', null, id)
  }
}
export type GuideActionRepo = ReturnType<typeof createGuideActionRepo>
