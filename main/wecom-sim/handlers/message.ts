/**
 * message/send, text and markdown. Recipients are "a|b" strings; unknown, departed or
 * out-of-range members come back in invaliduser as "a|b", unknown departments in invalidparty.
 * The corp has no contact tags, so every totag is invalid. Nobody valid at all → 81013.
 * Sent messages are kept in sim_message for the demo and tests to read.
 */
import { PAGE_LIMITS } from '../../wecom/dto/page-limits'
import type { SimRequest, SimState } from '../state'
import { optObject, optString, reqInt, reqString } from '../request-fields'
import { invalidField, SimApiError } from '../wire'

const LIMITS = PAGE_LIMITS['message/send']

export function messageHandlers(sim: SimState) {
  const activeVisible = sim.db
    .prepare<[], string>(
      'SELECT userid FROM member WHERE status <> 5 AND removed_at IS NULL ORDER BY userid'
    )
    .pluck()
  const departmentExists = sim.db
    .prepare<[number], number>('SELECT 1 FROM department WHERE id = ? AND removed_at IS NULL')
    .pluck()
  const insert = sim.db.prepare(
    `INSERT INTO sim_message (msgid, sent_at, agentid, msgtype, content, touser, toparty,
       totag, invaliduser) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )

  function users(touser: string | undefined) {
    if (touser === undefined) return { valid: [] as string[], invalid: [] as string[] }
    if (touser === '@all') {
      return { valid: activeVisible.all().filter((u) => sim.visibility().member(u)), invalid: [] }
    }
    const ids = split(touser, 'touser', LIMITS.users, 40032)
    const ok = (id: string) => {
      const row = sim.members.find(id)
      return row !== undefined && row.status !== 5 && sim.visibility().member(id)
    }
    return { valid: ids.filter(ok), invalid: ids.filter((id) => !ok(id)) }
  }

  function parties(toparty: string | undefined) {
    const ids = toparty === undefined ? [] : split(toparty, 'toparty', LIMITS.parties, 40058)
    const ok = (id: string) =>
      /^\d+$/.test(id) &&
      departmentExists.get(Number(id)) !== undefined &&
      sim.visibility().department(Number(id))
    return { valid: ids.filter(ok), invalid: ids.filter((id) => !ok(id)) }
  }

  return {
    'message/send': (req: SimRequest) => {
      const agentid = reqInt(req.input, 'agentid')
      if (agentid !== sim.corp.agentId) throw new SimApiError(301002)
      const msgtype = reqString(req.input, 'msgtype')
      if (msgtype !== 'text' && msgtype !== 'markdown') throw invalidField('msgtype')
      const content = reqString(optObject(req.input, msgtype) ?? {}, 'content')
      const touser = optString(req.input, 'touser')
      const toparty = optString(req.input, 'toparty')
      const totag = optString(req.input, 'totag')
      if (!touser && !toparty && !totag) throw invalidField('touser', 'is required')
      const u = users(touser)
      const p = parties(toparty)
      const t = totag === undefined ? [] : split(totag, 'totag', LIMITS.tags, 40058)
      if (u.valid.length + p.valid.length === 0) throw new SimApiError(81013)
      const msgid = sim.newId('', 86)
      const invaliduser = u.invalid.join('|')
      insert.run(
        msgid,
        sim.now(),
        agentid,
        msgtype,
        content,
        touser ?? null,
        toparty ?? null,
        totag ?? null,
        invaliduser
      )
      return {
        invaliduser,
        invalidparty: p.invalid.join('|'),
        invalidtag: t.join('|'),
        unlicenseduser: '',
        msgid
      }
    }
  }
}

function split(value: string, field: string, max: number, code: number): string[] {
  const ids = value.split('|').filter((id) => id !== '')
  if (ids.length > max) {
    throw new SimApiError(
      code,
      `field \`${field}\` exceed max length ${max}. invalid Request Parameter`
    )
  }
  return ids
}
