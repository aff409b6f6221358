/**
 * The one error type the WeCom client throws. It is an AppError, so it reaches the renderer with
 * a stable code and a zh-CN message for the operator; the other fields are for the caller's
 * decisions (retryAt, kind, errcode) and for logs (detail, already redacted).
 */
import { AppError } from '../../errors'
import type { ErrorCode } from '../../../preload/contract/ipc'
import type { WecomErrorKind } from '../errcodes'

/** What went wrong, independent of how the operator is told. */
export type WecomFailure =
  /** WeCom answered with errcode ≠ 0. */
  | 'errcode'
  /** The connection failed or broke. */
  | 'network'
  | 'timeout'
  /** A non-2xx status without a WeCom body, i.e. from a proxy or a wrong base URL. */
  | 'http-status'
  /** The body was not JSON (truncated, HTML error page). */
  | 'malformed'
  /** JSON that does not match the endpoint's success schema. */
  | 'unexpected-shape'
  /** A write was sent but its reply was lost: it may have taken effect. */
  | 'unknown-outcome'
  /** The path is paused after 45009 and the caller chose not to wait (or the wait is too long). */
  | 'rate-limited'
  | 'missing-secret'
  | 'invalid-input'

export type WecomErrorCode = Extract<
  ErrorCode,
  | 'wecom-config'
  | 'wecom-rate-limited'
  | 'wecom-unavailable'
  | 'wecom-unknown-outcome'
  | 'wecom-rejected'
  | 'invalid-input'
  | 'internal'
>

export interface WecomErrorInit {
  readonly code: WecomErrorCode
  readonly failure: WecomFailure
  readonly path: string
  /** zh-CN, for the operator: what happened and what to do. */
  readonly message: string
  readonly errcode?: number | undefined
  /** From errcodes.ts; present when WeCom answered with an errcode. */
  readonly kind?: WecomErrorKind | undefined
  /** The egress IP WeCom saw (60020: the IP to add to 企业可信IP). */
  readonly callerIp?: string | undefined
  /** WeCom's request id, for WeCom support. */
  readonly hint?: string | undefined
  /** Epoch ms when the path may be called again (rate-limited). */
  readonly retryAt?: number | undefined
  /** Requests sent for this call, including retries. */
  readonly attempts?: number | undefined
  /** English, for logs; secrets and tokens already masked. */
  readonly detail?: string | undefined
}

export class WecomError extends AppError {
  override readonly code: WecomErrorCode
  readonly failure: WecomFailure
  readonly path: string
  readonly errcode: number | undefined
  readonly kind: WecomErrorKind | undefined
  readonly callerIp: string | undefined
  readonly hint: string | undefined
  readonly retryAt: number | undefined
  readonly attempts: number
  readonly detail: string

  constructor(init: WecomErrorInit) {
    super(init.code, init.message)
    this.name = 'WecomError'
    this.code = init.code
    this.failure = init.failure
    this.path = init.path
    this.errcode = init.errcode
    this.kind = init.kind
    this.callerIp = init.callerIp
    this.hint = init.hint
    this.retryAt = init.retryAt
    this.attempts = init.attempts ?? 0
    this.detail = init.detail ?? ''
  }
}

export function isWecomError(error: unknown): error is WecomError {
  return error instanceof WecomError
}
