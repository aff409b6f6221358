import type { GuideBulkAction } from '../../../../preload/contract/models'

export type BulkKind = GuideBulkAction['kind']

/** The action the picked parameters make, or null while they are incomplete. */
export function actionOf(kind: BulkKind, storeIds: string[], tags: string[]): GuideBulkAction | null {
  switch (kind) {
    case 'mark-guide':
    case 'unmark-guide':
      return { kind }
    case 'set-primary':
      return storeIds[0] ? { kind, storeId: storeIds[0] } : null
    case 'add-stores':
    case 'remove-stores':
      return storeIds.length > 0 ? { kind, storeIds } : null
    case 'add-tags':
    case 'remove-tags': {
      const clean = tags.map((t) => t.trim()).filter(Boolean)
      return clean.length > 0 ? { kind, tags: clean } : null
    }
  }
}
