import type { Page } from '@playwright/test'
import type { GuideFacets } from '../../preload/contract/models'
import type { NoticeHistoryItem } from '../../preload/contract/notice-models'
import { expect, test, type RunningHost } from './fixtures'

/** Calls the contract as the renderer does: the loopback host with the run's token. */
async function invoke<T>(host: RunningHost, channel: string, input: unknown): Promise<T> {
  const url = new URL(host.url)
  const token = new URLSearchParams(url.hash.slice(1)).get('token')
  const res = await fetch(`${url.origin}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(input)
  })
  const body = (await res.json()) as { ok: boolean; data: T; error?: unknown }
  if (!body.ok) throw new Error(`${channel}: ${JSON.stringify(body.error)}`)
  return body.data
}

/** The first sync starts by itself on a new cache; the audience needs its members. */
async function waitForSync(app: Page): Promise<void> {
  await app.getByTestId('menu-sync').click()
  await expect(app.getByTestId('sync-last-run')).toHaveAttribute('data-outcome', 'ok', { timeout: 90_000 })
}

test("send a notice to a region's guides from #/notices and see it delivered", async ({ app, host }) => {
  test.setTimeout(180_000)
  await waitForSync(app)
  const facets = await invoke<GuideFacets>(host, 'guide:facets', {})
  const region = facets.regions.find((r) => r.guideCount > 0)!

  await app.getByTestId('menu-notices').click()
  await expect(app).toHaveURL(/#\/notices$/)
  await app.getByTestId('notice-content').fill('本周六前完成新品陈列')
  await app.getByTestId('notice-filter-region').click()
  await app.keyboard.type(region.name)
  await app.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: region.name }).first().click()
  await app.keyboard.press('Escape')
  await app.getByTestId('notice-preview-button').click()
  await expect(app.getByTestId('notice-preview-count')).toContainText('将发送给')
  const previewed = await app.getByTestId('notice-preview-count').innerText()
  const recipients = Number(/(\d+) 人/.exec(previewed)?.[1])
  expect(recipients).toBeGreaterThan(0)
  expect(recipients).toBeLessThanOrEqual(region.guideCount)

  await app.getByTestId('notice-send').click()
  const history = await invoke<NoticeHistoryItem[]>(host, 'notice:list', {})
  const sent = history[0]!
  expect(sent).toMatchObject({ recipientCount: recipients, content: '本周六前完成新品陈列' })
  await expect(app.getByTestId(`notice-state-${sent.id}`)).toHaveAttribute('data-state', 'sent', { timeout: 60_000 })
  await expect(app.getByTestId('notice-history')).toContainText('全部送达')
  expect((await invoke<NoticeHistoryItem[]>(host, 'notice:list', {}))[0]!.delivery).toMatchObject({ state: 'sent', failed: 0 })
})

test('a saved audience is offered again and a markdown task shows its preview', async ({ app, host }) => {
  test.setTimeout(180_000)
  await waitForSync(app)
  const facets = await invoke<GuideFacets>(host, 'guide:facets', {})
  const region = facets.regions.find((r) => r.guideCount > 0)!
  await invoke(host, 'notice:save-audience', { name: '华东大区全部导购', filter: { regionIds: [region.id] } })

  await app.getByTestId('menu-notices').click()
  await app.getByTestId('notice-mode-saved').click()
  await app.getByTestId('notice-saved-select').click()
  await app.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '华东大区全部导购' }).click()
  await app.getByText('Markdown', { exact: true }).click()
  await app.getByTestId('notice-content').fill('**盘点**提醒')
  await expect(app.getByTestId('notice-preview-markdown').locator('strong')).toHaveText('盘点')
  await app.getByTestId('notice-is-task').click()
  await app.getByTestId('notice-due-date').fill('2026-12-31')
  await app.getByTestId('notice-preview-button').click()
  await expect(app.getByTestId('notice-preview-markdown')).toContainText('截止日期：2026-12-31')
  await app.getByTestId('notice-send').click()
  await expect(app.getByTestId('notice-history')).toContainText('华东大区全部导购')
})

test('the guides grid hands its selection to 发送通知 and the notice reaches exactly them', async ({ app, host }) => {
  test.setTimeout(180_000)
  await waitForSync(app)
  const guides = await invoke<{ rows: { userid: string; status: string }[] }>(host, 'guide:list', { statuses: ['active'] })
  const userids = guides.rows.slice(0, 5).map((r) => r.userid)
  await app.getByTestId('menu-guides').click()
  await expect(app.getByTestId('guide-send-notice')).toBeDisabled()
  await app.getByTestId('paste-select-button').click()
  await app.getByTestId('paste-text').fill(userids.join('\n'))
  await app.getByTestId('paste-match').click()
  await app.getByTestId('paste-select').click()
  await expect(app.getByTestId('guide-selected-count')).toContainText('5')

  await app.getByTestId('guide-send-notice').click()
  await expect(app).toHaveURL(/#\/notices$/)
  await expect(app.getByTestId('notice-selection')).toContainText('已选 5 名导购')
  await app.getByTestId('notice-content').fill('请今天下班前回复')
  await app.getByTestId('notice-preview-button').click()
  await expect(app.getByTestId('notice-preview-count')).toContainText('将发送给 5 人，分 1 次调用')
  await app.getByTestId('notice-send').click()
  const sent = (await invoke<NoticeHistoryItem[]>(host, 'notice:list', {}))[0]!
  expect(sent).toMatchObject({ recipientCount: 5, audience: { kind: 'userids', count: 5 } })
  await expect(app.getByTestId(`notice-state-${sent.id}`)).toHaveAttribute('data-state', 'sent', { timeout: 60_000 })
})
