/**
 * POST /__sim/control: the simulator's test levers over HTTP, for e2e tests that drive the
 * built host as a separate process and so cannot call `advance()` or `refuseTransfers()`.
 *
 * Why this is safe:
 * - It exists only when the simulator was created with a `controlToken`. The Electron app and
 *   `npm start` never pass one; the loopback host passes one only when its environment has
 *   ZHANGGUI_SIM_CONTROL_TOKEN (the e2e fixture sets a fresh random one per host).
 * - The simulator listens on 127.0.0.1 only, and the token (≥32 characters, compared in constant
 *   time) must come in an `Authorization: Bearer` header, which a web page cannot send
 *   cross-origin without a CORS preflight this server never answers.
 * - The levers only touch the demo's invented WeCom (demo-wecom.sqlite); a real corp has no
 *   simulator at all, and nothing here reads or writes the console's cache.
 */
import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SimControls } from './sim-controls'

export const CONTROL_PATH = '/__sim/control'
const MIN_TOKEN_LENGTH = 32
const MAX_ADVANCE_MS = 30 * 24 * 3_600_000

export interface ControlParts {
  readonly token: string
  readonly advance: (ms: number) => void
  readonly controls: Pick<SimControls, 'refuseTransfers' | 'settle'>
}

type Command =
  { op: 'advance'; ms: number } | { op: 'refuse'; externalUserids: string[] } | { op: 'settle' }

export function assertControlToken(token: string): void {
  if (token.length < MIN_TOKEN_LENGTH) throw new RangeError('sim control token too short')
}

/** Answers a control request; returns false when the request is not one (the caller 404s). */
export function handleControl(
  parts: ControlParts | null,
  req: IncomingMessage,
  res: ServerResponse,
  rawBody: string
): boolean {
  if (!parts || (req.url ?? '').split('?')[0] !== CONTROL_PATH) return false
  if (req.method !== 'POST' || !tokenMatches(parts.token, req.headers.authorization)) {
    send(res, 403, { error: 'forbidden' })
    return true
  }
  const command = parseCommand(rawBody)
  if (!command) {
    send(res, 400, { error: 'bad command' })
    return true
  }
  send(res, 200, run(parts, command))
  return true
}

function run(parts: ControlParts, command: Command): Record<string, unknown> {
  switch (command.op) {
    case 'advance':
      parts.advance(command.ms)
      return { ok: true }
    case 'refuse':
      parts.controls.refuseTransfers(command.externalUserids)
      return { ok: true }
    case 'settle':
      return { ok: true, ...parts.controls.settle() }
  }
}

function parseCommand(raw: string): Command | null {
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    return null
  }
  if (typeof body !== 'object' || body === null) return null
  const b = body as Record<string, unknown>
  if (b.op === 'advance' && typeof b.ms === 'number' && b.ms >= 0 && b.ms <= MAX_ADVANCE_MS) {
    return { op: 'advance', ms: b.ms }
  }
  if (b.op === 'refuse' && Array.isArray(b.externalUserids)) {
    const ids = b.externalUserids.filter((v): v is string => typeof v === 'string')
    return ids.length === b.externalUserids.length ? { op: 'refuse', externalUserids: ids } : null
  }
  return b.op === 'settle' ? { op: 'settle' } : null
}

function tokenMatches(token: string, header: string | undefined): boolean {
  const given = Buffer.from(/^Bearer (\S+)$/.exec(header ?? '')?.[1] ?? '')
  const want = Buffer.from(token)
  return given.length === want.length && timingSafeEqual(given, want)
}

function send(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(text)
  })
  res.end(text)
}
