import type { Page } from '@playwright/test'
import type { GuideFacets, GuideList, GuideQuery } from '../../preload/contract/models'
import { DEFAULT_DEMO } from '../../main/demo/options'
import { demoCorp } from '../../main/wecom-sim/config'
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

const list = (host: RunningHost, q: GuideQuery) => invoke<GuideList>(host, 'guide:list', q)

/** Primary store per userid, for the guides given. */
async function primaries(host: RunningHost, userids: string[]): Promise<Record<string, string | null>> {
  const rows = (await list(host, {})).rows.filter((r) => userids.includes(r.userid))
  return Object.fromEntries(rows.map((r) => [r.userid, r.primaryStore?.id ?? null]))
}

/** The first sync starts by itself on a new cache; bulk edits wait until it has written members. */
async function waitForSync(app: Page): Promise<void> {
  await app.getByTestId('menu-sync').click()
  await expect(app.getByTestId('sync-last-run')).toHaveAttribute('data-outcome', 'ok', { timeout: 90_000 })
  await app.getByTestId('menu-guides').click()
  await expect(app.getByTestId('guide-grid')).toBeVisible()
}

test('paste 50 userids, preview and assign them to a store, see the rows change, undo and redo', async ({ app, host }) => {
  test.setTimeout(180_000)
  await waitForSync(app)
  const facets = await invoke<GuideFacets>(host, 'guide:facets', {})
  const store = facets.stores.find((s) => s.hasDepartment && s.guideCount > 0)!
  const candidates = (await list(host, { sort: { column: 'userid', desc: false } })).rows
  const userids = candidates.filter((r) => r.primaryStore?.id !== store.id).slice(0, 50).map((r) => r.userid)
  expect(userids).toHaveLength(50)
  const before = await primaries(host, userids)

  await app.getByTestId('paste-select-button').click()
  await app.getByTestId('paste-text').fill(userids.join('\n'))
  await app.getByTestId('paste-match').click()
  await expect(app.getByTestId('paste-matched')).toContainText('50')
  await app.getByTestId('paste-select').click()
  await expect(app.getByTestId('guide-selected-count')).toContainText('50')

  await app.getByTestId('bulk-actions').click()
  await app.getByTestId('bulk-set-primary').click()
  await app.getByTestId('bulk-store').click()
  await app.keyboard.type(store.code)
  await app.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: store.code }).first().click()
  await app.getByTestId('bulk-preview-button').click()
  await expect(app.getByTestId('bulk-preview-counts')).toContainText('50 名将变更')
  await expect(app.getByTestId('bulk-preview')).toContainText(store.name)
  await app.getByTestId('bulk-apply').click()
  await expect(app.getByTestId('bulk-preview')).toBeHidden({ timeout: 20_000 })

  // the grid shows the change: the first guide now has the store as its primary store
  const first = userids[0]!
  await app.getByTestId('guide-search').fill(first)
  const row = app.locator(`[data-testid="guide-row"][data-userid="${first}"]`)
  await expect(row).toHaveAttribute('data-primary-store', store.id)
  await expect(row).toContainText(store.name)
  expect(Object.values(await primaries(host, userids)).every((id) => id === store.id)).toBe(true)

  await app.getByTestId('guide-undo').click()
  await expect(row).toHaveAttribute('data-primary-store', before[first] ?? '')
  expect(await primaries(host, userids)).toEqual(before)

  await app.getByTestId('guide-redo').click()
  await expect(row).toHaveAttribute('data-primary-store', store.id)
  expect(Object.values(await primaries(host, userids)).every((id) => id === store.id)).toBe(true)

  // the department list goes to WeCom through the outbox, and WeCom (the simulator) has it
  await expect(row.getByTestId('writeback-state')).toHaveAttribute('data-state', 'delivered', { timeout: 60_000 })
  await expect(row.getByTestId('writeback-state')).toHaveText('已写回')
  const member = await simulatorUser(host, first)
  const department = await simulatorDepartmentNamed(host, store.name)
  expect(member.main_department).toBe(department)
  expect(member.department).toContain(department)
})

/** The simulator's own answer, asked as the client asks it (token from the contacts secret). */
async function simulatorGet<T>(host: RunningHost, path: string, params: Record<string, string>): Promise<T> {
  const { corpId, url } = host.simulator
  const secret = demoCorp(DEFAULT_DEMO.seed).contactsSecret
  const tokenRes = await fetch(`${url}gettoken?corpid=${corpId}&corpsecret=${encodeURIComponent(secret)}`)
  const { access_token: token } = (await tokenRes.json()) as { access_token: string }
  const query = new URLSearchParams({ access_token: token, ...params })
  return (await (await fetch(`${url}${path}?${query}`)).json()) as T
}

const simulatorUser = (host: RunningHost, userid: string) =>
  simulatorGet<{ department: number[]; main_department: number }>(host, 'user/get', { userid })

async function simulatorDepartmentNamed(host: RunningHost, name: string): Promise<number> {
  const body = await simulatorGet<{ department: { id: number; name: string }[] }>(host, 'department/list', {})
  return body.department.find((d) => d.name === name)!.id
}

test('store-side alerts list stores without guides; a store drawer shows its guides and customers', async ({ app }) => {
  test.setTimeout(180_000)
  await waitForSync(app)
  await expect(app.getByTestId('guide-alerts')).toBeVisible()
  await app.getByTestId('alert-stores-without-guides').click()
  await expect(app.locator('.ant-popover:visible .ant-list-item').first()).toBeVisible()
  await app.keyboard.press('Escape')

  await app.getByTestId('menu-stores').click()
  await app.getByTestId('store-row').first().click()
  const summary = app.getByTestId('store-guide-summary')
  await expect(summary).toBeVisible()
  await expect(summary).toContainText('名导购')
})
