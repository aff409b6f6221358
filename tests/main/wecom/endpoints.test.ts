import { describe, expect, it } from 'vitest'
import { WECOM_ENDPOINTS, findWecomEndpoint } from '../../../main/wecom/endpoints'
import { PAGE_LIMITS } from '../../../main/wecom/dto/page-limits'

describe('WECOM_ENDPOINTS', () => {
  it('is keyed by each endpoint path', () => {
    for (const [key, endpoint] of Object.entries(WECOM_ENDPOINTS)) expect(endpoint.path).toBe(key)
  })

  it('needs the 通讯录同步 secret exactly for user/list_id and user/update', () => {
    const contacts = Object.values(WECOM_ENDPOINTS).filter((e) => e.secret === 'contacts')
    expect(contacts.map((e) => e.path).sort()).toEqual(['user/list_id', 'user/update'])
    expect(WECOM_ENDPOINTS.gettoken.secret).toBe('none')
  })

  it('has a request schema for every POST and a query schema for every GET', () => {
    for (const endpoint of Object.values(WECOM_ENDPOINTS)) {
      expect(endpoint.method === 'POST' ? 'request' in endpoint : 'query' in endpoint).toBe(true)
    }
  })

  it('limits only paths that are in the table', () => {
    for (const path of Object.keys(PAGE_LIMITS)) expect(findWecomEndpoint(path), path).toBeDefined()
  })

  it('finds an endpoint by bare or /cgi-bin/ path', () => {
    expect(findWecomEndpoint('/cgi-bin/user/get')?.method).toBe('GET')
    expect(findWecomEndpoint('externalcontact/batch/get_by_user')?.method).toBe('POST')
    expect(findWecomEndpoint('externalcontact/remark')).toBeUndefined()
  })
})
