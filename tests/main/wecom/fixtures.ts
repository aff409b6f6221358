/**
 * Finds the shared WeCom conformance corpus (../shared/wecom-fixtures, never copied into the
 * repo) and turns every file in it into a case: which endpoint it belongs to and which side of
 * the wire it is, or why it is skipped. Anything unexpected lands in `unmapped`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { WECOM_ENDPOINTS } from '../../../main/wecom/endpoints'

const repoRoot = resolve(import.meta.dirname, '../../..')
export const FIXTURES_ROOT = resolve(resolve(repoRoot, '../shared'), 'wecom-fixtures')
export const FIXTURES_PRESENT = existsSync(FIXTURES_ROOT)
export const FIXTURES_ABSENT_REASON = `WeCom fixtures not found at ${FIXTURES_ROOT}; skipped`

/** WeCom endpoints that appear in the corpus but that the console does not call. */
export const NOT_CONSOLE_ENDPOINTS: Readonly<Record<string, string>> = {
  getcallbackip: 'callback server IPs; the console receives no callbacks',
  'externalcontact/remark': 'the console does not edit customer remarks',
  'tag/list': 'member tags (通讯录标签), not customer tags',
  'externalcontact/transfer': 'legacy unified transfer API (不再更新维护)',
  'externalcontact/add_msg_template': 'mass messaging (群发) is not in the console',
  'linkedcorp/message/send': 'messages to linked corps'
}

/** observed/ entries whose poster did not name the endpoint. */
const OBSERVED_WITHOUT_ENDPOINT: Readonly<Record<string, string>> = {
  'unknown-48002': 'endpoint not stated by the poster'
}

/** Files in the corpus that are not wire data. */
const NOT_DATA = new Set(['README.md', 'go-wecom/LICENSE', 'wechatpy/LICENSE', 'wxjava/LICENSE'])

const CALLBACKS_LATER = 'callback XML; callbacks come later'

export type CaseRole = 'response' | 'request' | 'envelope'

export interface FixtureCase {
  /** File path relative to the corpus, plus `#entry` for files holding several bodies. */
  readonly id: string
  readonly role: CaseRole
  /** Endpoint path ('user/get'); for envelope cases the non-console endpoint, if known. */
  readonly path: string
  /** The HTTP method the source states, when it states one. */
  readonly method?: 'GET' | 'POST'
  readonly body: unknown
}

export interface SkippedFile {
  readonly id: string
  readonly reason: string
}

export interface Corpus {
  readonly cases: FixtureCase[]
  readonly skipped: SkippedFile[]
  readonly unmapped: SkippedFile[]
}

interface Classified {
  readonly case?: FixtureCase
  readonly skipped?: SkippedFile
  readonly unmapped?: SkippedFile
}

const skip = (id: string, reason: string): Classified => ({ skipped: { id, reason } })
const unmapped = (id: string, reason: string): Classified => ({ unmapped: { id, reason } })

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]
  )
}

export function readFixtureJson(rel: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES_ROOT, rel), 'utf8'))
}

/** A body of a known path: console endpoint → its schema; listed non-console → envelope only. */
function caseFor(
  id: string,
  path: string,
  role: 'response' | 'request',
  body: unknown,
  method?: 'GET' | 'POST'
): Classified {
  if (Object.hasOwn(WECOM_ENDPOINTS, path)) {
    return { case: { id, role, path, body, ...(method ? { method } : {}) } }
  }
  const reason = NOT_CONSOLE_ENDPOINTS[path]
  if (reason === undefined) return unmapped(id, `no endpoint '${path}' in WECOM_ENDPOINTS`)
  if (role === 'request') return skip(id, `request body of a non-console endpoint: ${reason}`)
  return { case: { id, role: 'envelope', path, body } }
}

