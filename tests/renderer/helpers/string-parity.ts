import { expect } from 'vitest'
import type { StringTable } from '../../../renderer/src/i18n/locale'

/** Han characters and CJK / full-width punctuation: none of it belongs in an English text. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/

/** Every leaf of a string table as [dotted.path, text]. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  return Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k))
}

/** Both locales of a string table, each as dotted.path → text. */
function localeTexts(table: StringTable<unknown>) {
  return { zh: new Map(leaves(table['zh-CN'])), en: new Map(leaves(table['en-US'])) }
}

/** Both locales have the same keys, and no text is empty or blank. */
export function expectSameKeysAndNoEmptyText(table: StringTable<unknown>): void {
  const { zh, en } = localeTexts(table)
  expect([...en.keys()].sort()).toEqual([...zh.keys()].sort())
  for (const [key, text] of [...zh, ...en]) expect(text.trim(), key).not.toBe('')
}

/** Each text uses the same {placeholders} in both locales. */
export function expectSamePlaceholders(table: StringTable<unknown>): void {
  const { zh, en } = localeTexts(table)
  const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
  for (const [key, text] of zh) expect(names(en.get(key)!), key).toEqual(names(text))
}

/** No English text holds Chinese, but the keys in `except` (say, the switch back to Chinese). */
export function expectNoChineseInEnglish(
  table: StringTable<unknown>,
  except: readonly string[] = []
): void {
  for (const [key, text] of localeTexts(table).en) {
    if (except.includes(key)) continue
    expect(CJK.test(text), `${key}: ${text}`).toBe(false)
  }
}
