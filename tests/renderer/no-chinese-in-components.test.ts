import { describe, expect, it } from 'vitest'

/**
 * Components take every word from a strings table, so switching to English leaves no Chinese
 * behind. This reads the .tsx sources (comments stripped) and looks for CJK characters.
 */
interface Fs {
  readdirSync(path: URL, options: { recursive: true }): string[]
  readFileSync(path: URL, encoding: 'utf8'): string
}
// A computed specifier keeps Node's types out of the renderer's DOM-only program.
const fs = (await import(/* @vite-ignore */ ['node', 'fs'].join(':'))) as Fs

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/
const ROOTS = ['../../renderer/src/features/stores/', '../../renderer/src/components/']

const stripComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1')

describe('components', () => {
  const files = ROOTS.flatMap((root) => {
    const dir = new URL(root, import.meta.url)
    return fs
      .readdirSync(dir, { recursive: true })
      .filter((f) => f.endsWith('.tsx'))
      .map((f) => new URL(f, dir))
  })

  it('exist (the scan is looking in the right place)', () => {
    expect(files.length).toBeGreaterThan(5)
  })

  it.each(files.map((f) => [f.pathname.split('/renderer/src/')[1], f] as const))(
    '%s has no Chinese literal',
    (_, file) => {
      const lines = stripComments(fs.readFileSync(file, 'utf8')).split('\n')
      const offending = lines.filter((line) => CJK.test(line))
      expect(offending).toEqual([])
    }
  )
})
