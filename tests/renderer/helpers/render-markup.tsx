import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { Locale } from '../../../preload/contract/models'
import { LocaleProvider } from '../../../renderer/src/i18n/locale'

/**
 * No DOM here (neither jsdom nor happy-dom is installed), but React renders to a string in Node:
 * enough to check the end-to-end tests' hooks land on the right elements in both languages.
 * Inline <style> blocks are dropped, so the checks see only the markup.
 */
export const render = (node: ReactNode, locale: Locale = 'zh-CN') =>
  renderToStaticMarkup(
    <LocaleProvider locale={locale} setLocale={() => undefined}>
      {node}
    </LocaleProvider>
  ).replace(/<style[\s\S]*?<\/style>/g, '')

/** How many times `needle` occurs in `html`. */
export const count = (html: string, needle: string) => html.split(needle).length - 1

/** The opening tag of the first element with this test id ('' if there is none). */
export const tagOf = (html: string, testId: string) =>
  new RegExp(`<[a-z]+[^>]*data-testid="${testId}"[^>]*>`).exec(html)?.[0] ?? ''
