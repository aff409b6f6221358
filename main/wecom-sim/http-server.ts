/**
 * The node:http face of the simulator: 127.0.0.1 on a random port, /cgi-bin/<path>. It tracks
 * calls in flight per API (for 45033), holds each call for the configured latency, runs the
 * pipeline, and writes the reply: JSON (whole or truncated), a proxy's HTML 500, a held socket,
 * or a TCP reset. Every reply is logged; every JSON body is shown to onResponse first.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { findWecomEndpoint, type WecomEndpointPath } from '../wecom/endpoints'
import type { CallLog } from './call-log'
import { handleControl, type ControlParts } from './control-route'
import type { FaultKind } from './faults'
import type { PipelineResult, Pipeline } from './pipeline'
import type { InFlight } from './quota'
import type { SimClock } from './sim-clock'

export interface SimResponseEvent {
  readonly path: string
  readonly status: number
  /** The JSON body as built, before any truncation fault. */
  readonly body: Record<string, unknown>
  readonly fault: FaultKind | null
}

export interface HttpParts {
  readonly pipeline: Pipeline
  readonly inFlight: InFlight
  readonly log: CallLog
  readonly clock: SimClock
  readonly latencyMs: (path: WecomEndpointPath) => number
  readonly onResponse?: ((event: SimResponseEvent) => void) | undefined
  /** A handler threw something other than a WeCom error: a simulator bug. */
  readonly onInternalError: (error: unknown, path: string) => void
  /** Test levers at /__sim/control; absent (the default) = no such path. */
  readonly control?: ControlParts | null | undefined
}

export interface SimHttpServer {
  readonly port: number
  close(): Promise<void>
}

const MAX_BODY_BYTES = 2 * 1024 * 1024
const HTML_500 =
  '<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n' +
  '<center><h1>500 Internal Server Error</h1></center>\r\n</body>\r\n</html>\r\n'

export async function startHttpServer(parts: HttpParts): Promise<SimHttpServer> {
  const sockets = new Set<Socket>()
  const server = createServer((req, res) => {
    handle(parts, req, res).catch((error: unknown) => {
      parts.onInternalError(error, req.url ?? '')
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end('simulator error')
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no port bound')
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

async function handle(parts: HttpParts, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const at = parts.clock.now()
  const path = url.pathname.startsWith('/cgi-bin/') ? url.pathname.slice('/cgi-bin/'.length) : ''
  const known = findWecomEndpoint(path)?.path === path ? (path as WecomEndpointPath) : null
  const inFlight = known ? parts.inFlight.enter(known) : 0
  if (known) res.once('close', () => parts.inFlight.leave(known))
  const rawBody = await readBody(req)
  if (rawBody === null) return void req.socket.destroy()
  if (handleControl(parts.control ?? null, req, res, rawBody)) return
  const delay = known ? parts.latencyMs(known) : 0
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay))
  // The caller gave up or the simulator closed while the call was held: nothing to answer.
  if (req.socket.destroyed) return
  const result = parts.pipeline.run({
    method: req.method ?? 'GET',
    path,
    query: Object.fromEntries(url.searchParams),
    rawBody,
    ip: callerIp(req),
    inFlight
  })
  const logged = {
    at,
    method: req.method ?? 'GET',
    path,
    secret: result.secret,
    fault: result.fault
  }
  const sent = await reply(parts, res, result, path)
  parts.log.record({ ...logged, ...sent, doneAt: parts.clock.now() })
}

/** Writes the reply; resolves with what the log should say was sent. */
async function reply(parts: HttpParts, res: ServerResponse, result: PipelineResult, path: string) {
  const r = result.reply
  switch (r.kind) {
    case 'not-found':
      await end(res, 404, 'text/html', '<html><body>404 Not Found</body></html>')
      return { status: 404, errcode: null }
    case 'http500':
      await end(res, 500, 'text/html', HTML_500)
      return { status: 500, errcode: null }
    case 'timeout':
      // Hold the socket: the client's own timeout ends it, or close().
      return { status: null, errcode: null }
    case 'reset':
      res.socket?.resetAndDestroy()
      return { status: null, errcode: null }
    case 'json': {
      const errcode = typeof r.body.errcode === 'number' ? r.body.errcode : 0
      parts.onResponse?.({ path, status: 200, body: r.body, fault: result.fault })
      const text = JSON.stringify(r.body)
      const sent = r.truncate ? Buffer.from(text).subarray(0, Math.floor(text.length / 2)) : text
      await end(res, 200, 'application/json; charset=UTF-8', sent, errcode)
      return { status: 200, errcode }
    }
  }
}

function end(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  errcode?: number
): Promise<void> {
  const headers: Record<string, string | number> = {
    'content-type': type,
    'content-length': Buffer.byteLength(body)
  }
  // felord's SDK reads this header; whether WeCom sends it is unconfirmed (spec §1.1).
  if (errcode !== undefined) headers['error-code'] = errcode
  res.writeHead(status, headers)
  return new Promise((resolve) => res.end(body, () => resolve()))
}

/** The body as text, or null when it is too large (the socket is then dropped). */
async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** 127.0.0.1, not ::ffff:127.0.0.1: the form WeCom prints after "from ip:". */
function callerIp(req: IncomingMessage): string {
  return (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '')
}
