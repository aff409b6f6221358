import { createContext, useContext, type ReactNode } from 'react'
import type { Locale } from '../../../preload/contract/models'

/**
 * UI strings live in one `strings.ts` per feature, as a table per locale. zh-CN is the
 * source of truth; en-US must have the same keys (the type below makes that a compile error).
 */
export type StringTable<T> = { 'zh-CN': T; 'en-US': NoInfer<T> }

const LocaleContext = createContext<{ locale: Locale; setLocale: (l: Locale) => void }>({
  locale: 'zh-CN',
  setLocale: () => undefined
})

export function LocaleProvider(props: {
  locale: Locale
  setLocale: (l: Locale) => void
  children: ReactNode
}) {
  return (
    <LocaleContext.Provider value={{ locale: props.locale, setLocale: props.setLocale }}>
      {props.children}
    </LocaleContext.Provider>
  )
}

export const useLocale = () => useContext(LocaleContext)

/** The current locale's strings from a feature's table. */
export function useStrings<T>(table: StringTable<T>): T {
  return table[useLocale().locale]
}

/** Fills `{name}` placeholders: format('共 {n} 家', { n: 3 }). */
export function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m))
}
