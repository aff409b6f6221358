import type { Db } from '../connection'

/** One user action, as the audit log keeps it. `before`/`after` are stored as JSON text. */
export interface AuditEntry {
  at: number
  actor: string
  action: string
  entity: string
  entityId: string
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
}

interface AuditRecord {
  at: number
  actor: string
  action: string
  entity: string
  entity_id: string
  before: string | null
  after: string | null
}

const toJson = (value: Record<string, unknown> | null): string | null =>
  value === null ? null : JSON.stringify(value)
const fromJson = (text: string | null): Record<string, unknown> | null =>
  text === null ? null : (JSON.parse(text) as Record<string, unknown>)

/** All SQL for `audit_log`. Writes join the caller's transaction: a rollback leaves no entry. */
export function createAuditRepo(db: Db) {
  const insert = db.prepare<AuditRecord>(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after)
     VALUES (@at, @actor, @action, @entity, @entity_id, @before, @after)`
  )
  const byEntity = db.prepare<[string, string], AuditRecord>(
    `SELECT at, actor, action, entity, entity_id, before, after FROM audit_log
     WHERE entity = ? AND entity_id = ? ORDER BY at, id`
  )
  return {
    record(e: AuditEntry): void {
      insert.run({
        at: e.at,
        actor: e.actor,
        action: e.action,
        entity: e.entity,
        entity_id: e.entityId,
        before: toJson(e.before),
        after: toJson(e.after)
      })
    },
    listFor(entity: string, entityId: string): AuditEntry[] {
      return byEntity.all(entity, entityId).map((r) => ({
        at: r.at,
        actor: r.actor,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        before: fromJson(r.before),
        after: fromJson(r.after)
      }))
    }
  }
}
export type AuditRepo = ReturnType<typeof createAuditRepo>
