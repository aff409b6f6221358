import { AppError } from '../errors'
import { hasPart, openZip } from './zip-parts'

/**
 * Looks at the first bytes before SheetJS does: SheetJS reads almost anything (CSV, HTML, plain
 * text become a one-column "sheet"), which would turn a wrong file into a list of baffling row
 * errors. Only a zip container (.xlsx) goes on to the parser.
 */

export const NOT_XLSX_MESSAGE =
  '文件不是有效的 Excel 工作簿（.xlsx），请在 Excel 中另存为 .xlsx 后重试'

/** ~20 MB, the same bound as the IPC schema's base64 limit. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] // "PK\x03\x04"
/** OLE compound file: old .xls, and also password-protected .xlsx (Excel wraps those in OLE). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)

/** Throws AppError('bad-file') unless the bytes can be an .xlsx workbook. */
export function assertXlsxContainer(bytes: Uint8Array): void {
  if (bytes.length === 0) {
    throw new AppError('bad-file', '文件是空的，请选择填写好的 Excel 表格（.xlsx）后重试')
  }
  if (bytes.length > MAX_FILE_BYTES) {
    throw new AppError('bad-file', '文件超过 20 MB，请删除无关的工作表或拆分成多个文件后重试')
  }
  if (startsWith(bytes, OLE_MAGIC)) throw oleFileError(bytes)
  if (!startsWith(bytes, ZIP_MAGIC)) throw new AppError('bad-file', NOT_XLSX_MESSAGE)
}

function oleFileError(bytes: Uint8Array): AppError {
  if (isEncryptedPackage(bytes)) {
    return new AppError(
      'bad-file',
      '文件设置了打开密码，掌柜无法读取。请在 Excel 中取消密码后另存为 .xlsx 再导入'
    )
  }
  return new AppError(
    'bad-file',
    '这是旧版 Excel 文件（.xls），请在 Excel 中另存为“Excel 工作簿（.xlsx）”后重试'
  )
}

function isEncryptedPackage(bytes: Uint8Array): boolean {
  try {
    return hasPart(openZip(bytes), 'EncryptionInfo')
  } catch {
    return false // a damaged OLE file: the .xls advice is as good as any
  }
}
