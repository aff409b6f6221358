import { describe, expect, it } from 'vitest'
import { headerSync } from '../../../renderer/src/app/header-sync'
import { parseRoute, routeHash, ROUTES } from '../../../renderer/src/app/routes'
import { overview, progress, run, T0 } from './fixtures'

describe('parseRoute', () => {
  it('opens the stores screen on an empty hash (the bridge has just cleared #token=…)', () => {
    for (const hash of ['', '#', '#/', '#token=abc123', '#/token=abc']) {
      expect(parseRoute(hash), hash).toBe('stores')
    }
  })

  it('reads each screen, with or without a trailing slash or query', () => {
    expect(parseRoute('#/stores')).toBe('stores')
    expect(parseRoute('#/sync')).toBe('sync')
    expect(parseRoute('#/sync/')).toBe('sync')
    expect(parseRoute('#/settings?tab=wecom')).toBe('settings')
  })

  it('falls back to stores for unknown or malformed routes', () => {
    for (const hash of ['#/nope', '#/sync/extra', '#sync', '#/SYNC', '#//sync']) {
      expect(parseRoute(hash), hash).toBe('stores')
    }
  })

  it('round-trips every route through its hash', () => {
    for (const r of ROUTES) expect(parseRoute(routeHash(r))).toBe(r)
  })
})

describe('headerSync', () => {
  it('shows the run’s percent from the latest event', () => {
    expect(headerSync(overview({ running: true }), progress(), null)).toEqual({
      kind: 'running',
      percent: 70
    })
    expect(headerSync(overview({ running: true }), null, null)).toEqual({
      kind: 'running',
      percent: null
    })
  })

  it('says how the last run ended', () => {
    expect(headerSync(overview({ lastRun: run({ outcome: 'failed' }) }), null, null)).toEqual({
      kind: 'failed',
      at: T0
    })
    expect(headerSync(overview({ lastRun: run({ outcome: 'cancelled' }) }), null, null).kind).toBe(
      'cancelled'
    )
    expect(headerSync(overview(), null, T0 - 1000)).toEqual({ kind: 'synced', at: T0 })
  })

  it('falls back to app:status’s time without an overview, or says never', () => {
    expect(headerSync(undefined, null, T0)).toEqual({ kind: 'synced', at: T0 })
    expect(headerSync(overview({ lastRun: null }), null, null)).toEqual({ kind: 'never' })
    expect(headerSync(undefined, null, null)).toEqual({ kind: 'never' })
  })
})
