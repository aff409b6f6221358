import { describe, expect, it } from 'vitest'
import { CFB, utils, write, type CellObject, type WorkSheet } from '@e965/xlsx'
import { AppError } from '../../../main/errors'
import { MAX_SHEET_ROWS, readSheet } from '../../../main/xlsx/read-sheet'
import { writeSheet } from '../../../main/xlsx/write-sheet'

type Aoa = (string | number | boolean | null)[][]

function xlsxOf(sheets: Record<string, WorkSheet>, hidden: string[] = []): Uint8Array {
  const book = utils.book_new()
  for (const [name, sheet] of Object.entries(sheets)) utils.book_append_sheet(book, sheet, name)
  book.Workbook = {
    Sheets: Object.keys(sheets).map((name) => ({ name, Hidden: hidden.includes(name) ? 1 : 0 }))
  }
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}
const xlsxOfRows = (aoa: Aoa): Uint8Array => xlsxOf({ Sheet1: utils.aoa_to_sheet(aoa) })

function badFileMessage(run: () => unknown): string {
  try {
    run()
  } catch (e) {
    expect(e).toBeInstanceOf(AppError)
    expect((e as AppError).code).toBe('bad-file')
    return (e as AppError).message
  }
  throw new Error('expected a bad-file error')
}

describe('readSheet rejects what is not an .xlsx', () => {
  const notXlsx = '文件不是有效的 Excel 工作簿（.xlsx），请在 Excel 中另存为 .xlsx 后重试'

  it('an empty file', () => {
    expect(badFileMessage(() => readSheet(new Uint8Array()))).toContain('空')
  })

  it.each([
    ['a CSV renamed .xlsx', new TextEncoder().encode('门店编码,地址\nS001,上海\n')],
    ['plain text', new TextEncoder().encode('hello')],
    ['an HTML page', new TextEncoder().encode('<html><table><tr><td>1</td></tr></table></html>')],
    ['random bytes', Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256)],
    ['a zip header with garbage', new TextEncoder().encode('PK\x03\x04garbage-garbage-garbage')]
  ])('%s', (_what, bytes) => {
    expect(badFileMessage(() => readSheet(bytes))).toBe(notXlsx)
  })

  it('an old .xls workbook', () => {
    const book = utils.book_new()
    utils.book_append_sheet(book, utils.aoa_to_sheet([['门店编码'], ['S001']]), 'Sheet1')
    const xls = new Uint8Array(write(book, { type: 'array', bookType: 'biff8' }) as ArrayBuffer)
    expect(badFileMessage(() => readSheet(xls))).toContain('.xls）')
  })

  it('a password-protected workbook', () => {
    const ole = CFB.utils.cfb_new()
    CFB.utils.cfb_add(ole, 'EncryptionInfo', new Uint8Array(64))
    CFB.utils.cfb_add(ole, 'EncryptedPackage', new Uint8Array(4096))
    const bytes = new Uint8Array(CFB.write(ole, { type: 'array' }) as number[])
    expect(badFileMessage(() => readSheet(bytes))).toContain('密码')
  })

  it('a workbook whose sheet is empty', () => {
    expect(badFileMessage(() => readSheet(xlsxOf({ Sheet1: utils.aoa_to_sheet([]) })))).toContain(
      '空'
    )
  })
})

