/**
 * How WeCom's department tree maps onto HQ's regions (大区) and stores. Stored as JSON in the
 * `setting` row 'sync.mapping' so a later screen can show and change it; absent or unreadable
 * means DEFAULT_ORG_MAPPING.
 *
 * Default rule: the root department (parentid 0) is the brand; its children (depth 1) are
 * regions; their children (depth 2) are stores; anything deeper belongs to its depth-2
 * ancestor's store. A department named 总部 (and its subtree) is head office, not a region.
 */
import { z } from 'zod'
import { STORE_TYPES, type StoreType } from '../../../preload/contract/models'

export interface OrgMappingRule {
  /** Depth (root = 0) of the departments that become regions. */
  readonly regionDepth: number
  /** Depth of the departments that become stores; deeper ones fold into their store. */
  readonly storeDepth: number
  /** Departments that are not part of the retail network, with their subtrees. */
  readonly excludeDepartmentIds: readonly number[]
  /** Same, by exact department name (e.g. 总部). */
  readonly excludeNames: readonly string[]
  /** Attributes of a store first seen in WeCom; HQ fills the real ones in later. */
  readonly newStore: {
    readonly type: StoreType
    readonly openingHours: string
    readonly visitMinutes: number
  }
}

export const ORG_MAPPING_SETTING_KEY = 'sync.mapping'

export const DEFAULT_ORG_MAPPING: OrgMappingRule = {
  regionDepth: 1,
  storeDepth: 2,
  excludeDepartmentIds: [],
  excludeNames: ['总部'],
  newStore: { type: 'convenience', openingHours: '09:00-22:00', visitMinutes: 30 }
}

const ruleSchema = z
  .object({
    regionDepth: z.number().int().min(1).max(14),
    storeDepth: z.number().int().min(2).max(15),
    excludeDepartmentIds: z.array(z.number().int()).max(30_000),
    excludeNames: z.array(z.string().max(32)).max(1000),
    newStore: z.object({
      type: z.enum(STORE_TYPES),
      openingHours: z.string().regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/),
      visitMinutes: z.number().int().min(5).max(480)
    })
  })
  .refine((r) => r.storeDepth > r.regionDepth, { message: 'storeDepth must be below regionDepth' })

/**
 * The rule in force: missing fields take the default's; a stored value that does not validate
 * is ignored as a whole, so a bad edit can never stop a sync.
 */
export function resolveOrgMapping(stored: unknown): OrgMappingRule {
  if (stored === undefined || stored === null || typeof stored !== 'object') {
    return DEFAULT_ORG_MAPPING
  }
  const merged = { ...DEFAULT_ORG_MAPPING, ...stored }
  const parsed = ruleSchema.safeParse(merged)
  return parsed.success ? parsed.data : DEFAULT_ORG_MAPPING
}
