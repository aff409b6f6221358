/**
 * Turns a typed call input into what goes on the wire. Inputs are checked against the endpoint's
 * schema first, so a request WeCom would refuse (too many ids, missing field) is never sent.
 */
import type { WecomEndpoint } from '../endpoints'
import { invalidInputError } from './error-factory'

export interface PreparedRequest {
  /** Query parameters other than access_token. */
  readonly query: Readonly<Record<string, string>>
  readonly body?: string | undefined
}

export function prepareRequest(endpoint: WecomEndpoint, input: unknown): PreparedRequest {
  const schema = endpoint.method === 'GET' ? endpoint.query : endpoint.request
  const parsed = schema.safeParse(input ?? {})
  if (!parsed.success) throw invalidInputError(endpoint.path, parsed.error)
  if (endpoint.method === 'GET') return { query: toQuery(parsed.data) }
  return { query: {}, body: JSON.stringify(parsed.data) }
}

/** Empty values are left out: WeCom reads `?cursor=` and `?id=` as "absent" anyway. */
function toQuery(data: unknown): Record<string, string> {
  const query: Record<string, string> = {}
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (value === undefined || value === null || value === '') continue
    query[key] = String(value)
  }
  return query
}

export function buildUrl(
  baseUrl: string,
  path: string,
  query: Readonly<Record<string, string>>,
  token: string | undefined
): string {
  const url = new URL(path, baseUrl)
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
  if (token !== undefined) url.searchParams.set('access_token', token)
  return url.toString()
}
