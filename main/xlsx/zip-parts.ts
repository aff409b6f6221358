import { CFB } from '@e965/xlsx'

/**
 * A typed view of the few calls we make on SheetJS's bundled CFB/zip library (typed `any`
 * upstream): open an .xlsx as a zip, read or replace one part, write the zip back.
 */

interface ZipEntry {
  content: Uint8Array | number[]
  size: number
}
interface ZipContainer {
  FullPaths: string[]
  FileIndex: ZipEntry[]
}
interface CfbApi {
  read(data: Uint8Array, opts: { type: 'array' }): ZipContainer
  write(c: ZipContainer, opts: { fileType: 'zip'; type: 'buffer'; compression: boolean }): Buffer
}
const cfb = CFB as CfbApi

export const openZip = (bytes: Uint8Array): ZipContainer => cfb.read(bytes, { type: 'array' })

/** Part names are stored under a root entry ("Root Entry/xl/…"), so match on the suffix. */
function findEntry(zip: ZipContainer, part: string): ZipEntry | undefined {
  const index = zip.FullPaths.findIndex((p) => p.endsWith(`/${part}`))
  return index < 0 ? undefined : zip.FileIndex[index]
}

export const hasPart = (zip: ZipContainer, part: string): boolean =>
  findEntry(zip, part) !== undefined

export function readPart(zip: ZipContainer, part: string): string | undefined {
  const entry = findEntry(zip, part)
  return entry ? new TextDecoder().decode(Uint8Array.from(entry.content)) : undefined
}

export function replacePart(zip: ZipContainer, part: string, text: string): void {
  const entry = findEntry(zip, part)
  if (!entry) throw new Error(`zip part ${part} not found`)
  entry.content = new TextEncoder().encode(text)
  entry.size = entry.content.length
}

export const writeZip = (zip: ZipContainer): Uint8Array =>
  cfb.write(zip, { fileType: 'zip', type: 'buffer', compression: true })
