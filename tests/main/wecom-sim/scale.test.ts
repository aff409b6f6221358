/**
 * Opt-in throughput figures at demo scale (not part of the quick run):
 *   SIM_SCALE=300000 npx vitest run -c tests/vitest.config.mts tests/main/wecom-sim/scale.test.ts
 * Set SIM_SCALE_FILE to a path to seed into a file instead of memory (for millions of relations).
 */
import { describe, expect, it } from 'vitest'
import { createWecomSimulator } from '../../../main/wecom-sim'
import { followUsers, post, scalar, token } from './harness'

const relations = Number(process.env.SIM_SCALE ?? 0)
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0)

describe.skipIf(!relations)('simulator at scale', () => {
  it(`serves batch/get_by_user over ${relations} relations`, { timeout: 3_600_000 }, async () => {
    const seedStart = performance.now()
    const guides = Math.max(40, Math.round(relations / 200))
    const sim = await createWecomSimulator({
      file: process.env.SIM_SCALE_FILE ?? ':memory:',
      demo: { seed: 20261124, stores: Math.max(10, Math.round(guides / 5)), guides, relations },
      clock: { factor: 0 },
      quota: { perMinute: 1e9, perHour: 1e9 }
    })
    const seedMs = performance.now() - seedStart
    try {
      const t = await token(sim)
      const users = followUsers(sim)
      const started = performance.now()
      let pages = 0
      let rows = 0
      let slowest = 0
      for (let i = 0; i < users.length; i += 100) {
        let cursor = ''
        do {
          const before = performance.now()
          const body = await post(
            sim,
            'externalcontact/batch/get_by_user',
            { userid_list: users.slice(i, i + 100), limit: 100, cursor },
            t
          )
          slowest = Math.max(slowest, performance.now() - before)
          rows += (body.external_contact_list as unknown[]).length
          cursor = body.next_cursor as string
          pages++
        } while (cursor !== '')
      }
      const seconds = (performance.now() - started) / 1000
      const expected = scalar(
        sim,
        'SELECT count(*) FROM follow_relation f JOIN member m USING (userid) WHERE m.status <> 5'
      )
      expect(rows).toBe(expected)
      console.log(
        `relations ${relations}: seed ${(seedMs / 1000).toFixed(1)} s; ` +
          `${pages} pages, ${rows} rows in ${seconds.toFixed(1)} s = ` +
          `${(pages / seconds).toFixed(0)} pages/s, slowest page ${slowest.toFixed(1)} ms, ` +
          `rss ${mib(process.memoryUsage().rss)} MiB`
      )
    } finally {
      await sim.close()
    }
  })
})
