import { describe, expect, it } from 'vitest'
import { SYNC_ENTITIES } from '../../../preload/contract/models'
import { SYNC_STAGES } from '../../../main/sync/sync-run'

describe('sync stages', () => {
  it('run every entity exactly once, in the order the screen lists them', () => {
    expect(SYNC_STAGES.flat()).toEqual([...SYNC_ENTITIES])
  })
})
