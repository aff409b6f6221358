/**
 * Every body in the shared WeCom corpus must parse with the schema of the endpoint it belongs to.
 * A file that maps to nothing fails too, unless it is listed as a non-console endpoint.
 */
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { WECOM_ENDPOINTS, findWecomEndpoint } from '../../../main/wecom/endpoints'
import { parseWecomBody, wecomEnvelopeSchema } from '../../../main/wecom/dto/envelope'
import {
  FIXTURES_ABSENT_REASON,
  FIXTURES_PRESENT,
  loadCorpus,
  type Corpus,
  type FixtureCase
} from './fixtures'

function endpointOf(c: FixtureCase) {
  const endpoint = findWecomEndpoint(c.path)
  if (!endpoint) throw new Error(`${c.id}: no endpoint ${c.path}`)
  return endpoint
}

function expectedKind(body: unknown): 'ok' | 'error' {
  const { errcode } = wecomEnvelopeSchema.parse(body)
  return errcode === 0 ? 'ok' : 'error'
}

function checkResponse(c: FixtureCase) {
  const endpoint = endpointOf(c)
  if (c.method) expect(endpoint.method, 'method stated by the source').toBe(c.method)
  const parsed = parseWecomBody(endpoint.response, c.body)
  const detail = parsed.kind === 'malformed' ? z.prettifyError(parsed.error) : ''
  expect(parsed.kind, detail).toBe(expectedKind(c.body))
}

function checkRequest(c: FixtureCase) {
  const endpoint = endpointOf(c)
  if (endpoint.method !== 'POST') throw new Error(`${c.id}: a body for GET ${c.path}`)
  const parsed = endpoint.request.safeParse(c.body)
  expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true)
}

function checkEnvelope(c: FixtureCase) {
  const parsed = wecomEnvelopeSchema.safeParse(c.body)
  expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true)
}

const CHECKS = { response: checkResponse, request: checkRequest, envelope: checkEnvelope } as const
const GROUPS = [
  ['console endpoint responses', 'response'],
  ['console endpoint request bodies', 'request'],
  ['non-console endpoints (envelope only)', 'envelope']
] as const

function defineSuite(corpus: Corpus) {
  const { cases, skipped, unmapped } = corpus
  const counts = `${cases.length} checked, ${skipped.length} skipped, ${unmapped.length} unmapped`
  console.log(`WeCom corpus: ${counts}`)

  describe.each(GROUPS)('%s', (_title, role) => {
    const cases = corpus.cases.filter((c) => c.role === role)
    it('has fixtures', () => expect(cases.length).toBeGreaterThan(0))
    it.each(cases)('$id', (c) => CHECKS[role](c))
  })

  describe('skipped fixtures', () => {
    it.skip.each(corpus.skipped)('$id — $reason', () => {})
  })

  it('maps every fixture file to an endpoint or a listed exception', () => {
    expect(corpus.unmapped).toEqual([])
  })

  it('has at least one response fixture for every console endpoint', () => {
    const covered = new Set(corpus.cases.filter((c) => c.role === 'response').map((c) => c.path))
    expect(Object.keys(WECOM_ENDPOINTS).filter((p) => !covered.has(p))).toEqual([])
  })
}

if (FIXTURES_PRESENT) {
  defineSuite(loadCorpus())
} else {
  console.log(FIXTURES_ABSENT_REASON)
  it.skip(FIXTURES_ABSENT_REASON, () => {})
}
