import { app } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Where the built renderer lives, and the URL our window (and only it) loads. */
export function rendererEntry(): { url: string; isOwn: (frameUrl: string | undefined) => boolean } {
  const devUrl = process.env.ELECTRON_RENDERER_URL // set by `electron-vite dev`
  if (devUrl && !app.isPackaged) {
    const origin = new URL(devUrl).origin
    return { url: devUrl, isOwn: (u) => !!u && new URL(u).origin === origin }
  }
  const file = pathToFileURL(join(__dirname, '../renderer/index.html')).href
  return { url: file, isOwn: (u) => !!u && u.split('#')[0] === file }
}

export const userDataDir = (): string => app.getPath('userData')
