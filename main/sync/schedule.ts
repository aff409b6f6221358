/**
 * The periodic sync while the app is open: one timer at a time, re-armed before each run so a
 * slow run never delays the next tick (a tick during a run just joins it).
 */
export interface SyncTimers {
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const realTimers: SyncTimers = {
  setTimeout(run, ms) {
    const handle = setTimeout(run, ms)
    handle.unref() // a pending scheduled sync must not keep a quitting process alive
    return handle
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout)
}

export function createSchedule(timers: SyncTimers, now: () => number, tick: () => void) {
  let armed: { handle: unknown; at: number } | null = null
  const stop = () => {
    if (armed) timers.clearTimeout(armed.handle)
    armed = null
  }
  return {
    start(intervalMs: number): void {
      stop()
      const arm = () => {
        const handle = timers.setTimeout(() => {
          arm()
          tick()
        }, intervalMs)
        armed = { handle, at: now() + intervalMs }
      }
      arm()
    },
    stop,
    nextRunAt: (): number | null => armed?.at ?? null
  }
}
