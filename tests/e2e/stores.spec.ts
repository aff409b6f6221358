import * as XLSX from '@e965/xlsx'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const rows = (page: Page) => page.getByTestId('store-row')
const codes = (page: Page) => rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!))

/** Picks an option in an antd multi-select by its visible label. */
async function choose(page: Page, testId: string, label: string | RegExp) {
  await page.getByTestId(testId).click()
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).first().click()
  await page.keyboard.press('Escape')
}

test('filters by region and type, searches, and sorts on a column both ways', async ({ app }) => {
  const count = app.getByTestId('store-count')
  const all = await count.textContent()
  await choose(app, 'filter-region', '华东')
  await expect(count).not.toHaveText(all!)
  for (const text of await rows(app).allTextContents()) expect(text).toContain('华东')

  await choose(app, 'filter-type', '便利店')
  const allConvenience = async () => (await rows(app).allTextContents()).every((t) => t.includes('便利店'))
  await expect.poll(allConvenience).toBe(true)
  for (const text of await rows(app).allTextContents()) expect(text).toContain('华东')

  // rows re-render when the sorted list arrives: poll until the grid shows the new order
  const isSorted = (xs: string[], desc: boolean) =>
    xs.length > 1 && xs.join() === [...xs].sort((a, b) => (desc ? b.localeCompare(a) : a.localeCompare(b))).join()
  await app.getByTestId('sort-code').click()
  await expect.poll(async () => isSorted(await codes(app), false)).toBe(true)
  const asc = await codes(app)
  await app.getByTestId('sort-code').click()
  await expect.poll(async () => isSorted(await codes(app), true)).toBe(true)
  const desc = await codes(app)
  expect(desc[0]! > asc[0]!).toBe(true)

  const first = desc[0]!
  await app.getByTestId('store-search').fill(first)
  await expect(rows(app)).toHaveCount(1)
  await expect(rows(app).first()).toHaveAttribute('data-code', first)
})

test('edits a store in the drawer, rejects bad input, and the change survives a reload', async ({ app }) => {
  const code = (await codes(app))[0]!
  await rows(app).first().click()
  const drawer = app.getByTestId('store-drawer')
  await expect(drawer).toBeVisible()

  await drawer.getByTestId('store-form-hours').fill('9点到22点')
  await drawer.getByTestId('store-save').click()
  await expect(drawer.locator('.ant-form-item-explain-error').first()).toBeVisible()

  await drawer.getByTestId('store-form-hours').fill('08:30-21:30')
  await drawer.getByTestId('store-form-minutes').fill('75')
  await drawer.getByTestId('store-save').click()
  await expect(app.getByText('已保存')).toBeVisible()

  await app.reload()
  await app.getByTestId('store-search').fill(code)
  await expect(rows(app)).toHaveCount(1)
  await expect(rows(app).first()).toContainText('08:30-21:30')
  await rows(app).first().click()
  await expect(app.getByTestId('store-form-minutes')).toHaveValue('75')
})

test('exports the filtered, sorted view to .xlsx that reads back with Chinese headers', async ({ app }) => {
  await choose(app, 'filter-region', '华南')
  await app.getByTestId('sort-name').click()
  const [download] = await Promise.all([app.waitForEvent('download'), app.getByTestId('export-button').click()])
  // the host answers in order, so the sorted list reached the grid before the export finished
  const shown = await codes(app)
  const countText = (await app.getByTestId('store-count').textContent()) ?? ''
  expect(download.suggestedFilename()).toMatch(/^门店_.*\.xlsx$/)
  const file = await download.path()
  const wb = XLSX.read(readFileSync(file))
  const sheet = wb.Sheets[wb.SheetNames[0]!]!
  const table = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet)
  expect(Object.keys(table[0]!)).toEqual(expect.arrayContaining(['门店编码', '门店名称', '大区', '营业时间']))
  expect(countText).toContain(String(table.length))
  expect(table.every((r) => String(r['大区']).includes('华南'))).toBe(true)
  expect(table.slice(0, shown.length).map((r) => r['门店编码'])).toEqual(shown)
  expect(typeof table[0]!['导购人数']).toBe('number')
})

test('imports a sheet: reports exactly the 3 bad rows and applies the good ones only on confirm', async ({
  app
}, testInfo) => {
  const [a, b, c, d, e] = (await codes(app)).slice(0, 5)
  const sheet = XLSX.utils.aoa_to_sheet([
    ['门店编码', '营业时间', '计划拜访时长(分钟)', '经度(GCJ-02)', '纬度(GCJ-02)'],
    [a, '07:00-23:00', 40, null, null],
    ['NOPE9999', '09:00-22:00', 30, null, null], // row 3: unknown store code
    [b, '9点-22点', 30, null, null], // row 4: opening hours not like 09:00-22:00
    [c, '10:00-21:00', 50, null, null],
    [d, '10:00-22:00', 45, 139.6917, 35.6895], // row 6: Tokyo, outside China
    [e, '08:00-20:00', 30, null, null]
  ])
  const wb = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(wb, sheet, '门店')
  mkdirSync(testInfo.outputDir, { recursive: true })
  const file = join(testInfo.outputDir, 'import.xlsx')
  writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }))

  await app.getByTestId('import-button').click()
  await app.getByTestId('import-file').setInputFiles(file)
  const issues = app.getByTestId('import-issue')
  await expect(issues.first()).toBeVisible()
  const reported = await issues.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-row'))))
  expect([...new Set(reported)].sort()).toEqual([3, 4, 6])
  await expect(app.getByTestId('import-change')).toHaveCount(3)

  // nothing is written before confirmation
  await app.getByTestId('import-cancel').click()
  await app.getByTestId('store-search').fill(a!)
  await expect(rows(app).first()).not.toContainText('07:00-23:00')

  await app.getByTestId('store-search').fill('')
  await app.getByTestId('import-button').click()
  await app.getByTestId('import-file').setInputFiles(file)
  await expect(app.getByTestId('import-change').first()).toBeVisible()
  await app.getByTestId('import-confirm').click()
  await expect(app.getByText(/已导入 \d+ 家门店/)).toBeVisible()
  await app.getByTestId('store-search').fill(a!)
  await expect(rows(app).first()).toContainText('07:00-23:00')
  await app.getByTestId('store-search').fill(c!)
  await expect(rows(app).first()).toContainText('10:00-21:00')
})

test('a file that is not an .xlsx workbook gets a clear message, not a crash', async ({ app }, testInfo) => {
  mkdirSync(testInfo.outputDir, { recursive: true })
  const file = join(testInfo.outputDir, 'stores.xlsx')
  writeFileSync(file, '门店编码,营业时间\nSH0001,09:00-22:00\n')
  await app.getByTestId('import-button').click()
  await app.getByTestId('import-file').setInputFiles(file)
  await expect(app.getByTestId('import-error')).toContainText('.xlsx')
  await expect(app.getByTestId('import-confirm')).toBeDisabled()
})
