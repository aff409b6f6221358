/**
 * The Org mapping screen's use-cases: show the department → region/store rule and what it
 * makes of the cached tree, preview an edited rule, and save it. Saving writes only the
 * 'sync.mapping' setting (and its audit row): regions and stores follow at the next sync, which
 * reads the rule when it starts.
 */
import type { OrgMappingRuleInput, OrgMappingView } from '../../preload/contract/models'
import type { EventBus } from '../app/event-bus'
import type { Db } from '../db/connection'
import type { AuditRepo } from '../db/repos/audit-repo'
import type { SettingRepo } from '../db/repos/setting-repo'
import type { DepartmentNode } from '../domain/org/department-mapping'
import type { Membership } from '../domain/org/member-counts'
import type { CurrentRegion, CurrentStore } from '../domain/org/org-diff'
import {
  DEFAULT_ORG_MAPPING,
  ORG_MAPPING_SETTING_KEY,
  resolveOrgMapping,
  type OrgMappingRule
} from '../domain/org/org-mapping-rule'
import { previewOrgMapping } from '../domain/org/org-preview'
import { applyRuleEdit, ruleEditProblems, ruleInputOf } from '../domain/org/rule-edit'
import { AppError } from '../errors'

export interface OrgMappingDeps {
  db: Db
  settings: SettingRepo
  audit: AuditRepo
  events: Pick<EventBus, 'emit'>
  now: () => number
}

export function createOrgMappingService(deps: OrgMappingDeps) {
  const { db, settings, audit, events, now } = deps
  const read = createReads(db)
  const stored = () => resolveOrgMapping(settings.get(ORG_MAPPING_SETTING_KEY))

  function viewOf(rule: OrgMappingRule): OrgMappingView {
    const preview = db.transaction(() =>
      previewOrgMapping({
        departments: read.departments(),
        memberships: read.memberships(),
        current: { regions: read.regions(), stores: read.stores() },
        rule
      })
    )()
    return { rule: ruleInputOf(rule), defaultRule: ruleInputOf(DEFAULT_ORG_MAPPING), ...preview }
  }

  /** The stored rule with the edit applied; refuses a bad edit with every reason at once. */
  function edited(input: OrgMappingRuleInput): OrgMappingRule {
    const problems = ruleEditProblems(input)
    if (problems.length > 0) throw new AppError('invalid-input', problems.join('；'))
    return applyRuleEdit(stored(), input)
  }

  return {
    view: (): OrgMappingView => viewOf(stored()),
    preview: (input: OrgMappingRuleInput): OrgMappingView => viewOf(edited(input)),
    update(input: OrgMappingRuleInput): OrgMappingView {
      const before = stored()
      const after = edited(input)
      db.transaction(() => {
        settings.set(ORG_MAPPING_SETTING_KEY, after)
        audit.record({
          at: now(),
          actor: 'local-user',
          action: 'org-mapping.update',
          entity: 'setting',
          entityId: ORG_MAPPING_SETTING_KEY,
          before: { ...ruleInputOf(before) },
          after: { ...ruleInputOf(after) }
        })
      })()
      events.emit('db:changed', { tables: ['setting'] })
      return viewOf(after)
    }
  }
}
export type OrgMappingService = ReturnType<typeof createOrgMappingService>

/** The cache as the preview needs it; removed rows are left out everywhere. */
function createReads(db: Db) {
  const departments = db.prepare<[], DepartmentNode>(
    `SELECT id, name, parent_id AS parentId, sort_order AS "order"
     FROM department WHERE removed_at IS NULL ORDER BY id`
  )
  // Disabled and not-yet-activated members still hold their departments in WeCom.
  const memberships = db.prepare<[], Membership>(
    `SELECT md.userid, md.department_id AS departmentId
     FROM member_department md JOIN member m ON m.userid = md.userid
     WHERE m.removed_at IS NULL`
  )
  const regions = db.prepare<[], CurrentRegion>(
    `SELECT department_id AS departmentId, name FROM region
     WHERE removed_at IS NULL AND department_id IS NOT NULL`
  )
  const stores = db.prepare<[], CurrentStore>(
    `SELECT s.department_id AS departmentId, s.name, r.department_id AS regionDepartmentId,
       r.name AS regionName
     FROM store s JOIN region r ON r.id = s.region_id
     WHERE s.removed_at IS NULL AND s.department_id IS NOT NULL`
  )
  return {
    departments: () => departments.all(),
    memberships: () => memberships.all(),
    regions: () => regions.all(),
    stores: () => stores.all()
  }
}
