/**
 * The Electron entry: app lifecycle only. Open the cache and services (plain Node, see
 * main/app/open-app.ts), register the contract on ipcMain, create the window, forward events.
 */
import { app, ipcMain, type BrowserWindow } from 'electron'
import { APP_NAME } from './app/app-data-dir'
import { openApp, type App } from './app/open-app'
import { registerIpc } from './ipc/bridge-ipc'
import { rendererEntry, userDataDir } from './platform/paths'
import { createKeychainSecretStore } from './platform/secrets'
import { createMainWindow } from './window'

app.setName(APP_NAME)
if (!app.requestSingleInstanceLock()) app.quit()

let core: App | null = null
let win: BrowserWindow | null = null

app.on('second-instance', () => {
  if (!win) return
  if (win.isMinimized()) win.restore()
  win.focus()
})

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (e) => e.preventDefault())
})

void app.whenReady().then(async () => {
  core = await openApp({ dataDir: userDataDir(), secrets: createKeychainSecretStore(userDataDir()) })
  const entry = rendererEntry()
  registerIpc(ipcMain, core.dispatch, entry.isOwn)
  core.events.subscribe((event, payload) => win?.webContents.send(event, payload))
  win = createMainWindow(entry.url)
  win.on('closed', () => (win = null))
})

app.on('window-all-closed', () => app.quit())
// Let a running sync reach its next checkpoint and close the cache cleanly before quitting.
let closing = false
app.on('will-quit', (e) => {
  if (!core || closing) return
  closing = true
  e.preventDefault()
  void core.close().finally(() => app.quit())
})
