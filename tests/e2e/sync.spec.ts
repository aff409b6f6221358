import { expect, test } from './fixtures'

test('with nothing configured, syncs the demo enterprise from the Sync screen and shows progress and counts', async ({
  app
}) => {
  await app.getByTestId('menu-sync').click()
  await expect(app.getByTestId('sync-source')).toHaveAttribute('data-source', 'demo')
  // the first sync starts by itself on a new cache; wait for it, then run one by hand
  await expect(app.getByTestId('sync-last-run')).toHaveAttribute('data-outcome', 'ok', { timeout: 60_000 })
  await expect(app.getByTestId('sync-run')).toBeEnabled()
  await app.getByTestId('sync-run').click()
  await expect(app.getByTestId('sync-progress')).toBeVisible()
  await expect(app.getByTestId('sync-progress')).toBeHidden({ timeout: 60_000 })
  await expect(app.getByTestId('sync-last-run')).toHaveAttribute('data-outcome', 'ok')

  const customers = app.locator('[data-testid="sync-entity-row"][data-entity="customers"]')
  await expect(customers.getByTestId('sync-entity-state')).toHaveAttribute('data-state', 'done')
  const rows = Number((await customers.locator('td').nth(3).textContent())?.replace(/\D/g, ''))
  expect(rows).toBeGreaterThan(10_000)
  await expect(app.getByTestId('quota-row').first()).toBeVisible()
  await expect(app.getByTestId('sync-status')).toContainText('条客户关系')
  await expect(app.getByTestId('sync-status')).not.toContainText(' 0 条客户关系')
})

test('a wrong secret gets the zh-CN diagnostic from the connection test', async ({ app, host }) => {
  await app.getByTestId('menu-settings').click()
  await expect(app.getByTestId('settings-mode')).toHaveAttribute('data-mode', 'demo')
  await app.getByTestId('settings-corp-id').fill(host.simulator.corpId)
  await app.getByTestId('settings-base-url').fill(host.simulator.url)
  await app.getByTestId('settings-app-secret').fill('not-the-secret')
  await app.getByTestId('settings-test').click()
  const failed = app.locator('[data-testid="settings-check-step"][data-ok="false"]').first()
  await expect(failed).toContainText('Secret 不正确')
  await expect(app.getByTestId('settings-mode')).toHaveAttribute('data-mode', 'wecom')
  await expect(app.getByTestId('settings-secret-storage')).toContainText('内存')
})
