import { describe, expect, it } from 'vitest'
import { parseWecomErrmsg } from '../../../main/wecom/errmsg'
import { get, startSim, token } from './harness'

const SEC = 1000

describe('gettoken and token lifecycle', () => {
  it('issues a 214-character token valid for 7200 s on the sim clock', async () => {
    const sim = await startSim()
    const body = await get(sim, 'gettoken', {
      corpid: sim.corp.corpId,
      corpsecret: sim.corp.appSecret
    })
    expect(body).toMatchObject({ errcode: 0, errmsg: 'ok', expires_in: 7200 })
    expect(body.access_token).toHaveLength(214)
    const t = body.access_token as string
    sim.advance(7199 * SEC)
    expect((await get(sim, 'department/simplelist', {}, t)).errcode).toBe(0)
    sim.advance(1 * SEC)
    const expired = await get(sim, 'department/simplelist', {}, t)
    expect(expired.errcode).toBe(42001)
    expect(expired.department_id).toEqual([])
  })

  it('refuses a bad corpid, a bad secret and missing credentials', async () => {
    const sim = await startSim()
    const code = async (query: Record<string, string>) =>
      (await get(sim, 'gettoken', query)).errcode
    expect(await code({ corpid: 'wwnope', corpsecret: sim.corp.appSecret })).toBe(40013)
    expect(await code({ corpid: sim.corp.corpId, corpsecret: 'wrong' })).toBe(40001)
    expect(await code({ corpsecret: sim.corp.appSecret })).toBe(41002)
    expect(await code({ corpid: sim.corp.corpId })).toBe(41004)
  })

  it('answers 40014 for an unknown token, 41001 for none, 42001 after expireTokens()', async () => {
    const sim = await startSim()
    expect((await get(sim, 'user/get', { userid: 'x' }, 'not-a-token')).errcode).toBe(40014)
    expect((await get(sim, 'user/get', { userid: 'x' })).errcode).toBe(41001)
    const t = await token(sim)
    expect(sim.expireTokens()).toBe(1)
    expect((await get(sim, 'department/simplelist', {}, t)).errcode).toBe(42001)
    const fresh = await token(sim)
    expect(fresh).not.toBe(t)
    expect((await get(sim, 'department/simplelist', {}, fresh)).errcode).toBe(0)
  })

  it('writes errmsg as WeCom does: text, hint, from ip, more info', async () => {
    const sim = await startSim()
    const body = await get(sim, 'department/list', {}, 'bogus')
    expect(body.errmsg).toMatch(
      new RegExp(
        '^invalid access_token, hint: \\[\\d{25}\\], from ip: 127\\.0\\.0\\.1, more info at ' +
          'https://open\\.work\\.weixin\\.qq\\.com/devtool/query\\?e=40014$'
      )
    )
    expect(parseWecomErrmsg(body.errmsg)).toMatchObject({
      text: 'invalid access_token',
      ip: '127.0.0.1'
    })
    expect(body.department).toEqual([])
  })

  it('uses the same tokens for the same seed', async () => {
    const a = await startSim({ seed: 11 })
    const b = await startSim({ seed: 11 })
    expect(a.corp).toEqual(b.corp)
    expect(await token(a)).toBe(await token(b))
  })

  it('logs every call with sim time, path, secret kind and result', async () => {
    const sim = await startSim()
    const app = await token(sim)
    const contacts = await token(sim, 'contacts')
    await get(sim, 'user/get', { userid: 'nobody' }, app)
    sim.advance(5 * SEC)
    await get(sim, 'department/simplelist', {}, contacts)
    const log = sim.callLog.all()
    expect(log.map((e) => [e.path, e.secret, e.errcode, e.status])).toEqual([
      ['gettoken', 'app', 0, 200],
      ['gettoken', 'contacts', 0, 200],
      ['user/get', 'app', 60111, 200],
      ['department/simplelist', 'contacts', 0, 200]
    ])
    expect((log[3]?.at ?? 0) - (log[2]?.at ?? 0)).toBe(5 * SEC)
  })
})
