import { describe, expect, it } from 'vitest'

/**
 * The 客户交接 screen takes every word from its strings table, so switching to English
 * leaves no Chinese behind. Same scan as ../sync/no-chinese.test.ts.
 */
interface Fs {
  readdirSync(path: URL, options: { recursive: true }): string[]
  readFileSync(path: URL, encoding: 'utf8'): string
}
// A computed specifier keeps Node's types out of the renderer's DOM-only program.
const fs = (await import(/* @vite-ignore */ ['node', 'fs'].join(':'))) as Fs

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/
const DIR = new URL('../../../renderer/src/features/handover/', import.meta.url)

const stripComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1')

describe('handover code', () => {
  const files = fs
    .readdirSync(DIR, { recursive: true })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('strings.ts'))
    .map((f) => new URL(f, DIR))

  it('exists (the scan is looking in the right place)', () => {
    expect(files.length).toBeGreaterThan(8)
  })

  it.each(files.map((f) => [f.pathname.split('/renderer/src/')[1], f] as const))(
    '%s has no Chinese literal',
    (_, file) => {
      const lines = stripComments(fs.readFileSync(file, 'utf8')).split('\n')
      expect(lines.filter((line) => CJK.test(line))).toEqual([])
    }
  )
})
