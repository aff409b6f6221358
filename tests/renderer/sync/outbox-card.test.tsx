import { describe, expect, it } from 'vitest'
import type { OutboxItem } from '../../../preload/contract/models'
import { OutboxCard, type OutboxCardProps } from '../../../renderer/src/features/sync/OutboxCard'
import { outboxStrings } from '../../../renderer/src/features/sync/outbox-strings'
import { count, render, tagOf } from '../helpers/render-markup'
import {
  expectNoChineseInEnglish,
  expectSameKeysAndNoEmptyText,
  expectSamePlaceholders
} from '../helpers/string-parity'

const failedRow: OutboxItem = {
  id: 7,
  kind: 'user.update',
  entity: 'member',
  entityId: 'zhangsan',
  state: 'failed',
  attempts: 1,
  createdAt: Date.UTC(2026, 11, 4, 6, 0),
  nextTryAt: 0,
  deliveredAt: null,
  lastError: { code: 'wecom:60111', zh: '成员账号不存在', en: 'UserID not found.' },
  actionId: null
}

const props = (patch: Partial<OutboxCardProps> = {}): OutboxCardProps => ({
  summary: { pending: 2, sending: 0, delivered: 5, failed: 1 },
  failed: [failedRow],
  loadError: false,
  retryPending: false,
  onRetry: () => undefined,
  ...patch
})

describe.each(['zh-CN', 'en-US'] as const)('OutboxCard in %s', (locale) => {
  it('shows the counts, the failed row with its reason, and enabled retry buttons', () => {
    const html = render(<OutboxCard {...props()} />, locale)
    const zh = locale === 'zh-CN'
    expect(html).toContain(zh ? '待写回企业微信' : 'Pending writes to WeCom')
    expect(count(html, 'data-testid="outbox-count"')).toBe(4)
    expect(html).toMatch(/data-state="failed" data-count="1"/)
    expect(tagOf(html, 'outbox-failed-row')).toContain('data-id="7"')
    expect(html).toContain(zh ? '成员账号不存在' : 'UserID not found.')
    expect(tagOf(html, 'outbox-retry-all')).not.toMatch(/disabled/)
    expect(tagOf(html, 'outbox-retry-row')).not.toMatch(/disabled/)
  })

  it('says nothing is waiting when everything is written, and retry-all is disabled', () => {
    const summary = { pending: 0, sending: 0, delivered: 9, failed: 0 }
    const html = render(<OutboxCard {...props({ summary, failed: [] })} />, locale)
    expect(html).toContain(outboxStrings[locale].empty)
    expect(tagOf(html, 'outbox-retry-all')).toMatch(/disabled/)
    expect(html).not.toContain('data-testid="outbox-failed-row"')
  })
})

describe('outbox strings', () => {
  it('match across locales', () => {
    expectSameKeysAndNoEmptyText(outboxStrings)
    expectSamePlaceholders(outboxStrings)
    expectNoChineseInEnglish(outboxStrings)
  })
})
