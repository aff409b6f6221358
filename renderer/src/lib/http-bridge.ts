import type { DesktopApi, EventMap, EventName } from '../../../preload/contract/ipc'

/**
 * The browser-host transport: the same DesktopApi as the Electron preload, spoken over the
 * loopback host. The per-run token arrives in the URL fragment (never sent to a server, never
 * logged) and is kept in sessionStorage so a reload keeps working.
 */
export function createHttpBridge(): DesktopApi {
  const token = readToken()
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` }
  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  let stream: AbortController | null = null

  function ensureStream(): void {
    if (stream) return
    stream = new AbortController()
    void readEvents(stream.signal, headers.authorization, (event, payload) => {
      for (const cb of listeners.get(event) ?? []) (cb as (p: unknown) => void)(payload)
    })
  }

  return {
    async invoke(channel, input) {
      const res = await fetch(`/api/invoke/${channel}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input)
      })
      return res.json()
    },
    on<E extends EventName>(event: E, cb: (payload: EventMap[E]) => void) {
      const set = listeners.get(event) ?? new Set()
      set.add(cb as (payload: never) => void)
      listeners.set(event, set)
      ensureStream()
      return () => void set.delete(cb as (payload: never) => void)
    }
  }
}

function readToken(): string {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token')
  if (fromHash) {
    sessionStorage.setItem('zhanggui.token', fromHash)
    history.replaceState(null, '', location.pathname + location.search)
    return fromHash
  }
  return sessionStorage.getItem('zhanggui.token') ?? ''
}

/** Server-sent events read with fetch so the token travels in a header, not in the URL. */
async function readEvents(
  signal: AbortSignal,
  authorization: string,
  emit: (event: EventName, payload: unknown) => void
): Promise<void> {
  while (!signal.aborted) {
    try {
      const res = await fetch('/api/events', { headers: { authorization }, signal })
      if (!res.body) throw new Error('no event stream')
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader()
      let buffer = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffer += value
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const event = /^event: (.+)$/m.exec(frame)?.[1]
          const data = /^data: (.+)$/m.exec(frame)?.[1]
          if (event && data) emit(event as EventName, JSON.parse(data))
        }
      }
    } catch {
      if (signal.aborted) return
    }
    await new Promise((r) => setTimeout(r, 1000)) // the host restarted or the network blinked
  }
}
