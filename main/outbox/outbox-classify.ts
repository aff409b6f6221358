import { AppError } from '../errors'
import { isWecomError, type WecomError } from '../wecom/client'
import { localError, type OutboxError } from './outbox-errors'

/**
 * What the worker does with a failed send:
 * 'retry' — transient (busy, quota, network): back off and send again, at `at` if WeCom said when;
 * 'unknown' — the request left but its reply was lost, so it may have taken effect;
 * 'fail' — WeCom or the settings refuse it; sending again cannot help until someone acts.
 */
export type Verdict =
  | { verdict: 'retry'; error: OutboxError; at?: number | undefined }
  | { verdict: 'unknown'; error: OutboxError }
  | { verdict: 'fail'; error: OutboxError }

/** Errcode kinds (errcodes.ts) that pass by themselves. */
const TRANSIENT_KINDS = new Set(['retry', 'rate-limit', 'concurrency', 'token'])
const TRANSIENT_FAILURES = new Set(['network', 'timeout', 'http-status', 'malformed'])

export function classify(error: unknown): Verdict {
  if (isWecomError(error)) return classifyWecom(error)
  if (error instanceof AppError) {
    return { verdict: 'fail', error: { ...localError('internal'), code: error.code, zh: error.message } }
  }
  return { verdict: 'fail', error: localError('internal') }
}

function classifyWecom(e: WecomError): Verdict {
  const error = fromWecom(e)
  if (e.failure === 'errcode') {
    const transient = e.kind !== undefined && TRANSIENT_KINDS.has(e.kind)
    return transient ? { verdict: 'retry', error } : { verdict: 'fail', error }
  }
  if (e.failure === 'rate-limited') return { verdict: 'retry', error, at: e.retryAt }
  if (TRANSIENT_FAILURES.has(e.failure)) return { verdict: 'retry', error }
  if (e.failure === 'unknown-outcome' || e.failure === 'unexpected-shape') return { verdict: 'unknown', error }
  return { verdict: 'fail', error } // missing-secret, invalid-input: the operator must act
}

/** The client's message is already the zh-CN advice (IP filled in); keep it, add a stable code. */
function fromWecom(e: WecomError): OutboxError {
  if (e.errcode !== undefined) return { code: `wecom:${e.errcode}`, zh: e.message, en: '' }
  const code = TRANSIENT_FAILURES.has(e.failure)
    ? 'network'
    : e.failure === 'unexpected-shape' // only a write answered errcode 0 in a shape we cannot read
      ? 'wecom-unknown-outcome'
      : `wecom-${e.failure}`
  return { code, zh: e.message, en: '' }
}
