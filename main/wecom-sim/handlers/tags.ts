/**
 * get_corp_tag_list, add/edit/del_corp_tag and mark_tag (tags on one (follower, customer)
 * pair). Names ≤30 characters, ≤3000 corp tags (40126), unique names within a group (40071).
 */
import { CorpTags, type TagRow } from '../corp-tags'
import type { SimRequest, SimState } from '../state'
import { optInt, optString, optStringList, reqString, type Fields } from '../request-fields'
import { invalidField, SimApiError } from '../wire'

const MAX_TAGS = 3000
const MAX_NAME = 30
const MAX_IDS = 3000

export function tagHandlers(sim: SimState) {
  const tags = new CorpTags(sim.db, sim.now())

  function list(req: SimRequest) {
    const groupIds = optStringList(req.input, 'group_id', MAX_IDS) ?? []
    const tagIds = new Set(optStringList(req.input, 'tag_id', MAX_IDS) ?? [])
    const out: Record<string, unknown>[] = []
    for (const group of tags.groups.all()) {
      if (groupIds.length > 0 && !groupIds.includes(group.group_id)) continue
      let inGroup = tags.tagsOfGroup.all(group.group_id)
      // Both given: group_id wins (doc 96320).
      if (groupIds.length === 0 && tagIds.size > 0) {
        inGroup = inGroup.filter((t) => tagIds.has(t.tag_id))
        if (inGroup.length === 0) continue
      }
      out.push(tags.groupJson(group, inGroup))
    }
    return { tag_group: out }
  }

  function add(req: SimRequest) {
    const requested = tagList(req.input)
    return sim.db.transaction(() => {
      const group = targetGroup(sim, tags, req.input)
      const existing = new Set(tags.tagsOfGroup.all(group.group_id).map((t) => t.name))
      for (const { name } of requested) {
        if (existing.has(name)) throw new SimApiError(40071)
        existing.add(name)
      }
      if ((tags.countLive.get() ?? 0) + requested.length > MAX_TAGS) throw new SimApiError(40126)
      const created: TagRow[] = requested.map((t) => ({
        tag_id: sim.newId('et', 30),
        group_id: group.group_id,
        name: t.name,
        sort_order: t.order,
        create_time: sim.nowSec()
      }))
      for (const tag of created) tags.insertTag(tag, sim.nowSec())
      return { tag_group: tags.groupJson(group, created) }
    })()
  }

  function edit(req: SimRequest) {
    const id = reqString(req.input, 'id')
    const name = optString(req.input, 'name')
    if (name !== undefined) checkName(name)
    const order = optInt(req.input, 'order')
    const tag = tags.tag.get(id)
    if (tag) {
      const clash = tags.tagsOfGroup
        .all(tag.group_id)
        .some((t) => t.name === name && t.tag_id !== id)
      if (clash) throw new SimApiError(40071)
      tags.rename('corp_tag', id, name ?? tag.name, order ?? tag.sort_order)
      return {}
    }
    const group = tags.group.get(id)
    if (!group) throw new SimApiError(40068)
    const other = name === undefined ? undefined : tags.groupByName.get(name)
    if (other && other.group_id !== id) throw new SimApiError(40071)
    tags.rename('corp_tag_group', id, name ?? group.name, order ?? group.sort_order)
    return {}
  }

  function del(req: SimRequest) {
    const tagIds = optStringList(req.input, 'tag_id', MAX_IDS) ?? []
    const groupIds = optStringList(req.input, 'group_id', MAX_IDS) ?? []
    if (tagIds.length + groupIds.length === 0) throw invalidField('tag_id', 'is required')
    if (tagIds.some((id) => !tags.tag.get(id)) || groupIds.some((id) => !tags.group.get(id))) {
      throw new SimApiError(40068)
    }
    sim.db.transaction(() => tags.deleteTags(tagIds, groupIds))()
    return {}
  }

  function mark(req: SimRequest) {
    const userid = reqString(req.input, 'userid')
    const externalUserid = reqString(req.input, 'external_userid')
    const add = optStringList(req.input, 'add_tag', MAX_IDS) ?? []
    const remove = optStringList(req.input, 'remove_tag', MAX_IDS) ?? []
    if (add.length + remove.length === 0) throw invalidField('add_tag', 'is required')
    sim.members.active(userid)
    sim.requireVisibleMember(userid, req.secret)
    const related = sim.db
      .prepare('SELECT 1 FROM follow_relation WHERE userid = ? AND external_userid = ?')
      .get(userid, externalUserid)
    if (!related) throw new SimApiError(84061)
    if ([...add, ...remove].some((id) => !tags.tag.get(id))) throw new SimApiError(40068)
    const insert = sim.db.prepare(
      'INSERT OR IGNORE INTO follow_relation_tag (userid, external_userid, tag_id) VALUES (?, ?, ?)'
    )
    const drop = sim.db.prepare(
      'DELETE FROM follow_relation_tag WHERE userid = ? AND external_userid = ? AND tag_id = ?'
    )
    sim.db.transaction(() => {
      for (const id of add) insert.run(userid, externalUserid, id)
      for (const id of remove) drop.run(userid, externalUserid, id)
    })()
    return {}
  }

  return {
    'externalcontact/get_corp_tag_list': list,
    'externalcontact/add_corp_tag': add,
    'externalcontact/edit_corp_tag': edit,
    'externalcontact/del_corp_tag': del,
    'externalcontact/mark_tag': mark
  }
}

function checkName(name: string): void {
  if (name === '') throw invalidField('name', 'is required')
  if ([...name].length > MAX_NAME) throw invalidField('name', `exceed max length ${MAX_NAME}`)
}

function tagList(input: Fields): { name: string; order: number }[] {
  const raw = input.tag
  if (!Array.isArray(raw) || raw.length === 0) throw invalidField('tag', 'is required')
  return raw.map((item: unknown) => {
    const fields = (typeof item === 'object' && item !== null ? item : {}) as Fields
    const name = reqString(fields, 'name')
    checkName(name)
    return { name, order: optInt(fields, 'order') ?? 0 }
  })
}

/** group_id adds to that group; otherwise group_name names one, reused when it exists. */
function targetGroup(sim: SimState, tags: CorpTags, input: Fields) {
  const groupId = optString(input, 'group_id')
  if (groupId) {
    const group = tags.group.get(groupId)
    if (!group) throw new SimApiError(40068)
    return group
  }
  const name = reqString(input, 'group_name')
  checkName(name)
  const existing = tags.groupByName.get(name)
  if (existing) return existing
  const order = optInt(input, 'order') ?? 0
  const created = {
    group_id: sim.newId('et', 30),
    name,
    sort_order: order,
    create_time: sim.nowSec()
  }
  tags.insertGroup(created.group_id, name, order, sim.nowSec())
  return created
}
