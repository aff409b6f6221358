import type { GuideBulkAction, GuideBulkPreview, GuideUndoState } from '../../preload/contract/models'
import type { EventBus } from '../app/event-bus'
import type { Db } from '../db/connection'
import type { GuideAction, GuideActionRepo, GuideStateChange } from '../db/repos/guide-action-repo'
import type { AuditRepo } from '../db/repos/audit-repo'
import type { GuideStateRepo, StoreInfo } from '../db/repos/guide-state-repo'
import { summariseAction } from '../domain/guides/action-summary'
import { applyAction } from '../domain/guides/bulk-action'
import { wecomDiffers, type GuideState } from '../domain/guides/guide-state'
import { AppError } from '../errors'
import { computeChanges, departmentsOf, describePlan } from './guide-plan'
import type { GuidePreviewStore } from './guide-preview-store'
import { enqueueDepartmentsMany, type MemberOutbox } from './guide-writeback'

export interface GuideBulkDeps {
  db: Db
  states: GuideStateRepo
  actions: GuideActionRepo
  audit: AuditRepo
  previews: GuidePreviewStore
  /** Null where no outbox is wired: store changes then stay local (tests of local rules). */
  outbox: MemberOutbox | null
  events: EventBus
  now: () => number
  newId: () => string
  /** The local operator's name for the audit log ('HQ' when none is set). */
  actor: () => string
}

/** Tables a guide action writes: screens showing them refetch. */
export const GUIDE_TABLES = ['member', 'member_department', 'guide_store', 'guide_tag', 'guide_action', 'sync_outbox']

/**
 * Bulk actions on selected guides: preview (nothing written) → apply (one transaction: states,
 * audit rows under one action id, outbox writes) → undo / redo (each one transaction, exact).
 */
export function createGuideBulkService(deps: GuideBulkDeps) {
  const { db, states, actions } = deps

  function preview(action: GuideBulkAction, userids: string[]): GuideBulkPreview {
    const stores = states.stores()
    checkStores(action, stores)
    const storeDept = departmentsOf(stores)
    const storeName = (id: string) => stores.get(id)?.name ?? id
    const plan = {
      kind: action.kind,
      summary: (n: number) => summariseAction(action, storeName, n),
      userids,
      next: (_: string, s: GuideState) => applyAction(s, action, storeDept)
    }
    return { ...describePlan(states, plan, stores), previewId: deps.previews.keep(plan) }
  }

  const applyTx = db.transaction((previewId: string) => {
    const plan = deps.previews.take(previewId)
    const changes = computeChanges(states, plan)
    if (changes.length === 0) return { actionId: '', applied: 0 }
    const actionId = deps.newId()
    const at = deps.now()
    const actor = deps.actor()
    writeChanges(changes.map((c) => ({ userid: c.userid, from: c.before, to: c.after })), actionId, `guide.${plan.kind}`, at, actor)
    actions.push({ actionId, kind: plan.kind, summary: plan.summary(changes.length), at, actor, changes })
    return { actionId, applied: changes.length }
  })

  /** Writes each target over the state read now, audits it, and owes WeCom the new lists in one call. */
  function writeChanges(
    list: readonly { userid: string; from: GuideState; to: GuideState }[],
    actionId: string,
    auditAction: string,
    at: number,
    actor: string
  ): void {
    for (const { userid, from, to } of list) {
      states.write(userid, from, to)
      deps.audit.record({ at, actor, action: auditAction, entity: 'member', entityId: userid, before: { actionId, ...from }, after: { actionId, ...to } })
    }
    if (!deps.outbox) return
    const owed = list.filter(({ from, to }) => wecomDiffers(from, to)).map(({ userid, to }) => ({ userid, state: to }))
    enqueueDepartmentsMany(deps.outbox, owed, actionId)
  }

  /** Moves every guide of `action` to `target(change)` from whatever state it is in now. */
  function restore(action: GuideAction, target: (c: GuideStateChange) => GuideState, auditAction: string): void {
    const current = states.statesFor(action.changes.map((c) => c.userid))
    const list = action.changes.flatMap((c) => {
      const from = current.get(c.userid)
      return from ? [{ userid: c.userid, from, to: target(c) }] : []
    })
    writeChanges(list, action.actionId, auditAction, deps.now(), deps.actor())
  }

  const undoTx = db.transaction(() => {
    const action = actions.lastDone()
    if (!action) throw new AppError('not-found', '没有可撤销的操作')
    restore(action, (c) => c.before, 'guide.undo')
    actions.markUndone(action.actionId, deps.now())
  })

  const redoTx = db.transaction(() => {
    const action = actions.firstUndone()
    if (!action) throw new AppError('not-found', '没有可重做的操作')
    restore(action, (c) => c.after, 'guide.redo')
    actions.markDone(action.actionId)
  })

  const undoState = (): GuideUndoState => ({ undo: info(actions.lastDone()), redo: info(actions.firstUndone()) })
  const announce = () => deps.events.emit('db:changed', { tables: GUIDE_TABLES })

  return {
    preview,
    apply(previewId: string) {
      const result = applyTx(previewId)
      if (result.applied > 0) announce()
      return result
    },
    undo(): GuideUndoState {
      undoTx()
      announce()
      return undoState()
    },
    redo(): GuideUndoState {
      redoTx()
      announce()
      return undoState()
    },
    undoState
  }
}
export type GuideBulkService = ReturnType<typeof createGuideBulkService>

const info = (a: GuideAction | null) =>
  a ? { actionId: a.actionId, kind: a.kind, summary: a.summary, at: a.at, actor: a.actor, guides: a.guides } : null

/** Store ids come from the renderer: each must be a live store. */
function checkStores(action: GuideBulkAction, stores: ReadonlyMap<string, StoreInfo>): void {
  const ids = action.kind === 'set-primary' ? [action.storeId] : 'storeIds' in action ? action.storeIds : []
  const unknown = ids.filter((id) => !stores.has(id))
  if (unknown.length > 0) {
    throw new AppError('not-found', `门店不存在或已被同步删除：${unknown.join('、')}，请刷新后重试`)
  }
}
