import type { Rng } from './prng'
import type { DemoTagGroup } from './records'
import { TAG_CATALOGUE } from './tag-data'
import { ID_ALPHABET } from './wecom-ids'

const DAY_S = 86_400

/** WeCom corp tag and group ids look like `et` + 30 base62 characters. */
const tagId = (rng: Rng): string => `et${rng.chars(30, ID_ALPHABET)}`

/** The first `groupCount` groups of the catalogue, created one to two years before `nowS`. */
export function generateTagGroups(rng: Rng, groupCount: number, nowS: number): DemoTagGroup[] {
  return TAG_CATALOGUE.slice(0, groupCount).map((def, g) => {
    const created = nowS - rng.int(365, 730) * DAY_S
    return {
      group_id: tagId(rng),
      group_name: def.name,
      create_time: created,
      order: TAG_CATALOGUE.length - g,
      tag: def.tags.map(([name], t) => ({
        id: tagId(rng),
        name,
        create_time: created + t * 60,
        order: def.tags.length - t
      }))
    }
  })
}

/**
 * Draws the tag ids for one relation: per group, tagged with probability `coverage`, then 1 to
 * `max` distinct tags by weight. The customer-level member grade is passed in so every guide
 * following the same customer sees the same 会员等级.
 */
export function createTagger(groups: readonly DemoTagGroup[]) {
  const rules = groups.map((group, g) => {
    const def = TAG_CATALOGUE[g]!
    return {
      def,
      weighted: def.tags.map(([, w], t) => [group.tag[t]!.id, w] as const)
    }
  })
  return {
    /** The member-grade tag for a customer, or undefined when the catalogue has no grades. */
    grade(rng: Rng): string | undefined {
      const first = rules[0]
      if (!first || !rng.chance(first.def.coverage)) return undefined
      return rng.weighted(first.weighted)
    },
    relationTags(rng: Rng, grade: string | undefined): string[] {
      const ids: string[] = grade ? [grade] : []
      for (let g = 1; g < rules.length; g++) {
        const { def, weighted } = rules[g]!
        if (!rng.chance(def.coverage)) continue
        const n = def.max > 1 ? rng.int(1, def.max) : 1
        for (let k = 0; k < n; k++) {
          const id = rng.weighted(weighted)
          if (!ids.includes(id)) ids.push(id)
        }
      }
      return ids
    }
  }
}
