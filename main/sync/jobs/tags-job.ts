/**
 * tags: get_corp_tag_list with no filter returns every corp tag group and tag in one reply.
 * Groups and tags flagged deleted, or no longer listed, get removed_at.
 */
import type { WecomTagGroupDto } from '../../wecom/dto/corp-tag'
import type { EntityJob, JobContext } from '../job'

export function tagsJob(ctx: JobContext): EntityJob {
  let seenGroups: string[] = []
  let seenTags: string[] = []
  return {
    entity: 'tags',
    tables: ['corp_tag_group', 'corp_tag'],
    total: () => 1,
    async step() {
      const body = await ctx.client.call('externalcontact/get_corp_tag_list', {})
      const groups = body.tag_group
      return {
        next: null,
        write() {
          seenGroups = groups.map((g) => g.group_id)
          seenTags = groups.flatMap((g) => g.tag.map((t) => t.id))
          return writeGroups(ctx, groups)
        }
      }
    },
    sweep: () => ctx.customers.sweepTags(seenGroups, seenTags, ctx.now())
  }
}

function writeGroups(ctx: JobContext, groups: readonly WecomTagGroupDto[]): number {
  const now = ctx.now()
  let rows = 0
  for (const g of groups) {
    const group = {
      group_id: g.group_id,
      name: g.group_name,
      sort_order: g.order ?? 0,
      deleted: g.deleted === true
    }
    ctx.customers.upsertTagGroup(group, now)
    for (const t of g.tag) {
      const deleted = group.deleted || t.deleted === true
      ctx.customers.upsertTag(
        { tag_id: t.id, group_id: g.group_id, name: t.name, sort_order: t.order ?? 0, deleted },
        now
      )
    }
    rows += 1 + g.tag.length
  }
  return rows
}
