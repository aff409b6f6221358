import {
  invokeSchemas,
  type InvokeChannel,
  type InvokeInput,
  type InvokeOutput,
  type IpcResult
} from '../../preload/contract/ipc'
import { AppError } from '../errors'

export type Handler<C extends InvokeChannel> = (
  input: InvokeInput<C>
) => InvokeOutput<C> | Promise<InvokeOutput<C>>
export type Routes = { [C in InvokeChannel]: Handler<C> }

export interface DispatchLog {
  error(message: string, err: unknown): void
}

const fail = (code: AppError['code'], message: string) => ({ ok: false, error: { code, message } }) as const

/**
 * The trust boundary shared by Electron IPC and the loopback host: an unknown channel or an
 * input that fails its schema never reaches a service. Business errors travel as data; a bug
 * is logged and reported as `internal` without leaking its stack to the renderer.
 */
export function createDispatch(routes: Routes, log: DispatchLog) {
  return async function dispatch(channel: string, raw: unknown): Promise<IpcResult<unknown>> {
    if (!Object.hasOwn(invokeSchemas, channel)) return fail('forbidden', `未知的请求：${channel}`)
    const c = channel as InvokeChannel
    const parsed = invokeSchemas[c].safeParse(raw)
    if (!parsed.success) return fail('invalid-input', `请求参数不正确：${parsed.error.issues[0]?.message ?? ''}`)
    try {
      const handler = routes[c] as (input: unknown) => unknown
      return { ok: true, data: await handler(parsed.data) }
    } catch (e) {
      if (e instanceof AppError) return fail(e.code, e.message)
      log.error(`handler for ${c} failed`, e)
      return fail('internal', '内部错误，操作未完成，数据未改动。请重试；若仍失败请联系技术支持并附上日志。')
    }
  }
}
export type Dispatch = ReturnType<typeof createDispatch>
