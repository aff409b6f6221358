import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { EventBus } from '../app/event-bus'
import type { Dispatch } from '../rpc/dispatch'
import { SECURITY_HEADERS, hasToken, isAllowedHost, isAllowedOrigin } from './security'
import { readStatic } from './static-files'

/** Base64 sheets up to ~20 MB plus JSON framing. */
const MAX_BODY_BYTES = 30 * 1024 * 1024

export interface HostOptions {
  dispatch: Dispatch
  events: EventBus
  /** The built renderer (out/renderer); omitted when only the API is served (tests). */
  staticDir?: string
  /** Defaults to a fresh random token for this run. */
  token?: string
  port?: number
}

export interface Host {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

/**
 * Serves the renderer and the typed contract over loopback HTTP, so the real renderer runs in a
 * browser against the real services. As locked down as the Electron window: 127.0.0.1 only, a
 * per-run token on every API call, Host and Origin checked, the same CSP.
 */
export async function startHost(opts: HostOptions): Promise<Host> {
  const token = opts.token ?? randomBytes(24).toString('base64url')
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  server.on('request', (req, res) => {
    handle(req, res, { ...opts, token, port }).catch(() => send(res, 500, { error: 'internal' }))
  })
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: () => closeServer(server)
  }
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: HostOptions & { token: string; port: number }
): Promise<void> {
  if (!isAllowedHost(req, ctx.port)) return send(res, 421, { error: 'host not allowed' })
  if (!isAllowedOrigin(req, ctx.port)) return send(res, 403, { error: 'origin not allowed' })
  const path = (req.url ?? '/').split('?')[0] ?? '/'
  if (path.startsWith('/api/')) {
    if (!hasToken(req, ctx.token)) return send(res, 401, { error: 'token required' })
    if (path === '/api/events' && req.method === 'GET') return streamEvents(req, res, ctx.events)
    const channel = /^\/api\/invoke\/([\w:-]+)$/.exec(path)?.[1]
    if (channel && req.method === 'POST') return invoke(req, res, ctx.dispatch, channel)
    return send(res, 404, { error: 'not found' })
  }
  if (req.method !== 'GET' || !ctx.staticDir) return send(res, 404, { error: 'not found' })
  const file = await readStatic(ctx.staticDir, path)
  if (!file) return send(res, 404, { error: 'not found' })
  res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': file.type, 'cache-control': 'no-cache' })
  res.end(file.body)
}

async function invoke(req: IncomingMessage, res: ServerResponse, dispatch: Dispatch, channel: string) {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return send(res, 415, { error: 'application/json required' })
  }
  const body = await readBody(req)
  if (body === null) return send(res, 413, { error: 'body too large' })
  let input: unknown
  try {
    input = JSON.parse(body.toString('utf8'))
  } catch {
    return send(res, 400, { ok: false, error: { code: 'invalid-input', message: '请求不是有效的 JSON' } })
  }
  send(res, 200, await dispatch(decodeURIComponent(channel), input))
}

function streamEvents(req: IncomingMessage, res: ServerResponse, events: EventBus): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive'
  })
  res.write(': connected\n\n')
  const unsubscribe = events.subscribe((event, payload) => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`)
  })
  const keepAlive = setInterval(() => res.write(': ping\n\n'), 15_000)
  req.on('close', () => {
    clearInterval(keepAlive)
    unsubscribe()
  })
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > MAX_BODY_BYTES) {
        resolve(null)
        req.destroy()
      } else chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return void res.end()
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store'
  })
  res.end(JSON.stringify(body))
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections() // SSE streams would otherwise hold the server open
  return new Promise((resolve) => server.close(() => resolve()))
}
