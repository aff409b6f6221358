/**
 * Plans live in memory between "plan", the operator's edits, the pre-flight and "execute", like
 * the store import's previews: nothing is written until execute, which consumes the plan, so a
 * plan is executed at most once. They expire, so an old plan is not sent against a cache that has
 * moved on.
 */
import type { HandoverPlan } from '../domain/handover/handover-plan'
import { AppError } from '../errors'

export const PLAN_TTL_MS = 60 * 60_000
export const MAX_PLANS = 10

/** The takeover caps the plan was made with; the pre-flight checks against the same. */
export interface PlanCaps {
  readonly defaultCapacity?: number | null | undefined
  readonly capacities?: Readonly<Record<string, number>> | undefined
}

interface Kept {
  readonly createdAt: number
  readonly caps: PlanCaps
  plan: HandoverPlan
}

export function createPlanStore(now: () => number, newId: () => string) {
  const plans = new Map<string, Kept>()

  function forgetExpired(): void {
    for (const [id, p] of plans) if (now() - p.createdAt > PLAN_TTL_MS) plans.delete(id)
  }

  function kept(planId: string): Kept {
    forgetExpired()
    const found = plans.get(planId)
    if (!found) throw expiredError()
    return found
  }
  const get = (planId: string): HandoverPlan => kept(planId).plan

  return {
    keep(plan: HandoverPlan, caps: PlanCaps): string {
      forgetExpired()
      const id = newId()
      plans.set(id, {
        createdAt: now(),
        caps: { defaultCapacity: caps.defaultCapacity, capacities: caps.capacities },
        plan
      })
      for (const oldest of plans.keys()) {
        if (plans.size <= MAX_PLANS) break
        plans.delete(oldest)
      }
      return id
    },
    get,
    caps: (planId: string): PlanCaps => kept(planId).caps,
    replace(planId: string, plan: HandoverPlan): void {
      kept(planId).plan = plan
    },
    /** Removes and returns the plan and its caps: execute uses it once. */
    take(planId: string): { plan: HandoverPlan; caps: PlanCaps } {
      const found = kept(planId)
      plans.delete(planId)
      return found
    }
  }
}
export type PlanStore = ReturnType<typeof createPlanStore>

const expiredError = (): AppError =>
  new AppError('preview-expired', '这份交接计划已失效（超过 1 小时或已经执行过），请重新生成计划')
