import type { OutboxErrorInfo } from '../../preload/contract/models'
import type { GuideState } from '../domain/guides/guide-state'
import type { EnqueueInput } from '../outbox/outbox-writer'

/** The part of the outbox writer guides use (main/outbox/outbox-writer.ts). */
export interface MemberOutbox {
  enqueue(input: EnqueueInput): number
}

/** The part of the outbox reader guides use (main/outbox/outbox-reader.ts). */
export interface MemberOutboxStatus {
  statusFor(
    entity: string,
    ids: readonly string[]
  ): Map<string, { state: string; lastError: OutboxErrorInfo | null }>
}

/** Outbox rows for members use this entity name and the userid as id (guide_view's triggers too). */
export const MEMBER_ENTITY = 'member'

/**
 * Owes WeCom the member's whole department list (user/update replaces it; spec §1.3). Call
 * inside the transaction that writes the local state, so both land or neither does.
 */
export function enqueueDepartments(
  outbox: MemberOutbox,
  userid: string,
  state: GuideState,
  actionId: string
): void {
  if (state.mainDepartment === null || state.departments.length === 0) return
  outbox.enqueue({
    command: { kind: 'user.update', userid, department: state.departments, main_department: state.mainDepartment },
    entity: MEMBER_ENTITY,
    entityId: userid,
    actionId
  })
}
