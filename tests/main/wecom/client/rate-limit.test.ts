import { describe, expect, it } from 'vitest'
import { AdaptiveLimit } from '../../../../main/wecom/client/concurrency'
import { RateLimiter } from '../../../../main/wecom/client/rate-limiter'
import type { WecomError } from '../../../../main/wecom/client/wecom-error'
import { FakeClock, T0 } from './fake-clock'
import { reply, type Handler, type SeenRequest } from './fake-wecom'
import { USER, rejection, setup } from './setup'

const MINUTE = 60_000
const HOUR = 3_600_000
const userGet = 'user/get'
const okUser: Handler = () => reply.ok(USER)

function firstThenOk(errcode: number, times = 1): Handler {
  return (_, nth) => (nth <= times ? reply.error(errcode, 'api freq out of limit') : reply.ok(USER))
}

/** The most requests that fall in any half-open window of `windowMs`. */
function busiestWindow(requests: readonly SeenRequest[], windowMs: number): number {
  const times = requests.map((r) => r.at).sort((a, b) => a - b)
  let best = 0
  let start = 0
  for (let end = 0; end < times.length; end++) {
    while ((times[end] ?? 0) - (times[start] ?? 0) >= windowMs) start++
    best = Math.max(best, end - start + 1)
  }
  return best
}

describe('45009: pause the path until its window ends', () => {
  it('waits out the pause without touching that path, while other paths go on', async () => {
    const { client, server, clock } = setup({ [userGet]: firstThenOk(45009) })
    const paused = client.call(userGet, { userid: 'u1' })
    await client.call('department/list', {}) // proceeds at once
    const other = server.seen.find((r) => r.path === 'department/list')
    await expect(paused).resolves.toMatchObject(USER)
    const hits = server.seen.filter((r) => r.path === userGet)
    expect(hits).toHaveLength(2)
    expect((hits[1]?.at ?? 0) - (hits[0]?.at ?? 0)).toBeGreaterThanOrEqual(MINUTE)
    expect(other?.at).toBeLessThan((hits[0]?.at ?? 0) + MINUTE)
    expect(clock.now()).toBeGreaterThanOrEqual(T0 + MINUTE)
  })

  it('fails fast with retryAt when told to, sending nothing until the window passes', async () => {
    const failFast = { onRateLimited: 'fail' } as const
    const { client, server, clock } = setup({ [userGet]: firstThenOk(45009) }, failFast)
    const first = (await rejection(client.call(userGet, { userid: 'u1' }))) as WecomError
    expect(first).toMatchObject({ code: 'wecom-rate-limited', errcode: 45009 })
    expect(first.retryAt).toBe(T0 + MINUTE)
    expect(first.message).toContain('user/get')
    const again = (await rejection(client.call(userGet, { userid: 'u1' }))) as WecomError
    expect(again.retryAt).toBe(T0 + MINUTE)
    expect(server.count(userGet)).toBe(1)
    await client.call('department/list', {})
    expect(client.meters().find((m) => m.path === userGet)).toMatchObject({
      blockedUntil: T0 + MINUTE,
      blockLevel: 'minute'
    })
    clock.advance(MINUTE)
    await expect(client.call(userGet, { userid: 'u1' })).resolves.toMatchObject(USER)
    expect(server.count(userGet)).toBe(2)
  })

  it('escalates to an hour, then to the next China day, on 45009 right after a pause', async () => {
    const { client, clock } = setup({ [userGet]: firstThenOk(45009, 3) }, { onRateLimited: 'fail' })
    const minute = (await rejection(client.call(userGet, { userid: 'u1' }))) as WecomError
    expect(minute.retryAt).toBe(T0 + MINUTE)
    clock.advance(MINUTE)
    const hour = (await rejection(client.call(userGet, { userid: 'u1' }))) as WecomError
    expect(hour.retryAt).toBe(T0 + MINUTE + HOUR)
    clock.advance(HOUR)
    const day = (await rejection(client.call(userGet, { userid: 'u1' }))) as WecomError
    expect(day.retryAt).toBe(Date.UTC(2025, 0, 6, 16, 0, 0)) // 2025-01-07 00:00 in China
    expect(client.meters().find((m) => m.path === userGet)?.blockLevel).toBe('day')
  })

  it('in wait mode, a pause longer than maxRateLimitWaitMs fails with retryAt', async () => {
    const config = { maxRateLimitWaitMs: 30 * MINUTE }
    const { client, server } = setup({ [userGet]: firstThenOk(45009, 9) }, config)
    const error = (await rejection(client.call(userGet, { userid: 'u1' }))) as WecomError
    expect(error).toMatchObject({ code: 'wecom-rate-limited' })
    expect(error.retryAt).toBeGreaterThan(T0 + HOUR)
    expect(server.count(userGet)).toBe(2) // once, then once after the minute pause
  })

  it('does not escalate for replies to requests that were in flight together', () => {
    const clock = new FakeClock()
    const limiter = new RateLimiter(clock, { perMinute: 100, perHour: 1000 })
    const sentAt = clock.now()
    expect(limiter.block(userGet, sentAt)).toBe(T0 + MINUTE)
    expect(limiter.block(userGet, sentAt)).toBe(T0 + MINUTE)
    clock.advance(2 * HOUR)
    // Long after the last pause: back to a minute.
    expect(limiter.block(userGet, clock.now())).toBe(clock.now() + MINUTE)
  })
})

