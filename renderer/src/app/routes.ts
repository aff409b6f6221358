/** The screens the side menu switches between; the first is where the app opens. */
export const ROUTES = ['stores', 'guides', 'notices', 'handover', 'sync', 'org-mapping', 'settings'] as const
export type Route = (typeof ROUTES)[number]
export const DEFAULT_ROUTE: Route = 'stores'

const isRoute = (s: string): s is Route => (ROUTES as readonly string[]).includes(s)

/**
 * `#/sync` → 'sync'. Anything else is the default screen: an empty hash (the browser host's
 * bridge clears `#token=…` at load), a leftover `#token=…`, or a stale bookmark.
 */
export function parseRoute(hash: string): Route {
  const m = /^#?\/([\w-]+)\/?(?:[?#].*)?$/.exec(hash)
  const name = m?.[1] ?? ''
  return isRoute(name) ? name : DEFAULT_ROUTE
}

export const routeHash = (route: Route): string => `#/${route}`
