import { describe, expect, it } from 'vitest'
import {
  cooldownLeft,
  cooldownText,
  meterStatus,
  quotaPercent,
  sortMeters
} from '../../../renderer/src/features/sync/quota'
import { syncStrings } from '../../../renderer/src/features/sync/strings'
import { meter, T0 } from './fixtures'

describe('quotaPercent', () => {
  it('is use over limit in whole percent, capped at 100', () => {
    expect(quotaPercent(120, 5000)).toBe(2)
    expect(quotaPercent(2500, 5000)).toBe(50)
    expect(quotaPercent(4999, 5000)).toBe(100)
    expect(quotaPercent(6000, 5000)).toBe(100)
  })

  it('is empty when nothing was used or the limit is not known', () => {
    expect(quotaPercent(0, 5000)).toBe(0)
    expect(quotaPercent(10, 0)).toBe(0)
  })

  it('turns red from 80 %', () => {
    expect(meterStatus(79)).toBe('normal')
    expect(meterStatus(80)).toBe('exception')
  })
})

describe('cooldown', () => {
  it('counts down to a future blockedUntil and is over otherwise', () => {
    expect(cooldownLeft(meter('a', { blockedUntil: T0 + 90_000 }), T0)).toBe(90_000)
    expect(cooldownLeft(meter('a', { blockedUntil: T0 - 1 }), T0)).toBe(0)
    expect(cooldownLeft(meter('a'), T0)).toBe(0)
  })

  it('words the time left in both languages', () => {
    expect(cooldownText(245_000, syncStrings['zh-CN'].cooldown)).toBe('冷却中，剩余 4:05')
    const en = syncStrings['en-US'].cooldown
    expect(cooldownText(3_600_000, en)).toBe('Cooling down, 1:00:00 left')
    expect(cooldownText(0, syncStrings['zh-CN'].cooldown)).toBeNull()
  })
})

describe('sortMeters', () => {
  it('lists blocked APIs first, the rest by path, without touching the input', () => {
    const input = [
      meter('user/list_id'),
      meter('externalcontact/groupchat/list', { blockedUntil: T0 - 1 }),
      meter('externalcontact/batch/get_by_user', { blockedUntil: T0 + 60_000 }),
      meter('department/simplelist')
    ]
    const sorted = sortMeters(input, T0).map((m) => m.path)
    expect(sorted).toEqual([
      'externalcontact/batch/get_by_user',
      'department/simplelist',
      'externalcontact/groupchat/list',
      'user/list_id'
    ])
    expect(input[0]?.path).toBe('user/list_id')
  })
})
