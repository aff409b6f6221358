/**
 * Test harness: a small demo simulator on a frozen clock, plain-fetch helpers, and a check that
 * every JSON body the simulator sends parses with the client's own schemas (ok for errcode 0,
 * error otherwise, never malformed).
 */
import { afterEach, expect } from 'vitest'
import {
  parseWecomResponse,
  findWecomEndpoint,
  type WecomEndpointPath,
  type WecomSecretKind
} from '../../../main/wecom/endpoints'
import {
  createWecomSimulator,
  type WecomSimulator,
  type WecomSimulatorOptions
} from '../../../main/wecom-sim'

export const SMALL_DEMO = { seed: 7, stores: 10, guides: 40, relations: 2000 } as const

export type Body = Record<string, unknown> & { errcode: number; errmsg: string }

const running: { sim: WecomSimulator; violations: string[] }[] = []

afterEach(async () => {
  const all = running.splice(0)
  await Promise.all(all.map(({ sim }) => sim.close()))
  for (const { sim, violations } of all) {
    expect(violations).toEqual([])
    expect(sim.internalErrors).toEqual([])
  }
})

/** Starts a simulator that is closed and checked after the test. */
export async function startSim(options: WecomSimulatorOptions = {}): Promise<WecomSimulator> {
  const violations: string[] = []
  const sim = await createWecomSimulator({
    demo: SMALL_DEMO,
    clock: { factor: 0 },
    ...options,
    onResponse: (event) => {
      options.onResponse?.(event)
      const problem = schemaProblem(event.path, event.body)
      if (problem) violations.push(problem)
    }
  })
  running.push({ sim, violations })
  return sim
}

function schemaProblem(path: string, body: Record<string, unknown>): string | null {
  const endpoint = findWecomEndpoint(path)
  if (!endpoint) return `${path}: not an endpoint`
  const parsed = parseWecomResponse(endpoint.path as WecomEndpointPath, body)
  const expected = body.errcode === 0 ? 'ok' : 'error'
  if (parsed.kind === expected) return null
  const detail =
    parsed.kind === 'malformed' ? JSON.stringify(parsed.error.issues.slice(0, 3)) : parsed.kind
  return `${path}: expected ${expected}, got ${detail} for ${JSON.stringify(body).slice(0, 300)}`
}

export async function token(sim: WecomSimulator, kind: WecomSecretKind = 'app'): Promise<string> {
  const secret = kind === 'app' ? sim.corp.appSecret : sim.corp.contactsSecret
  const body = await get(sim, 'gettoken', { corpid: sim.corp.corpId, corpsecret: secret })
  expect(body.errcode).toBe(0)
  return body.access_token as string
}

export async function get(
  sim: WecomSimulator,
  path: string,
  query: Record<string, string>,
  accessToken?: string
): Promise<Body> {
  const url = new URL(path, sim.url)
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
  if (accessToken !== undefined) url.searchParams.set('access_token', accessToken)
  const response = await fetch(url)
  expect(response.status).toBe(200)
  return (await response.json()) as Body
}

export async function post(
  sim: WecomSimulator,
  path: string,
  body: unknown,
  accessToken: string
): Promise<Body> {
  const url = new URL(path, sim.url)
  url.searchParams.set('access_token', accessToken)
  const response = await fetch(url, { method: 'POST', body: JSON.stringify(body) })
  expect(response.status).toBe(200)
  return (await response.json()) as Body
}

/** A SQL helper for the simulator's state. */
export function sql<T = Record<string, unknown>>(
  sim: WecomSimulator,
  query: string,
  ...args: unknown[]
): T[] {
  return sim.db.prepare(query).all(...args) as T[]
}

export function scalar(sim: WecomSimulator, query: string, ...args: unknown[]): number {
  return sim.db
    .prepare(query)
    .pluck()
    .get(...args) as number
}

/** Active members who follow customers, in userid order. */
export function followUsers(sim: WecomSimulator): string[] {
  return sim.db
    .prepare(
      `SELECT DISTINCT f.userid FROM follow_relation f JOIN member m USING (userid)
       WHERE m.status <> 5 ORDER BY f.userid`
    )
    .pluck()
    .all() as string[]
}

export const HOUR = 3_600_000
export const DAY = 24 * HOUR
