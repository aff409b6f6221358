import { expect, test } from './fixtures'

test('reviews the org mapping, previews store level 3 without saving, and a reload shows the saved rule', async ({
  app
}) => {
  await app.getByTestId('menu-org-mapping').click()
  await expect(app).toHaveURL(/#\/org-mapping$/)
  await expect(app.getByTestId('org-rule-text')).toContainText(
    '第 1 级部门视为大区，第 2 级部门视为门店，更深的部门并入其所属门店。'
  )
  // The first sync starts by itself on a new cache; the screen refetches when departments land.
  const node = (kind: string) => app.locator(`[data-testid="org-node"][data-kind="${kind}"]`)
  await expect(node('store').first()).toBeVisible({ timeout: 60_000 })
  await expect(node('brand')).toHaveCount(1)
  await expect(node('region').first()).toBeVisible()
  await expect(node('excluded').first()).toContainText('总部')

  const stores = app.locator('[data-testid="org-total"][data-key="stores"]')
  const storeCount = Number(await stores.getAttribute('data-value'))
  expect(storeCount).toBeGreaterThan(10)
  // Sync applied this very rule, so the screen agrees with the tables.
  await expect(app.getByTestId('org-diff')).toHaveAttribute('data-count', '0')

  await app.getByTestId('org-rule-store-depth').fill('3')
  await app.getByTestId('org-preview').click()
  await expect(app.getByTestId('org-showing')).toHaveAttribute('data-mode', 'preview')
  const removals = app.locator(
    '[data-testid="org-diff-count"][data-entity="store"][data-change="remove"]'
  )
  await expect(removals).toHaveAttribute('data-count', String(storeCount))
  await expect(app.getByTestId('org-diff-row').first()).toHaveAttribute('data-change', 'remove')
  await expect(stores).toHaveAttribute('data-value', '0')
  // The demo has no level-3 departments: its stores are now mere groupings under the regions.
  await expect(node('store')).toHaveCount(0)
  await expect(node('grouping').first()).toBeVisible()
  await expect(app.getByTestId('org-save')).toBeEnabled()

  await app.reload()
  await expect(app.getByTestId('org-rule-store-depth')).toHaveValue('2')
  await expect(app.getByTestId('org-showing')).toHaveAttribute('data-mode', 'saved')
  await expect(node('store').first()).toBeVisible()
  await expect(stores).toHaveAttribute('data-value', String(storeCount))
  await expect(app.getByTestId('org-diff')).toHaveAttribute('data-count', '0')
})
