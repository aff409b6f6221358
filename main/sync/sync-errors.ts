/**
 * What the Sync screen shows when a run stops on an error: a code to look up and a zh-CN message
 * that tells the operator what happened and that nothing is lost.
 */
import { AppError } from '../errors'
import { WecomError } from '../wecom/client'
import { CANCELLED_CODE, type SyncErrorInfo } from './sync-state'

/** Thrown inside the engine when cancel() interrupts a page in flight. */
export class SyncCancelled extends Error {
  constructor() {
    super('sync cancelled')
    this.name = 'SyncCancelled'
  }
}

export const CANCELLED_ERROR: SyncErrorInfo = {
  code: CANCELLED_CODE,
  message: '同步已取消。已同步的数据都已保存，下次同步会从中断处继续。'
}

const RESUME_NOTE = '已同步的数据都已保存，下次同步会从中断处继续。'

export function describeSyncError(error: unknown): SyncErrorInfo {
  if (error instanceof WecomError) {
    const code = error.errcode !== undefined ? String(error.errcode) : error.code
    return { code, message: `${error.message}${RESUME_NOTE}` }
  }
  if (error instanceof AppError) {
    return { code: error.code, message: `${error.message}${RESUME_NOTE}` }
  }
  const detail = error instanceof Error ? error.message : String(error)
  return {
    code: 'internal',
    message:
      `同步时出现内部错误（${detail.slice(0, 200)}）。${RESUME_NOTE}` +
      '如反复出现，请联系技术支持。'
  }
}

/** Rejects with SyncCancelled as soon as `signal` aborts; the abandoned call's reply is ignored. */
export function unlessCancelled<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new SyncCancelled())
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new SyncCancelled())
    signal.addEventListener('abort', onAbort, { once: true })
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(error)
      }
    )
  })
}
