import type { GuideMatchResult } from '../../../preload/contract/models'
import { normaliseMobile } from './guide-status'

/** A guide as the matcher knows it (full mobile: matching happens in main only). */
export interface MatchCandidate {
  userid: string
  name: string
  mobile: string | null
}

/** Largest paste accepted: a whole column of a big sheet. */
export const MAX_PASTE_LINES = 50_000

/**
 * 粘贴选择: each pasted line (a cell of an Excel column) names one guide by userid, mobile or
 * name, tried in that order: userids are unique, mobiles nearly so, names often are not. A line
 * that fits several guides is ambiguous and selects nobody: the operator must pick. Blank lines
 * are skipped; when a row of several cells is pasted, its first non-blank cell counts.
 */
export function matchPastedLines(text: string, guides: readonly MatchCandidate[]): GuideMatchResult {
  const index = buildIndex(guides)
  const result: GuideMatchResult = { matched: [], unmatched: [], ambiguous: [] }
  const seen = new Set<string>()
  text.split(/\r?\n/).forEach((raw, i) => {
    const value = firstCell(raw)
    if (value === '') return
    const hits = lookup(index, value)
    if (hits.length === 1) {
      const userid = hits[0]!.userid
      if (!seen.has(userid)) result.matched.push(userid)
      seen.add(userid)
    } else if (hits.length === 0) {
      result.unmatched.push({ line: i + 1, value })
    } else {
      const candidates = hits.map((g) => ({ userid: g.userid, name: g.name }))
      result.ambiguous.push({ line: i + 1, value, candidates })
    }
  })
  return result
}

interface Index {
  byUserid: Map<string, MatchCandidate>
  byMobile: Map<string, MatchCandidate[]>
  byName: Map<string, MatchCandidate[]>
}

function buildIndex(guides: readonly MatchCandidate[]): Index {
  const index: Index = { byUserid: new Map(), byMobile: new Map(), byName: new Map() }
  for (const g of guides) {
    index.byUserid.set(g.userid.toLowerCase(), g)
    if (g.mobile) push(index.byMobile, normaliseMobile(g.mobile), g)
    push(index.byName, nameKey(g.name), g)
  }
  return index
}

function lookup(index: Index, value: string): MatchCandidate[] {
  const byUserid = index.byUserid.get(value.toLowerCase())
  if (byUserid) return [byUserid]
  const mobile = normaliseMobile(value)
  // Only a value that is all phone characters is tried as a mobile ("张三 138…" is not).
  if (mobile.length >= 7 && /^[\d\s+\-()（）]+$/.test(value)) {
    const hits = index.byMobile.get(mobile)
    if (hits) return hits
  }
  return index.byName.get(nameKey(value)) ?? []
}

const nameKey = (name: string): string => name.normalize('NFKC').trim().toLowerCase()

function firstCell(line: string): string {
  for (const cell of line.split('\t')) {
    const v = cell.normalize('NFKC').trim().replace(/^"(.*)"$/, '$1').trim()
    if (v !== '') return v
  }
  return ''
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
