import { LOCALES, type Locale, type Settings } from '../../preload/contract/models'
import type { SettingRepo } from '../db/repos/setting-repo'

const DEFAULTS: Settings = { locale: 'zh-CN' }

/** User preferences kept in the cache database (not secrets: those never go to SQLite). */
export function createSettingsService(settings: SettingRepo) {
  function get(): Settings {
    const locale = settings.get<Locale>('ui.locale')
    return { locale: locale && LOCALES.includes(locale) ? locale : DEFAULTS.locale }
  }
  return {
    get,
    update(patch: Partial<Settings>): Settings {
      if (patch.locale) settings.set('ui.locale', patch.locale)
      return get()
    }
  }
}
export type SettingsService = ReturnType<typeof createSettingsService>
