/**
 * Names for the ids in a handover's ledger: the rows keep only ids (they are WeCom's keys), but
 * the 客户交接 screen shows people and customers by name. One lookup per ledger read.
 */
import type { HandoverLedger, HandoverLedgerView } from '../../preload/contract/handover-models'
import type { HandoverRepo } from '../db/repos/handover-repo'

export function withNames(
  repo: Pick<HandoverRepo, 'memberNames' | 'customerNames' | 'groupOwners'>,
  ledger: HandoverLedger
): HandoverLedgerView {
  const members = new Set<string>()
  for (const row of [...ledger.customers, ...ledger.groups]) {
    members.add(row.handoverUserid)
    members.add(row.takeoverUserid)
  }
  const customers = [...new Set(ledger.customers.map((e) => e.externalUserid))]
  const chats = [...new Set(ledger.groups.map((g) => g.chatId))]
  return {
    ...ledger,
    memberNames: Object.fromEntries(repo.memberNames([...members])),
    customerNames: Object.fromEntries(repo.customerNames(customers)),
    groupNames: Object.fromEntries([...repo.groupOwners(chats)].map(([id, g]) => [id, g.name]))
  }
}
