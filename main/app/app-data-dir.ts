import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_NAME = 'Zhanggui'

/**
 * The folder Electron's app.getPath('userData') gives for our app name, computed without
 * Electron so the browser host and the desktop app share one cache on the same machine.
 */
export function defaultAppDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ZHANGGUI_DATA_DIR) return env.ZHANGGUI_DATA_DIR
  switch (process.platform) {
    case 'win32':
      return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME)
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support', APP_NAME)
    default:
      return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME)
  }
}
