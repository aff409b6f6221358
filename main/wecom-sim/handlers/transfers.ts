/**
 * Customer reassignment: resigned/transfer_customer and (in-service) transfer_customer, their
 * transfer_result pages, and get_unassigned_list. Per-customer errcodes (doc 96325/96331):
 * 40130 same member, 40097 handover has not left (resigned), 41054 / 40098 takeover not
 * activated / not eligible, 40096 unknown customer, 40131 not a follower, 40129 already being
 * transferred, 40128 third in-service transfer within 90 days. errcode 0 = started, not done.
 */
import { PAGE_LIMITS } from '../../wecom/dto/page-limits'
import type { MemberRow } from '../members'
import type { SimRequest, SimState } from '../state'
import { optInt, optString, pageLimit, reqString, reqStringList } from '../request-fields'
import type { TransferKind, TransferLedger } from '../transfer-ledger'
import { decodeCursor, encodeCursor, invalidField, SimApiError } from '../wire'
import { UnassignedList } from '../unassigned-list'

const ONJOB = PAGE_LIMITS['externalcontact/transfer_customer']
const RESULTS_PER_PAGE = PAGE_LIMITS['externalcontact/transfer_result'].perPage

export function transferHandlers(sim: SimState, ledger: TransferLedger) {
  const unassigned = new UnassignedList(sim.db)
  const customerExists = sim.db
    .prepare<[string], number>(
      'SELECT 1 FROM external_contact WHERE external_userid = ? AND removed_at IS NULL'
    )
    .pluck()
  const follows = sim.db
    .prepare<[string, string], number>(
      'SELECT 1 FROM follow_relation WHERE userid = ? AND external_userid = ?'
    )
    .pluck()
  const realName = sim.db
    .prepare<[string], number>('SELECT real_name FROM sim_member_extra WHERE userid = ?')
    .pluck()

  /** Checks that fail the whole call: unknown members, takeover outside the visible range. */
  function members(req: SimRequest, kind: TransferKind) {
    const handover = sim.members.find(reqString(req.input, 'handover_userid'))
    const takeover = sim.members.active(reqString(req.input, 'takeover_userid'))
    // Departed members are gone from the address book: no in-service transfer from them.
    if (!handover || (kind === 'onjob' && handover.status === 5)) throw new SimApiError(60111)
    sim.requireVisibleMember(takeover.userid, req.secret)
    return { handover, takeover }
  }

  function takeoverError(takeover: MemberRow): number {
    if (takeover.status === 4) return 41054
    const verified = realName.get(takeover.userid) ?? 1
    if (takeover.status !== 1 || takeover.is_follow_user !== 1 || verified !== 1) return 40098
    return 0
  }

  function customerError(
    kind: TransferKind,
    handover: MemberRow,
    takeover: MemberRow,
    ext: string
  ) {
    if (handover.userid === takeover.userid) return 40130
    if (kind === 'resigned' && handover.status !== 5) return 40097
    const notEligible = takeoverError(takeover)
    if (notEligible !== 0) return notEligible
    if (customerExists.get(ext) === undefined) return 40096
    if (follows.get(handover.userid, ext) === undefined) return 40131
    if (ledger.isPending(handover.userid, ext)) return 40129
    if (kind === 'onjob' && ledger.onjobTransfersInNinetyDays(ext) >= 2) return 40128
    return 0
  }

  function transfer(kind: TransferKind) {
    return (req: SimRequest) => {
      const ids = reqStringList(req.input, 'external_userid', ONJOB.customers)
      const message = optString(req.input, 'transfer_success_msg')
      if (message !== undefined && [...message].length > ONJOB.successMsgChars) {
        throw invalidField('transfer_success_msg', `exceed max length ${ONJOB.successMsgChars}`)
      }
      const { handover, takeover } = members(req, kind)
      const customer = sim.db.transaction(() =>
        ids.map((ext) => {
          const errcode = customerError(kind, handover, takeover, ext)
          if (errcode === 0) ledger.request(kind, handover.userid, takeover.userid, ext)
          return { external_userid: ext, errcode }
        })
      )()
      return { customer }
    }
  }

  function result(kind: TransferKind) {
    return (req: SimRequest) => {
      const handover = reqString(req.input, 'handover_userid')
      const takeover = reqString(req.input, 'takeover_userid')
      const [afterId] = decodeCursor(req.input.cursor, 1) ?? [0]
      const rows = ledger.page(kind, handover, takeover, Number(afterId), RESULTS_PER_PAGE + 1)
      const shown = rows.slice(0, RESULTS_PER_PAGE)
      const last = shown.at(-1)
      return {
        customer: shown.map((row) => ({
          external_userid: row.external_userid,
          status: row.status,
          // The automatic takeover time while waiting, the takeover time once done.
          takeover_time:
            row.status === 1 || row.status === 2 ? Math.floor(row.takeover_at / 1000) : 0
        })),
        next_cursor: rows.length > RESULTS_PER_PAGE && last ? encodeCursor([last.id]) : ''
      }
    }
  }

  function unassignedPage(req: SimRequest) {
    const limits = PAGE_LIMITS['externalcontact/get_unassigned_list']
    const size = pageLimit(req.input, 'page_size', limits.pageSize, limits.pageSize)
    const position = decodeCursor(req.input.cursor, 2)
    const pageId = optInt(req.input, 'page_id') ?? 0
    const page = unassigned.page(position, position ? 0 : pageId * size, size)
    return {
      info: page.rows.map((row) => ({
        handover_userid: row.userid,
        external_userid: row.external_userid,
        dimission_time: Math.floor(row.dimission_time / 1000)
      })),
      is_last: page.next === null,
      next_cursor: page.next ? encodeCursor(page.next) : ''
    }
  }

  return {
    'externalcontact/get_unassigned_list': unassignedPage,
    'externalcontact/resigned/transfer_customer': transfer('resigned'),
    'externalcontact/resigned/transfer_result': result('resigned'),
    'externalcontact/transfer_customer': transfer('onjob'),
    'externalcontact/transfer_result': result('onjob')
  }
}
