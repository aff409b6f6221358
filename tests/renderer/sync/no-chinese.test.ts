import { describe, expect, it } from 'vitest'

/**
 * The shell, Sync and Settings take every word from their strings tables, so switching to
 * English leaves no Chinese behind. Same scan as ../no-chinese-in-components.test.ts, which
 * covers the stores feature and shared components.
 */
interface Fs {
  readdirSync(path: URL, options: { recursive: true }): string[]
  readFileSync(path: URL, encoding: 'utf8'): string
}
// A computed specifier keeps Node's types out of the renderer's DOM-only program.
const fs = (await import(/* @vite-ignore */ ['node', 'fs'].join(':'))) as Fs

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/
const ROOTS = [
  '../../../renderer/src/app/',
  '../../../renderer/src/features/sync/',
  '../../../renderer/src/features/settings/'
]

const stripComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1')

describe('shell, sync and settings code', () => {
  const files = ROOTS.flatMap((root) => {
    const dir = new URL(root, import.meta.url)
    return fs
      .readdirSync(dir, { recursive: true })
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('strings.ts'))
      .map((f) => new URL(f, dir))
  })

  it('exist (the scan is looking in the right place)', () => {
    expect(files.length).toBeGreaterThan(20)
  })

  it.each(files.map((f) => [f.pathname.split('/renderer/src/')[1], f] as const))(
    '%s has no Chinese literal',
    (_, file) => {
      const lines = stripComments(fs.readFileSync(file, 'utf8')).split('\n')
      expect(lines.filter((line) => CJK.test(line))).toEqual([])
    }
  )
})
