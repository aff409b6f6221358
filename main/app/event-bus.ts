import type { EventMap, EventName } from '../../preload/contract/ipc'

type Listener = <E extends EventName>(event: E, payload: EventMap[E]) => void

/**
 * Services emit push events here; the Electron edge forwards them to the window and the
 * loopback host to its SSE clients. Services never know which transport is listening.
 */
export function createEventBus() {
  const listeners = new Set<Listener>()
  return {
    emit<E extends EventName>(event: E, payload: EventMap[E]): void {
      for (const l of listeners) l(event, payload)
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    }
  }
}
export type EventBus = ReturnType<typeof createEventBus>
