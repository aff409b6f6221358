import type { Page } from '@playwright/test'
import { expect, test, type RunningHost } from './fixtures'

/**
 * 客户交接 end to end: a departed guide's customers are planned, pre-flighted and sent through
 * the outbox to the demo simulator; then the simulator's clock moves 24 h with one customer
 * refusing, the ledger reconciles and the refused customer is re-planned in one click.
 * The simulator's clock and refusals are driven through its token-protected test levers
 * (POST /__sim/control, main/wecom-sim/control-route.ts): the host runs in its own process.
 */
const DAY_MS = 24 * 3_600_000

test('hands over a departed guide’s customers and re-plans a refusal', async ({ app, host }) => {
  test.setTimeout(120_000)
  await firstSyncDone(app)
  await openHandover(app)
  await expect(app.getByTestId('menu-handover')).toContainText('客户交接')

  // A departed guide with a few customers (the demo's leavers left before the first sync).
  const guide = app
    .getByTestId('departed-list')
    .locator('[data-testid^="departed-"]')
    .filter({ hasText: /(^|\D)[2-9] 位客户/ })
    .first()
  await guide.click()
  await expect(app.getByTestId('plan-store-unknown')).toBeVisible()

  // Their store is unknown: choose the store with the most guides and plan again.
  const store = await busiestStore(host)
  await app.getByTestId('plan-stores').click()
  await app.keyboard.type(store.code)
  await app.keyboard.press('Enter')
  await app.keyboard.press('Escape')
  await app.getByTestId('plan-generate').click()
  await expect(app.getByTestId('plan-summary')).toContainText('0 行未分配')
  await expect(app.getByTestId('plan-store-unknown')).toHaveCount(0)
  const rows = await app.getByTestId('plan-row').count()
  const planned = await customerRows(app).count()
  expect(planned).toBeGreaterThanOrEqual(2)
  await expect(app.getByTestId('takeover-totals')).toBeVisible()

  // Export the plan, hold one row back in the grid, then import the sheet: the row is placed again.
  const download = app.waitForEvent('download')
  await app.getByTestId('plan-export').click()
  const sheet = test.info().outputPath('plan.xlsx')
  await (await download).saveAs(sheet)
  await app.getByTestId('takeover-select-1').click()
  await app.keyboard.type('暂不交接')
  await app.keyboard.press('Enter')
  await expect(app.getByTestId('plan-summary')).toContainText('1 行未分配')
  await app.getByTestId('plan-import-file').setInputFiles(sheet)
  await expect(app.getByTestId('plan-import-result')).toContainText('已导入，1 行有变化')
  await expect(app.getByTestId('plan-summary')).toContainText('0 行未分配')

  await app.getByTestId('preflight-run').click()
  await expect(app.getByTestId('preflight-result')).toContainText(`通过 ${rows} · 预计失败 0`)
  await app.getByTestId('execute').click()
  await app.getByTestId('execute-confirm').click()

  // The outbox delivers: every customer waits for the 24-hour takeover, with its countdown.
  await expect(rowsWith(app, 'waiting')).toHaveCount(planned, { timeout: 30_000 })
  await expect(app.getByTestId('ledger-grid')).toContainText('后自动接替')
  const customers = await rowsWith(app, 'waiting').evaluateAll((rows) =>
    rows.map((r) => r.getAttribute('data-id') ?? '')
  )
  const refuser = customers[0]!

  await simControl(host, { op: 'refuse', externalUserids: [refuser] })
  await simControl(host, { op: 'advance', ms: DAY_MS })
  await app.getByTestId('reconcile').click()

  const refused = app.locator(`[data-testid="ledger-row"][data-id="${refuser}"]`)
  await expect(refused).toHaveAttribute('data-status', 'refused')
  await expect(refused).toContainText('客户拒绝')
  await expect(rowsWith(app, 'done')).toHaveCount(planned - 1)
  await expect(rowsWith(app, 'done').first()).toContainText('接替完毕')

  await app.getByTestId('replan').click()
  await expect(app.getByTestId('plan-summary')).toContainText('1 位客户')
  await expect(app.locator(`[data-testid="plan-row"][data-id="${refuser}"]`)).toBeVisible()
})

