import type {
  DesktopApi,
  ErrorCode,
  EventMap,
  EventName,
  InvokeChannel,
  InvokeInput,
  InvokeOutput
} from '../../../preload/contract/ipc'
import { createHttpBridge } from './http-bridge'

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the renderer runs in a browser. */
    api?: DesktopApi
  }
}

const bridge: DesktopApi = window.api ?? createHttpBridge()

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
  }
}

/** The only way screens talk to main. A failed call throws ApiError (react-query sees a throw). */
export async function call<C extends InvokeChannel>(
  channel: C,
  input: InvokeInput<C>
): Promise<InvokeOutput<C>> {
  const res = await bridge.invoke(channel, input)
  if (!res.ok) throw new ApiError(res.error.code, res.error.message)
  return res.data
}

export function onEvent<E extends EventName>(event: E, cb: (payload: EventMap[E]) => void): () => void {
  return bridge.on(event, cb)
}
