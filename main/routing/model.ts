/**
 * The routing problem as callers state it: visits on a travel matrix, routes that are one
 * manager-day each. Times are in one unit chosen by the caller (minutes in the app, the
 * benchmark's own unit for Solomon/TSPLIB); nothing here knows about dates or stores.
 */
import type { TravelMatrix } from './travel/matrix'

/** A window in which service may START (the caller subtracts visit time from closing time). */
export interface TimeWindow {
  open: number
  close: number
}

export interface Visit {
  id: string
  /** Row/column of this visit's location in the travel matrix. */
  location: number
  service: number
  /** One or more disjoint windows, sorted; empty means "any time". */
  windows: readonly TimeWindow[]
  demand?: number
  /** Required visits cost `unplacedPenalty` when left out; optional ones cost `penalty`. */
  required?: boolean
  penalty?: number
}

/** One manager-day: own start and end point, working hours and limits. */
export interface RouteSpec {
  id: string
  startLocation: number
  endLocation: number
  /** Earliest departure from the start point. */
  earliest: number
  /** Latest arrival back at the end point. */
  latest: number
  maxDuration?: number
  capacity?: number
}

export interface RoutingProblem {
  matrix: TravelMatrix
  visits: readonly Visit[]
  routes: readonly RouteSpec[]
}

export type UnplacedReason = 'window_too_short' | 'beyond_working_time' | 'unreachable' | 'no_route_capacity'

export interface PlannedStop {
  visitId: string
  arrival: number
  start: number
  end: number
  wait: number
  /** How much later service could start without breaking a later window or the day's end. */
  slack: number
}

export interface PlannedRoute {
  routeId: string
  stops: PlannedStop[]
  departure: number
  arrival: number
  travelTime: number
  cost: number
}

export interface RoutingPlan {
  routes: PlannedRoute[]
  unplaced: { visitId: string; reason: UnplacedReason }[]
  /** Sum of route costs (the matrix's cost, e.g. travel time or distance). */
  cost: number
}

export interface SolveProgress {
  elapsedMs: number
  iterations: number
  bestCost: number
  unplaced: number
}

/** What the solver polls to stop early: an AbortSignal, or a flag shared with another thread. */
export interface CancelSignal {
  readonly aborted: boolean
}

export interface SolveOptions {
  seed?: number
  timeLimitMs?: number
  /** Makes a run reproducible regardless of machine speed (time limit still applies as a cap). */
  maxIterations?: number
  signal?: CancelSignal
  onProgress?: (p: SolveProgress) => void
  /** Candidate list length per visit. */
  neighbours?: number
  /**
   * Balance (objective 3): share of the plan's travel that may be spent to shorten the longest
   * day. 0 (default) only breaks ties between equally short plans.
   */
  balanceTolerance?: number
}

export interface SolveResult {
  plan: RoutingPlan
  iterations: number
  elapsedMs: number
  stopped: 'done' | 'time' | 'cancelled'
}
