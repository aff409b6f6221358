import { describe, expect, it } from 'vitest'
import { CFB, read, utils } from '@e965/xlsx'
import { writeSheet, type SheetColumn } from '../../../main/xlsx/write-sheet'

interface Row {
  code: string
  note: string | null
  amount: number | null
}

const COLUMNS: SheetColumn<Row>[] = [
  { header: '门店编码', width: 14, value: (r) => r.code },
  { header: '备注', width: 40, value: (r) => r.note },
  { header: '金额', width: 10, value: (r) => r.amount }
]

const ROWS: Row[] = [
  { code: '001', note: '普通文本', amount: 121.473701 },
  { code: 'S002', note: '=HYPERLINK("http://evil.example","点我")', amount: -3 },
  { code: 'S003', note: '+86 138 0000 0000', amount: 0 },
  { code: 'S004', note: '-1 号楼', amount: null },
  { code: 'S005', note: '@SUM(A1:A2)', amount: 7 },
  { code: 'S006', note: '\t=1+1', amount: 8 },
  { code: 'S007', note: '\r=1+1', amount: 9 },
  { code: 'S008', note: '', amount: Number.NaN }
]

const bytes = writeSheet('门店', COLUMNS, ROWS)

/** The raw XML of one part of the produced zip. */
function partXml(part: string): string {
  const zip = CFB.read(bytes, { type: 'array' }) as {
    FullPaths: string[]
    FileIndex: { content: Uint8Array }[]
  }
  const i = zip.FullPaths.findIndex((p) => p.endsWith(`/${part}`))
  const entry = zip.FileIndex[i]
  if (!entry) throw new Error(`no ${part}`)
  return new TextDecoder().decode(Uint8Array.from(entry.content))
}

describe('writeSheet', () => {
  const book = read(bytes, { type: 'array', cellStyles: true })
  const sheet = book.Sheets['门店']!

  it('is a zip-based .xlsx with one named sheet', () => {
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
    expect(book.SheetNames).toEqual(['门店'])
    expect(sheet['!ref']).toBe('A1:C9')
  })

  it('writes the Chinese headers in the first row', () => {
    expect(utils.sheet_to_json<string[]>(sheet, { header: 1 })[0]).toEqual([
      '门店编码',
      '备注',
      '金额'
    ])
  })

  it('keeps numbers numeric and text textual', () => {
    expect(sheet['A2']).toMatchObject({ t: 's', v: '001' })
    expect(sheet['C2']).toMatchObject({ t: 'n', v: 121.473701 })
    expect(sheet['C3']).toMatchObject({ t: 'n', v: -3 })
    expect(sheet['C4']).toMatchObject({ t: 'n', v: 0 })
  })

  it('leaves blank, empty and non-finite values out', () => {
    expect(sheet['C5']).toBeUndefined()
    expect(sheet['B9']).toBeUndefined()
    expect(sheet['C9']).toBeUndefined()
  })

  it('neutralises text that a spreadsheet could run as a formula', () => {
    const notes = [2, 3, 4, 5, 6, 7, 8].map((r) => sheet[`B${r}`]?.v)
    expect(notes).toEqual([
      '普通文本',
      `'=HYPERLINK("http://evil.example","点我")`,
      "'+86 138 0000 0000",
      "'-1 号楼",
      "'@SUM(A1:A2)",
      "'\t=1+1",
      "'\r=1+1"
    ])
    expect(partXml('xl/worksheets/sheet1.xml')).not.toContain('<f>')
  })

  it('freezes the header row', () => {
    expect(partXml('xl/worksheets/sheet1.xml')).toMatch(
      /<pane [^>]*ySplit="1"[^>]*topLeftCell="A2"[^>]*state="frozen"/
    )
  })

  it('sets the column widths', () => {
    expect(sheet['!cols']?.map((c) => c.wch ?? Math.round((c.width ?? 0) - 0.83))).toEqual([
      14, 40, 10
    ])
    expect(partXml('xl/worksheets/sheet1.xml')).toContain('customWidth="1"')
  })

  it('writes a header-only sheet for no rows', () => {
    const empty = read(writeSheet('门店', COLUMNS, []), { type: 'array' })
    expect(empty.Sheets['门店']?.['!ref']).toBe('A1:C1')
  })
})
