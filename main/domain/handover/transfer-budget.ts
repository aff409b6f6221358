/**
 * The in-service budget kept locally: WeCom allows a customer at most 2 in-service transfers in
 * 90 days (doc 96325) and answers a third with 40128 only after the call. The ledger knows every
 * accepted request this console made, so the pre-flight can say so before sending.
 * Transfers made outside the console (the WeCom admin page) are not in the ledger: the server's
 * 40128 stays the last word, and the executor records it like any other per-customer errcode.
 */
import { IN_SERVICE_BUDGET } from './transfer-kind'

export interface BudgetState {
  /** Transfers still allowed now. */
  readonly left: number
  /** When the next one becomes allowed again (epoch ms); null while some are left. */
  readonly freesAt: number | null
}

/** `acceptedAt`: request times of this customer's accepted in-service transfers. */
export function inServiceBudget(acceptedAt: readonly number[], now: number): BudgetState {
  const since = now - IN_SERVICE_BUDGET.windowMs
  const inWindow = acceptedAt.filter((t) => t > since).sort((a, b) => a - b)
  const left = Math.max(0, IN_SERVICE_BUDGET.transfers - inWindow.length)
  if (left > 0) return { left, freesAt: null }
  // The window slides: the oldest transfer that keeps the count at the limit must age out.
  const blocking = inWindow[inWindow.length - IN_SERVICE_BUDGET.transfers] ?? now
  return { left, freesAt: blocking + IN_SERVICE_BUDGET.windowMs }
}
