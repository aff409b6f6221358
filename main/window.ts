import { BrowserWindow, session, shell } from 'electron'
import { join } from 'node:path'
import { CSP } from './host/security'

/**
 * The hardened main window: no Node in the page, an isolated sandboxed preload, a strict CSP,
 * and no navigation or new windows (external https links open in the system browser).
 */
export function createMainWindow(url: string): BrowserWindow {
  session.defaultSession.webRequest.onHeadersReceived((details, cb) => {
    cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } })
  })
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, cb) => cb(false))
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    show: false,
    title: '掌柜 Zhanggui',
    // resources/ beside out/: the window and taskbar icon (Linux, Windows; macOS uses the bundle's).
    icon: join(__dirname, '../../resources/icon.png'),
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false
    }
  })
  win.webContents.on('will-navigate', (e) => e.preventDefault())
  win.webContents.setWindowOpenHandler(({ url: target }) => {
    if (target.startsWith('https://')) void shell.openExternal(target)
    return { action: 'deny' }
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(url)
  return win
}
