import { describe, expect, it } from 'vitest'

/** The notice screen's components take every word from strings.ts. */
interface Fs {
  readdirSync(path: URL): string[]
  readFileSync(path: URL, encoding: 'utf8'): string
}
// A computed specifier keeps Node's types out of the renderer's DOM-only program.
const fs = (await import(/* @vite-ignore */ ['node', 'fs'].join(':'))) as Fs

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/
const DIR = new URL('../../../renderer/src/features/notices/', import.meta.url)
const stripComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1')

describe('notice components', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.tsx'))
  it('exist', () => {
    expect(files.length).toBeGreaterThan(4)
  })
  it.each(files)('%s has no Chinese literal', (file) => {
    const lines = stripComments(fs.readFileSync(new URL(file, DIR), 'utf8')).split('\n')
    expect(lines.filter((line) => CJK.test(line))).toEqual([])
  })
})
