import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoEnterprise } from '../../../main/demo/seed'
import { createCustomerService, type CustomerService } from '../../../main/services/customer-service'
import type { CustomerCursor, CustomerQuery } from '../../../preload/contract/customer-models'
import { invokeSchemas } from '../../../preload/contract/ipc'
import { createTestDb } from '../../helpers/test-db'

type Key = { userid: string; externalUserid: string; createdAt: number }
type Filter = Omit<CustomerQuery, 'limit' | 'after'>

let env: ReturnType<typeof createTestDb>
const pick = <T>(sql: string): T => env.db.prepare(sql).pluck().get() as T

beforeAll(() => {
  env = createTestDb()
  seedDemoEnterprise(env.db, { seed: 7, stores: 40, guides: 150, relations: 5000 })
  // some removed relations and customers, which must never be listed
  env.db.exec(`
    UPDATE follow_relation SET removed_at = 1 WHERE external_userid IN
      (SELECT external_userid FROM follow_relation ORDER BY external_userid LIMIT 300);
    UPDATE external_contact SET removed_at = 1 WHERE external_userid IN
      (SELECT external_userid FROM external_contact ORDER BY external_userid DESC LIMIT 200);
  `)
}, 60_000)
afterAll(() => env.cleanup())

/** The same question asked the slow, obvious way: every live relation, filtered row by row. */
function naive(f: Filter): Key[] {
  const where = ['r.removed_at IS NULL', 'c.removed_at IS NULL']
  const args: string[] = []
  if (f.userid) {
    where.push('r.userid = ?')
    args.push(f.userid)
  }
  if (f.storeId) {
    where.push('r.userid IN (SELECT userid FROM guide_store WHERE store_id = ?)')
    args.push(f.storeId)
  }
  if (f.tagId) {
    where.push('EXISTS (SELECT 1 FROM follow_relation_tag t WHERE t.userid = r.userid AND t.external_userid = r.external_userid AND t.tag_id = ?)')
    args.push(f.tagId)
  }
  if (f.search) {
    where.push('(substr(c.name, 1, length(?1)) = ?1 OR substr(r.remark, 1, length(?1)) = ?1)'.replaceAll('?1', '?'))
    args.push(f.search, f.search, f.search, f.search)
  }
  return env.db
    .prepare(
      `SELECT r.userid, r.external_userid AS externalUserid, r.created_at AS createdAt
       FROM follow_relation r JOIN external_contact c ON c.external_userid = r.external_userid
       WHERE ${where.join(' AND ')} ORDER BY r.created_at DESC, r.userid DESC, r.external_userid DESC`
    )
    .all(...args) as Key[]
}

/** Every page of a query, following the cursor; returns the keys and the first page's total. */
function allPages(service: CustomerService, f: Filter, limit: number): { keys: Key[]; total: number | null } {
  const keys: Key[] = []
  let after: CustomerCursor | undefined
  let total: number | null = null
  for (let i = 0; i < 10_000; i++) {
    const page = service.list({ ...f, limit, ...(after ? { after } : {}) })
    if (i === 0) total = page.total
    keys.push(...page.rows.map((r) => ({ userid: r.userid, externalUserid: r.externalUserid, createdAt: r.createdAt })))
    if (!page.next) break
    after = page.next
  }
  return { keys, total }
}

function filters(): Record<string, Filter> {
  const userid = pick<string>('SELECT userid FROM follow_relation GROUP BY userid ORDER BY COUNT(*) DESC LIMIT 1')
  const storeId = pick<string>('SELECT store_id FROM guide_store GROUP BY store_id ORDER BY COUNT(*) DESC LIMIT 1')
  const tagId = pick<string>('SELECT tag_id FROM follow_relation_tag GROUP BY tag_id ORDER BY COUNT(*) DESC LIMIT 1')
  const surname = pick<string>("SELECT substr(name, 1, 1) FROM external_contact GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1")
  const remark = pick<string>("SELECT substr(remark, 1, 2) FROM follow_relation WHERE remark <> '' GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1")
  return {
    none: {},
    guide: { userid },
    store: { storeId },
    tag: { tagId },
    name: { search: surname },
    remark: { search: remark },
    'store + tag + name': { storeId, tagId, search: surname },
    'no match': { userid: 'nobody' }
  }
}

describe.each([
  ['sorted candidates', undefined],
  ['newest-first walk', 1]
])('customer:list (%s)', (_plan, sortCap) => {
  const service = () => createCustomerService(env.db, sortCap === undefined ? {} : { sortCap })

  it('returns exactly the rows of the naive query, in order, for each filter', () => {
    for (const [label, f] of Object.entries(filters())) {
      const expected = naive(f)
      if (label !== 'no match' && label !== 'store + tag + name') expect(expected.length, label).toBeGreaterThan(5)
      expect(allPages(service(), f, 200).keys, label).toEqual(expected)
    }
  })

  it('keyset paging visits every row exactly once, across many small pages', () => {
    const f = filters().tag!
    const { keys } = allPages(service(), f, 7)
    const ids = keys.map((k) => `${k.userid}/${k.externalUserid}`)
    expect(new Set(ids).size).toBe(ids.length)
    expect(keys).toEqual(naive(f))
  })

  it('never lists a removed relation or a removed customer', () => {
    const removed = new Set(
      env.db
        .prepare(`SELECT r.userid || '/' || r.external_userid FROM follow_relation r JOIN external_contact c
          ON c.external_userid = r.external_userid WHERE r.removed_at IS NOT NULL OR c.removed_at IS NOT NULL`)
        .pluck()
        .all() as string[]
    )
    expect(removed.size).toBeGreaterThan(300)
    const listed = allPages(service(), {}, 200).keys.map((k) => `${k.userid}/${k.externalUserid}`)
    expect(listed.filter((k) => removed.has(k))).toEqual([])
  })

  it('gives a total on a sorted first page and a cursor only while more rows remain', () => {
    const f = filters().guide!
    const first = service().list({ ...f, limit: 3 })
    expect(first.total).toBe(sortCap === undefined ? naive(f).length : null)
    expect(first.next).not.toBeNull()
    expect(service().list({ ...f, limit: 200 }).next).toBeNull()
  })
})

describe('customer:list contract', () => {
  const schema = invokeSchemas['customer:list']
  const after = { createdAt: 1, userid: 'u', externalUserid: 'e' }

  it('accepts filters, a limit up to 200 and a cursor', () => {
    expect(schema.safeParse({}).success).toBe(true)
    expect(schema.safeParse({ userid: 'u', storeId: 's', tagId: 't', search: '张', limit: 200, after }).success).toBe(true)
  })

  it.each([
    ['limit over 200', { limit: 201 }],
    ['limit 0', { limit: 0 }],
    ['empty search', { search: '  ' }],
    ['unknown key', { region: 'r' }],
    ['bad cursor', { after: { ...after, createdAt: -1 } }],
    ['cursor without ids', { after: { createdAt: 1 } }],
    ['empty userid', { userid: '' }]
  ])('refuses %s', (_label, input) => {
    expect(schema.safeParse(input).success).toBe(false)
  })
})
