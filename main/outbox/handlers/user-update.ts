import type { OutboxHandler } from './handler'

/**
 * user/update with the member's whole department list (needs the 通讯录同步 secret, else 48002).
 * Idempotent: it sets the list rather than adding to it, so a re-send after a crash or a lost
 * reply leaves WeCom exactly as one send would.
 */
export const userUpdateHandler: OutboxHandler<'user.update'> = {
  kind: 'user.update',
  idempotent: true,
  async send(c, { client }) {
    await client.call('user/update', {
      userid: c.userid,
      department: c.department,
      main_department: c.main_department
    })
    return null
  }
}
