import type { Services } from '../app/services'
import type { Routes } from './dispatch'

/** One line per contract channel; the bodies live in services. */
export function createRoutes(s: Services): Routes {
  return {
    'app:status': () => s.status.get(),
    'settings:get': () => s.settings.get(),
    'settings:update': (q) => s.settings.update(q),
    'store:list': (q) => s.stores.list(q),
    'store:facets': () => s.stores.facets(),
    'store:update': (q) => s.stores.update(q.id, q.patch),
    'store:export': (q) => s.stores.export(q),
    'store:import-preview': (q) => s.storeImport.preview(q),
    'store:import-apply': (q) => s.storeImport.apply(q.previewId),
    'sync:overview': () => s.sync.overview(),
    'sync:run-now': () => s.sync.runNow(),
    'sync:cancel': () => s.sync.cancel(),
    'wecom:get-settings': () => s.wecom.settings(),
    'wecom:update-settings': (q) => s.wecom.update(q),
    'wecom:test-connection': () => s.wecom.testConnection(),
    'org:mapping': () => s.orgMapping.view(),
    'org:preview-mapping': (q) => s.orgMapping.preview(q.rule),
    'org:update-mapping': (q) => s.orgMapping.update(q.rule)
  }
}
