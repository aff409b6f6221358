import { AppError } from '../../errors'
import type { OutboxHandler } from './handler'

/** What the row keeps of WeCom's answer: who did not get the message, and its id. */
export interface MessageSendResult {
  msgid: string | null
  invaliduser: string[]
  unlicenseduser: string[]
}

/**
 * message/send, text or markdown, to at most 1000 members (the writer checks the count).
 * Not idempotent: a re-send is a second message on every guide's phone. So a row whose send
 * was cut off (crash, lost reply) is never re-sent automatically; it fails with a reason and
 * the operator decides after looking in WeCom. Members WeCom skipped are kept in the result.
 */
export const messageSendHandler: OutboxHandler<'message.send'> = {
  kind: 'message.send',
  idempotent: false,
  async send(c, { client, agentId }) {
    if (agentId === null) {
      throw new AppError(
        'wecom-config',
        '尚未配置发送消息所用应用的 AgentId，消息未发出；请在「设置 → 企业微信」填写后重试。'
      )
    }
    const touser = c.touser.join('|')
    const body =
      c.msgtype === 'text'
        ? await client.call('message/send', {
            agentid: agentId,
            touser,
            msgtype: 'text',
            text: { content: c.content }
          })
        : await client.call('message/send', {
            agentid: agentId,
            touser,
            msgtype: 'markdown',
            markdown: { content: c.content }
          })
    const result: MessageSendResult = {
      msgid: body.msgid ?? null,
      invaliduser: body.invaliduser,
      unlicenseduser: body.unlicenseduser
    }
    return result
  }
}
