import { describe, expect, it } from 'vitest'

/**
 * Every screen takes its words from a strings table (strings.ts, *-strings.ts), so switching to
 * English leaves no Chinese behind. This reads the renderer's sources (comments stripped, the
 * strings tables themselves left out) and looks for CJK characters.
 */
interface Fs {
  readdirSync(path: URL, options: { recursive: true }): string[]
  readFileSync(path: URL, encoding: 'utf8'): string
}
// A computed specifier keeps Node's types out of the renderer's DOM-only program.
const fs = (await import(/* @vite-ignore */ ['node', 'fs'].join(':'))) as Fs

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/
const SRC = new URL('../../renderer/src/', import.meta.url)
const FOLDERS = ['app/', 'components/', 'features/']
const isStrings = (file: string) => /(^|[/-])strings\.ts$/.test(file)
/** Parsers of what people type (至 / 到 between opening hours): input, not words shown. */
const READS_CHINESE_INPUT = new Set(['features/stores/store-form.ts'])

const stripComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1')

const files = FOLDERS.flatMap((folder) =>
  fs
    .readdirSync(new URL(folder, SRC), { recursive: true })
    .filter((f) => /\.tsx?$/.test(f) && !isStrings(f))
    .map((f) => `${folder}${f}`)
    .filter((f) => !READS_CHINESE_INPUT.has(f))
)

describe('renderer sources', () => {
  it('are found in every feature (the scan is looking in the right place)', () => {
    for (const feature of ['stores', 'guides', 'handover', 'notices', 'sync', 'settings']) {
      expect(files.some((f) => f.startsWith(`features/${feature}/`))).toBe(true)
    }
  })

  it.each(files)('%s has no Chinese literal', (file) => {
    const lines = stripComments(fs.readFileSync(new URL(file, SRC), 'utf8')).split('\n')
    expect(lines.filter((line) => CJK.test(line))).toEqual([])
  })
})
