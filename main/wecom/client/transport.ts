/**
 * One HTTP exchange with WeCom, reduced to "a JSON body" or "a failure, and whether the request
 * may have reached the server". It never throws and knows nothing of errcodes or retries.
 */

/** The part of `fetch` the client uses; global fetch fits, and so does a test double. */
export type FetchLike = (
  url: string,
  init: {
    method: 'GET' | 'POST'
    headers: Record<string, string>
    body?: string
    signal: AbortSignal
  }
) => Promise<{ status: number; text(): Promise<string> }>

export interface TransportRequest {
  readonly url: string
  readonly method: 'GET' | 'POST'
  readonly body?: string | undefined
  /** Real time, not the injected clock: it bounds real I/O, also under an accelerated clock. */
  readonly timeoutMs: number
}

export interface TransportJson {
  readonly kind: 'json'
  readonly status: number
  readonly json: unknown
}

export interface TransportFailure {
  readonly kind: 'failed'
  readonly failure: 'network' | 'timeout' | 'http-status' | 'malformed'
  /** false only when the request certainly never reached a server (refused, DNS, 429). */
  readonly sent: boolean
  /** false for failures a retry cannot fix (a 404 from a wrong base URL). */
  readonly retryable: boolean
  readonly status?: number | undefined
  /** English, may quote the URL: the client redacts it before use. */
  readonly detail: string
}

export type TransportResult = TransportJson | TransportFailure

/** Errors raised before a byte of the request left: safe to re-send even a write. */
const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
  'UND_ERR_CONNECT_TIMEOUT'
])

export async function sendHttp(
  fetch: FetchLike,
  request: TransportRequest
): Promise<TransportResult> {
  const signal = AbortSignal.timeout(request.timeoutMs)
  const headers: Record<string, string> = { accept: 'application/json' }
  if (request.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8'
  const init = { method: request.method, headers, signal }
  try {
    const response = await fetch(
      request.url,
      request.body === undefined ? init : { ...init, body: request.body }
    )
    const text = await response.text()
    return readBody(response.status, text)
  } catch (error) {
    return thrown(error, signal)
  }
}

function thrown(error: unknown, signal: AbortSignal): TransportFailure {
  if (signal.aborted || errorName(error) === 'TimeoutError') {
    return { kind: 'failed', failure: 'timeout', sent: true, retryable: true, detail: 'timed out' }
  }
  const code = errorCode(error)
  const sent = code === undefined || !NOT_SENT_CODES.has(code)
  const detail = describe(error, code)
  return { kind: 'failed', failure: 'network', sent, retryable: true, detail }
}

function readBody(status: number, text: string): TransportResult {
  const json = parseJson(text)
  const isWecomBody = typeof json === 'object' && json !== null && 'errcode' in json
  if (status >= 200 && status < 300) {
    if (json !== undefined) return { kind: 'json', status, json }
    return {
      kind: 'failed',
      failure: 'malformed',
      sent: true,
      retryable: true,
      status,
      detail: `body is not JSON (${text.length} chars)`
    }
  }
  // WeCom itself answers 200; a non-2xx that still carries an errcode is read like one.
  if (isWecomBody) return { kind: 'json', status, json }
  return httpStatusFailure(status)
}

/** 408 and 429 mean the server did not act; 5xx from a proxy may come after forwarding. */
function httpStatusFailure(status: number): TransportFailure {
  const notActed = status === 408 || status === 429
  const retryable = notActed || status >= 500
  return {
    kind: 'failed',
    failure: 'http-status',
    sent: !notActed,
    retryable,
    status,
    detail: `HTTP ${status}`
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function errorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined
}

/** undici puts the socket error's code on `cause`; other fetches put it on the error. */
function errorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause
  const code = cause?.code ?? (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

function describe(error: unknown, code: string | undefined): string {
  const message = error instanceof Error ? error.message : String(error)
  const cause = (error as { cause?: unknown } | null)?.cause
  const causeMessage = cause instanceof Error ? `: ${cause.message}` : ''
  return `${code ?? 'network error'}: ${message}${causeMessage}`
}
