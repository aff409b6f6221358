import { expect, test } from './fixtures'

test('opens in Chinese on the demo enterprise, switches to English and remembers it', async ({ app }) => {
  await expect(app.getByRole('menuitem', { name: '门店' })).toBeVisible()
  await expect(app.getByTestId('data-source')).toHaveText('演示企业（本地生成数据）')
  await expect(app.getByTestId('sync-status')).toContainText('家门店')

  await app.getByTestId('language-switch').click()
  await expect(app.getByRole('menuitem', { name: 'Stores' })).toBeVisible()
  await expect(app.getByTestId('sync-status')).toContainText('stores')

  await app.reload()
  await expect(app.getByRole('menuitem', { name: 'Stores' })).toBeVisible()
  await app.getByTestId('language-switch').click()
  await expect(app.getByRole('menuitem', { name: '门店' })).toBeVisible()
})