function goWecom(rel: string): Classified[] {
  const match = /^go-wecom\/cgi-bin\/(.+)\.(request|response)\.json$/.exec(rel)
  if (!match?.[1] || !match[2]) return [unmapped(rel, 'not <path>.request|response.json')]
  const role = match[2] === 'request' ? 'request' : 'response'
  // A request body file implies POST: GET endpoints take query parameters.
  const method = role === 'request' ? 'POST' : undefined
  return [caseFor(rel, match[1], role, readFixtureJson(rel), method)]
}

function wechatpy(rel: string): Classified[] {
  const stem = rel.replace(/^wechatpy\//, '').replace(/\.json$/, '')
  const known = [...Object.keys(WECOM_ENDPOINTS), ...Object.keys(NOT_CONSOLE_ENDPOINTS)]
  const path = known.find((p) => p.replaceAll('/', '_') === stem)
  if (!path) return [unmapped(rel, `no endpoint named like '${stem}'`)]
  return [caseFor(rel, path, 'response', readFixtureJson(rel))]
}

type MocoStub = { request: { uri: string }; response: { text: string } }

function wxjava(rel: string): Classified[] {
  return (readFixtureJson(rel) as MocoStub[]).map((stub) => {
    const path = stub.request.uri.replace(/^\/cgi-bin\//, '')
    return caseFor(`${rel}#${path}`, path, 'response', JSON.parse(stub.response.text))
  })
}

interface ObservedEntry {
  id: string
  endpoint: string
  kind: 'json' | 'xml'
  body: unknown
}

function observedEntries(): ObservedEntry[] {
  return (readFixtureJson('observed/responses.json') as { entries: ObservedEntry[] }).entries
}

function observed(rel: string): Classified[] {
  return observedEntries().map((entry) => {
    const id = `${rel}#${entry.id}`
    if (entry.kind === 'xml') return skip(id, CALLBACKS_LATER)
    if (OBSERVED_WITHOUT_ENDPOINT[entry.id]) {
      return { case: { id, role: 'envelope', path: '', body: entry.body } }
    }
    // e.g. "POST /cgi-bin/message/send (inferred)"
    const match = /^(GET|POST) \/cgi-bin\/(\S+)/.exec(entry.endpoint)
    if (!match?.[1] || !match[2]) return unmapped(id, `cannot read endpoint '${entry.endpoint}'`)
    return caseFor(id, match[2], 'response', entry.body, match[1] === 'GET' ? 'GET' : 'POST')
  })
}

function classify(rel: string): Classified[] {
  if (NOT_DATA.has(rel)) return []
  if (rel.endsWith('.xml')) return [skip(rel, CALLBACKS_LATER)]
  if (rel.startsWith('go-wecom/cgi-bin/')) return goWecom(rel)
  if (/^wechatpy\/[^/]+\.json$/.test(rel)) return wechatpy(rel)
  if (rel === 'wxjava/moco/message.json') return wxjava(rel)
  if (rel === 'observed/responses.json') return observed(rel)
  return [unmapped(rel, 'unexpected file in the corpus')]
}

/** A file that is not even valid JSON is a finding, not a crash of the whole suite. */
function classifySafely(rel: string): Classified[] {
  try {
    return classify(rel)
  } catch (err) {
    return [unmapped(rel, `unreadable: ${String(err)}`)]
  }
}

export function loadCorpus(): Corpus {
  const corpus: Corpus = { cases: [], skipped: [], unmapped: [] }
  const files = walk(FIXTURES_ROOT).map((f) => relative(FIXTURES_ROOT, f).split('\\').join('/'))
  for (const item of files.sort().flatMap(classifySafely)) {
    if (item.case) corpus.cases.push(item.case)
    if (item.skipped) corpus.skipped.push(item.skipped)
    if (item.unmapped) corpus.unmapped.push(item.unmapped)
  }
  return corpus
}

/** One entry of observed/responses.json by id. */
export function observedBody(id: string): unknown {
  const entry = observedEntries().find((e) => e.id === id)
  if (!entry) throw new Error(`observed/responses.json has no entry '${id}'`)
  return entry.body
}
