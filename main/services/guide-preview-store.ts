import { AppError } from '../errors'
import type { GuideActionKind } from '../../preload/contract/models'
import type { GuideState } from '../domain/guides/guide-state'

/** Long enough to review a big preview; short enough not to apply it against stale data. */
export const GUIDE_PREVIEW_TTL_MS = 30 * 60_000
/** Previews hold whole selections; a few are plenty for one operator. */
const MAX_PREVIEWS = 5

/**
 * What a preview promised: the guides it covers and how each one's state changes. Apply
 * re-runs `next` on the states read inside its transaction, so a change made since the
 * preview (a sync, another action) is built upon rather than overwritten.
 */
export interface PendingGuidePlan {
  kind: GuideActionKind
  /** Summary for the undo stack, given the number of guides that really changed. */
  summary: (changed: number) => string
  userids: string[]
  next: (userid: string, state: GuideState) => GuideState
}

/** Previews by id, applied at most once and forgotten after GUIDE_PREVIEW_TTL_MS. */
export function createGuidePreviewStore(now: () => number, newId: () => string) {
  const pending = new Map<string, PendingGuidePlan & { createdAt: number }>()
  const forgetExpired = () => {
    for (const [id, p] of pending) if (now() - p.createdAt > GUIDE_PREVIEW_TTL_MS) pending.delete(id)
  }
  return {
    keep(plan: PendingGuidePlan): string {
      forgetExpired()
      const id = newId()
      pending.set(id, { ...plan, createdAt: now() })
      for (const oldest of pending.keys()) {
        if (pending.size <= MAX_PREVIEWS) break
        pending.delete(oldest)
      }
      return id
    },
    /** Consumed before writing: a failed apply is previewed again, never applied twice. */
    take(id: string): PendingGuidePlan {
      forgetExpired()
      const plan = pending.get(id)
      if (!plan) {
        throw new AppError('preview-expired', '这次预览已失效（超过 30 分钟或已经应用过），请重新预览后再应用')
      }
      pending.delete(id)
      return plan
    }
  }
}
export type GuidePreviewStore = ReturnType<typeof createGuidePreviewStore>
