import type { StringTable } from '../../i18n/locale'

export interface OutboxStrings {
  title: string
  hint: string
  empty: string
  states: { pending: string; sending: string; delivered: string; failed: string }
  failedTitle: string
  columns: { what: string; reason: string; attempts: string; createdAt: string; action: string }
  /** Known command kinds; an unknown one is shown as its raw kind. */
  kinds: Record<string, string>
  retry: string
  retryAll: string
  /** {n} */
  retried: string
  retryFailed: string
  loadFailed: string
  /** {n} failed rows exist beyond the ones listed. */
  more: string
}

export const outboxStrings: StringTable<OutboxStrings> = {
  'zh-CN': {
    title: '待写回企业微信',
    hint: '在掌柜里做的改动（如导购调店、给导购发通知）在这里排队写回企业微信；暂时失败的会自动重试，需要处理的会列在下面。',
    empty: '没有待写回的改动。',
    states: { pending: '待发送', sending: '发送中', delivered: '已写回', failed: '失败' },
    failedTitle: '写回失败，需要处理',
    columns: { what: '改动', reason: '原因', attempts: '尝试次数', createdAt: '提交时间', action: '操作' },
    kinds: { 'user.update': '成员所在部门', 'message.send': '发给导购的消息' },
    retry: '重试',
    retryAll: '全部重试',
    retried: '已重新排队 {n} 条',
    retryFailed: '重试失败',
    loadFailed: '读取写回队列失败',
    more: '另有 {n} 条未列出'
  },
  'en-US': {
    title: 'Pending writes to WeCom',
    hint: 'Changes made here (moving guides between stores, notices to guides) queue here until WeCom has them; transient failures are retried automatically, the ones that need you are listed below.',
    empty: 'Nothing waiting to be written to WeCom.',
    states: { pending: 'Pending', sending: 'Sending', delivered: 'Written', failed: 'Failed' },
    failedTitle: 'Failed writes that need attention',
    columns: { what: 'Change', reason: 'Reason', attempts: 'Attempts', createdAt: 'Made at', action: 'Action' },
    kinds: { 'user.update': 'Member departments', 'message.send': 'Message to guides' },
    retry: 'Retry',
    retryAll: 'Retry all',
    retried: '{n} queued again',
    retryFailed: 'Retry failed',
    loadFailed: 'Could not read the write queue',
    more: '{n} more not listed'
  }
}
