import type {
  CustomerTransferCommand,
  GroupTransferCommand
} from '../../domain/handover/transfer-commands'
import { MAX_CHATS_PER_CALL, MAX_CUSTOMERS_PER_CALL } from '../../domain/handover/transfer-kind'
import { AppError } from '../../errors'

/** The writer's check for transfer commands: WeCom takes 1..100 customers or chats per call. */
export function checkTransferCommand(c: CustomerTransferCommand | GroupTransferCommand): void {
  const [count, max, what] =
    c.kind === 'customer.transfer'
      ? [c.external_userid.length, MAX_CUSTOMERS_PER_CALL, '客户']
      : [c.chat_id_list.length, MAX_CHATS_PER_CALL, '客户群']
  if (count === 0 || count > max)
    throw new AppError('invalid-input', `每次交接的${what}须为 1 至 ${max} 个`)
}
