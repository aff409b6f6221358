import type { IpcMainInvokeEvent } from 'electron'
import { INVOKE_CHANNELS } from '../../preload/contract/ipc'
import type { Dispatch } from '../rpc/dispatch'

/** What we use of ipcMain; injected so this file runs under plain Node in tests. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, raw: unknown) => unknown): void
}

/**
 * Registers every contract channel on ipcMain. A call from any frame other than our own page
 * is refused before validation (Electron advisory GHSA-mq8j-3h7h-p8g7: validate senderFrame).
 */
export function registerIpc(
  ipc: IpcMainLike,
  dispatch: Dispatch,
  isTrustedSender: (frameUrl: string | undefined) => boolean
): void {
  for (const channel of INVOKE_CHANNELS) {
    ipc.handle(channel, (event, raw) => {
      if (!isTrustedSender(event.senderFrame?.url)) {
        return { ok: false, error: { code: 'forbidden', message: '请求来源不可信，已拒绝。' } }
      }
      return dispatch(channel, raw)
    })
  }
}
