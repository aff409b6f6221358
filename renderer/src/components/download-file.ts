import { base64ToBytes } from './base64'

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * Saves bytes as a file by clicking a temporary `<a download>`: the one path that works both in
 * Chromium (browser host) and in Electron (which turns it into its save dialog).
 */
export function downloadBytes(
  fileName: string,
  bytes: Uint8Array<ArrayBuffer>,
  type: string
): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download before the browser has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** Saves a `FileBytes` answer from main (an export) under the name main chose. */
export function downloadBase64File(
  file: { fileName: string; base64: string },
  type: string = XLSX_MIME
): void {
  downloadBytes(file.fileName, base64ToBytes(file.base64), type)
}