test('在职继承: an active guide’s customers go to store colleagues with a message', async ({
  app,
  host
}) => {
  test.setTimeout(120_000)
  await firstSyncDone(app)
  const guide = await rotatingGuide(host)
  await openHandover(app)
  await app.getByTestId('in-service-switch').click()
  await app.getByTestId('in-service-guide').click()
  await app.keyboard.type(guide.userid)
  // The visible option (antd also keeps a hidden accessible copy of each).
  await app.locator('.ant-select-item-option', { hasText: guide.userid }).first().click()
  // The first plan uses the guide's own stores; a message typed afterwards asks for a new plan.
  await expect(app.getByTestId('plan-summary')).toContainText(`${guide.customerCount} 位客户`)
  await app.getByTestId('transfer-message').fill('您好，我已调往新门店，之后由同事为您服务。')
  await expect(app.getByTestId('plan-message-stale')).toBeVisible()
  await app.getByTestId('plan-generate').click()
  await expect(app.getByTestId('plan-message-stale')).toHaveCount(0)
  await expect(app.getByTestId('plan-summary')).toContainText('0 行未分配')

  await app.getByTestId('preflight-run').click()
  const rows = await app.getByTestId('plan-row').count()
  await expect(customerRows(app)).toHaveCount(guide.customerCount)
  await expect(app.getByTestId('preflight-result')).toContainText(`通过 ${rows} · 预计失败 0`)
  await app.getByTestId('execute').click()
  await app.getByTestId('execute-confirm').click()
  await expect(rowsWith(app, 'waiting')).toHaveCount(guide.customerCount, { timeout: 30_000 })
})

async function openHandover(page: Page): Promise<void> {
  await page.getByTestId('menu-handover').click()
  await expect(page).toHaveURL(/#\/handover$/)
}

/** Colleagues (the takeovers) come from the cache: plan once the first sync has filled it. */
const firstSyncDone = (page: Page) =>
  expect(page.getByTestId('header-sync')).toHaveAttribute('data-state', 'synced', {
    timeout: 60_000
  })

const customerRows = (page: Page) =>
  page.locator('[data-testid="plan-row"][data-target="customer"]')

const rowsWith = (page: Page, status: string) =>
  page.locator(`[data-testid="ledger-row"][data-status="${status}"]`)

/** Test setup only: a read through the host's contract, as the page would make it. */
async function contract<T>(host: RunningHost, channel: string, input: unknown): Promise<T> {
  const url = new URL(host.url)
  const token = url.hash.replace('#token=', '')
  const res = await fetch(`${url.origin}/api/invoke/${channel}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      origin: url.origin
    },
    body: JSON.stringify(input)
  })
  const body = (await res.json()) as { ok: boolean; data: T }
  expect(body.ok, channel).toBe(true)
  return body.data
}

/** The store with the most guides: a leaver handed over there has colleagues to go to. */
async function busiestStore(host: RunningHost): Promise<{ id: string; code: string }> {
  const list = await contract<{ rows: { id: string; code: string }[] }>(host, 'store:list', {
    sort: { column: 'guideCount', desc: true }
  })
  return list.rows[0]!
}

/**
 * An active guide with a few customers and a store: someone moving to another store. Asked
 * until the first sync has brought the customers in (the fixture waits only for the stores).
 */
async function rotatingGuide(
  host: RunningHost
): Promise<{ userid: string; customerCount: number }> {
  type Guide = { userid: string; customerCount: number; primaryStore: { id: string } | null }
  let guide: Guide | undefined
  await expect
    .poll(
      async () => {
        const list = await contract<{ rows: Guide[] }>(host, 'guide:list', {
          statuses: ['active'],
          sort: { column: 'customerCount', desc: false }
        })
        guide = list.rows.find(
          (g) => g.primaryStore !== null && g.customerCount >= 2 && g.customerCount <= 8
        )
        return guide !== undefined
      },
      { timeout: 30_000 }
    )
    .toBe(true)
  return guide!
}

async function simControl(host: RunningHost, command: Record<string, unknown>): Promise<void> {
  const base = host.simulator.url.replace(/\/cgi-bin\/$/, '')
  const res = await fetch(`${base}/__sim/control`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.simControlToken}` },
    body: JSON.stringify(command)
  })
  expect(res.status, await res.clone().text()).toBe(200)
}
