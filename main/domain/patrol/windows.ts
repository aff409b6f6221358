/**
 * Opening hours → the solver's start windows ("service may start in [open, close − visit]"),
 * minus the manager's lunch break: no visit may be in progress during lunch, so each window is
 * cut into "ends before lunch" and "starts after lunch".
 */
import type { TimeWindow } from '../../routing'
import { normaliseOpeningHours, openingHoursProblem } from '../stores/opening-hours'
import type { LunchBreak } from './model'

const DAY = 24 * 60

/** Open intervals of the day; null = no usable hours (unreadable text counts as open all day). */
export function openIntervals(hours: string | null): [number, number][] {
  if (hours === null || hours.trim() === '') return [[0, DAY]]
  const text = normaliseOpeningHours(hours)
  if (openingHoursProblem(text) !== null) return [[0, DAY]]
  const [open, close] = text.split('-').map((t) => {
    const [h, m] = t.split(':').map(Number)
    return h! * 60 + m!
  }) as [number, number]
  // After midnight: the evening part today, the early-morning part belongs to the same day too.
  return close > open ? [[open, close]] : [[0, close], [open, DAY]]
}

function cutLunch(w: TimeWindow, service: number, lunch: LunchBreak): TimeWindow[] {
  const before = { open: w.open, close: Math.min(w.close, lunch.start - service) }
  const after = { open: Math.max(w.open, lunch.start + lunch.minutes), close: w.close }
  return [before, after].filter((x) => x.close >= x.open)
}

export function startWindows(hours: string | null, service: number, lunches: readonly LunchBreak[]): TimeWindow[] {
  let windows: TimeWindow[] = openIntervals(hours)
    .map(([open, close]) => ({ open, close: close - service }))
    .filter((w) => w.close >= w.open)
  for (const lunch of lunches) windows = windows.flatMap((w) => cutLunch(w, service, lunch))
  return windows.sort((a, b) => a.open - b.open)
}
