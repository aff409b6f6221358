/**
 * followUsers: get_follow_user_list names the members with 客户联系 enabled, the ones who can
 * own customers. One call; member.is_follow_user becomes 1 for exactly them. Nothing to sweep:
 * members come and go with the members entity.
 */
import type { EntityJob, JobContext } from '../job'

export function followUsersJob(ctx: JobContext): EntityJob {
  return {
    entity: 'followUsers',
    tables: ['member'],
    total: () => 1,
    async step() {
      const body = await ctx.client.call('externalcontact/get_follow_user_list', {})
      const userids = body.follow_user
      return {
        next: null,
        write() {
          ctx.directory.setFollowUsers(userids)
          return userids.length
        }
      }
    },
    sweep: () => 0
  }
}
