// No logic here: forward contract calls to main and strip the Electron event from pushes.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { DesktopApi } from './contract/ipc'

const api: DesktopApi = {
  invoke: (channel, input) => ipcRenderer.invoke(channel, input),
  on: (event, cb) => {
    const listener = (_e: IpcRendererEvent, payload: Parameters<typeof cb>[0]) => cb(payload)
    ipcRenderer.on(event, listener)
    return () => void ipcRenderer.removeListener(event, listener)
  }
}
contextBridge.exposeInMainWorld('api', api)
