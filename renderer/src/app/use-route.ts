import { useCallback, useSyncExternalStore } from 'react'
import { DEFAULT_ROUTE, parseRoute, routeHash, type Route } from './routes'

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}
// Read at render, never at import: the http bridge strips `#token=…` while modules load.
const snapshot = () => parseRoute(window.location.hash)
const serverSnapshot = () => DEFAULT_ROUTE

/**
 * A hash router in a dozen lines: the hash survives reloads in Electron and the browser host
 * alike, and back/forward work without a history API of our own.
 */
export function useRoute(): [Route, (route: Route) => void] {
  const route = useSyncExternalStore(subscribe, snapshot, serverSnapshot)
  const navigate = useCallback((next: Route) => {
    window.location.hash = routeHash(next)
  }, [])
  return [route, navigate]
}