describe('readSheet reads a real workbook', () => {
  it('keys rows by header and gives Excel row numbers, skipping blank rows', () => {
    const content = readSheet(
      xlsxOfRows([
        ['门店编码', '地址', '计划拜访时长(分钟)'],
        ['S001', '上海市黄浦区', 30],
        [null, null, null],
        ['  ', '', null],
        ['S002', null, 45]
      ])
    )
    expect(content.sheetName).toBe('Sheet1')
    expect(content.headerRow).toBe(1)
    expect(content.headers).toEqual(['门店编码', '地址', '计划拜访时长(分钟)'])
    expect(content.rows).toEqual([
      { row: 2, values: { 门店编码: 'S001', 地址: '上海市黄浦区', '计划拜访时长(分钟)': 30 } },
      { row: 5, values: { 门店编码: 'S002', 地址: null, '计划拜访时长(分钟)': 45 } }
    ])
  })

  it('finds the header row below a title, and keeps absolute row numbers', () => {
    const rows = [['门店属性导入表'], [], ['门店编码', '地址'], ['S001', '北京']]
    const sheet = utils.sheet_add_aoa(utils.aoa_to_sheet([]), rows, { origin: 'B2' })
    const content = readSheet(xlsxOf({ Sheet1: sheet }), {
      isHeaderRow: (cells) => cells.includes('门店编码')
    })
    expect(content.headerRow).toBe(4)
    expect(content.rows).toEqual([{ row: 5, values: { 门店编码: 'S001', 地址: '北京' } }])
  })

  it('reads the first visible sheet', () => {
    const bytes = xlsxOf(
      {
        说明: utils.aoa_to_sheet([['请勿修改']]),
        门店: utils.aoa_to_sheet([['门店编码'], ['S009']])
      },
      ['说明']
    )
    expect(readSheet(bytes).sheetName).toBe('门店')
  })

  it('keeps the first of two columns with the same header', () => {
    const content = readSheet(
      xlsxOfRows([
        ['门店编码', '地址', '地址'],
        ['S001', '甲', '乙']
      ])
    )
    expect(content.headers).toEqual(['门店编码', '地址', '地址'])
    expect(content.rows[0]?.values).toEqual({ 门店编码: 'S001', 地址: '甲' })
  })

  it('undoes the export formula guard', () => {
    const bytes = writeSheet(
      '门店',
      [{ header: '地址', width: 10, value: (r: string) => r }],
      ['-1 号楼', '=1+1']
    )
    expect(readSheet(bytes).rows.map((r) => r.values['地址'])).toEqual(['-1 号楼', '=1+1'])
  })

  it('survives odd cells: dates, booleans, formulas, errors, merges', () => {
    const sheet = utils.aoa_to_sheet([['门店编码', 'A', 'B', 'C', 'D', 'E']])
    const cells: Record<string, CellObject> = {
      A2: { t: 's', v: 'S001' },
      B2: { t: 'n', v: 45000, z: 'yyyy-mm-dd' },
      C2: { t: 'b', v: true },
      D2: { t: 'n', v: 3, f: '1+2' },
      E2: { t: 'e', v: 0x2a },
      A3: { t: 's', v: 'S002' },
      B3: { t: 'n', f: 'A1+1' } as CellObject,
      C3: { t: 's', v: '合并' }
    }
    Object.assign(sheet, cells)
    sheet['!ref'] = 'A1:F3'
    sheet['!merges'] = [utils.decode_range('C3:E3')]
    const content = readSheet(xlsxOf({ Sheet1: sheet }))
    expect(content.rows).toEqual([
      {
        row: 2,
        values: { 门店编码: 'S001', A: '2023-03-15', B: 'TRUE', C: 3, D: '#N/A', E: null }
      },
      { row: 3, values: { 门店编码: 'S002', A: null, B: '合并', C: null, D: null, E: null } }
    ])
  })
})

describe('readSheet limits the sheet size', () => {
  const rows = (n: number): Aoa => [['门店编码'], ...Array.from({ length: n }, (_, i) => [`S${i}`])]

  it('accepts exactly the limit', () => {
    expect(readSheet(xlsxOfRows(rows(5)), { maxRows: 5 }).rows).toHaveLength(5)
  })

  it('refuses one row more', () => {
    expect(badFileMessage(() => readSheet(xlsxOfRows(rows(6)), { maxRows: 5 }))).toContain('拆分')
  })

  it('refuses a sheet far past the limit without reading it all', () => {
    expect(badFileMessage(() => readSheet(xlsxOfRows(rows(200)), { maxRows: 5 }))).toContain('5 行')
  })

  it('defaults to 50,000 data rows', () => {
    expect(MAX_SHEET_ROWS).toBe(50_000)
  })
})
