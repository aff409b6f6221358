import type { OutboxErrorInfo } from '../../preload/contract/models'
import type { GuideState } from '../domain/guides/guide-state'
import type { EnqueueInput } from '../outbox/outbox-writer'

/** The part of the outbox writer guides use (main/outbox/outbox-writer.ts). */
export interface MemberOutbox {
  enqueue(input: EnqueueInput): number
  enqueueMany(inputs: readonly EnqueueInput[]): number[]
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
 * Owes WeCom each guide's whole department list (user/update replaces it; spec §1.3), all of one
 * action in one outbox call: a bulk action moves up to 20,000 guides, and one insert plus one
 * supersede pass per guide dominated its time. Call inside the transaction that writes the local
 * states, so both land or neither does.
 */
export function enqueueDepartmentsMany(
  outbox: MemberOutbox,
  list: readonly { userid: string; state: GuideState }[],
  actionId: string
): void {
  const inputs = list.flatMap(({ userid, state }) => departmentsCommand(userid, state, actionId) ?? [])
  if (inputs.length > 0) outbox.enqueueMany(inputs)
}

/** The user/update a guide's state owes WeCom; null without a department (nothing to send). */
function departmentsCommand(userid: string, state: GuideState, actionId: string): EnqueueInput | null {
  if (state.mainDepartment === null || state.departments.length === 0) return null
  return {
    command: { kind: 'user.update', userid, department: state.departments, main_department: state.mainDepartment },
    entity: MEMBER_ENTITY,
    entityId: userid,
    actionId
  }
}