describe('45033: adapt concurrency', () => {
  it('halves the path concurrency, retries after a backoff, recovers after successes', async () => {
    const config = { concurrencyRecoverAfter: 5 }
    const { client, server, clock } = setup({ [userGet]: firstThenOk(45033) }, config)
    await expect(client.call(userGet, { userid: 'u1' })).resolves.toMatchObject(USER)
    expect(server.count(userGet)).toBe(2)
    expect(clock.sleeps.length).toBe(1)
    expect(client.meters().find((m) => m.path === userGet)?.concurrency.limit).toBe(2)
    for (let i = 0; i < 5; i++) await client.call(userGet, { userid: 'u1' })
    expect(client.meters().find((m) => m.path === userGet)?.concurrency.limit).toBe(3)
  })

  it('keeps in-flight calls under the lowered limit', async () => {
    const limit = new AdaptiveLimit(4, 10)
    await Promise.all([limit.acquire(), limit.acquire(), limit.acquire(), limit.acquire()])
    limit.overloaded()
    let fifth = false
    void limit.acquire().then(() => (fifth = true))
    limit.release()
    limit.release()
    await Promise.resolve()
    expect(fifth).toBe(false) // 2 in flight, limit 2
    limit.release()
    await Promise.resolve()
    expect(limit.use()).toMatchObject({ limit: 2, inFlight: 2 })
    expect(fifth).toBe(true)
  })
})

describe('pacing below the quota', () => {
  it('600 calls at 1 % of 10 000/min take ≥ 5 minutes, never over 100 in any minute', async () => {
    const { client, server, clock } = setup({ [userGet]: okUser }, { quotaFraction: 0.01 })
    await Promise.all(Array.from({ length: 600 }, () => client.call(userGet, { userid: 'u1' })))
    const hits = server.seen.filter((r) => r.path === userGet)
    expect(hits).toHaveLength(600)
    expect(clock.now() - T0).toBeGreaterThanOrEqual(5 * MINUTE)
    expect(busiestWindow(hits, MINUTE)).toBeLessThanOrEqual(100)
    const meter = client.meters().find((m) => m.path === userGet)
    expect(meter).toMatchObject({ limitMinute: 100, limitHour: 1500, usedHour: 600 })
    expect(meter?.usedMinute).toBeLessThanOrEqual(100)
  })

  it('catches up after the caller stalled, without ever exceeding the minute cap', async () => {
    // 10 % of the quota: one send per 60 ms on average, 1,000/min at most.
    const { client, server, clock } = setup({ [userGet]: okUser }, { quotaFraction: 0.1 })
    const calls = (n: number) =>
      Promise.all(Array.from({ length: n }, () => client.call(userGet, { userid: 'u1' })))
    await calls(100)
    clock.advance(600) // the caller's event loop was blocked: ten sends' worth of time lost
    const resumed = clock.now()
    await calls(10)
    const hits = server.seen.filter((r) => r.path === userGet)
    // The banked time goes out at once instead of being lost at 60 ms a send.
    expect(hits.slice(-10).every((r) => r.at === resumed)).toBe(true)
    await calls(2_000)
    expect(busiestWindow(server.seen.filter((r) => r.path === userGet), MINUTE)).toBeLessThanOrEqual(
      1_000
    )
  })

  it('holds the hourly cap too', async () => {
    const { client, server, clock } = setup({ [userGet]: okUser }, { quotaFraction: 0.001 })
    await Promise.all(Array.from({ length: 200 }, () => client.call(userGet, { userid: 'u1' })))
    const hits = server.seen.filter((r) => r.path === userGet)
    expect(busiestWindow(hits, HOUR)).toBeLessThanOrEqual(150)
    expect(busiestWindow(hits, MINUTE)).toBeLessThanOrEqual(10)
    expect(clock.now() - T0).toBeGreaterThanOrEqual(HOUR)
  })
})
