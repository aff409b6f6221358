import type { Db } from '../db/connection'
import { bulkInserter } from './bulk-insert'
import type { DemoCustomer } from './records'

/**
 * Writes streamed customers: the contact, each follow relation and its tags, through multi-row
 * inserts. Remarks WeCom sends as "" are stored as NULL; createtime seconds become epoch ms.
 */
export function createCustomerWriter(db: Db, syncedAt: number) {
  const contact = bulkInserter(db, 'external_contact', [
    'external_userid',
    'name',
    'type',
    'gender',
    'corp_name',
    'unionid',
    'synced_at'
  ])
  const relation = bulkInserter(db, 'follow_relation', [
    'userid',
    'external_userid',
    'remark',
    'add_way',
    'created_at',
    'state',
    'synced_at'
  ])
  const relationTag = bulkInserter(db, 'follow_relation_tag', [
    'userid',
    'external_userid',
    'tag_id'
  ])
  return {
    /** Buffers one customer with its relations and their tags; returns the number of tag rows. */
    add({ external_contact: c, follow_user }: DemoCustomer): number {
      const id = c.external_userid
      contact.add([id, c.name, c.type, c.gender, c.corp_name ?? null, c.unionid ?? null, syncedAt])
      let tagRows = 0
      for (const f of follow_user) {
        const remark = f.remark === '' ? null : f.remark
        const createdAt = f.createtime * 1000
        relation.add([f.userid, id, remark, f.add_way, createdAt, f.state ?? null, syncedAt])
        for (const tagId of f.tag_id) relationTag.add([f.userid, id, tagId])
        tagRows += f.tag_id.length
      }
      return tagRows
    },
    /** Writes whatever is still buffered; call before the transaction commits. */
    flush(): void {
      contact.flush()
      relation.flush()
      relationTag.flush()
    }
  }
}
export type CustomerWriter = ReturnType<typeof createCustomerWriter>
