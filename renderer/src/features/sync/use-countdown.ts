import { useEffect, useState } from 'react'

/**
 * Ms left until `until`, re-read every second and stopping at 0: a cooldown ticks down on
 * screen without asking main, and a stale overview cannot keep a timer running.
 */
export function useCountdown(until: number): number {
  const [left, setLeft] = useState(() => Math.max(0, until - Date.now()))
  useEffect(() => {
    const timer = setInterval(tick, 1000)
    function tick() {
      const next = Math.max(0, until - Date.now())
      setLeft(next)
      if (next === 0) clearInterval(timer)
    }
    tick()
    return () => clearInterval(timer)
  }, [until])
  return left
}
