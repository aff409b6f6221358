import { STORE_TYPES, type Locale, type StoreType } from '../../../preload/contract/models'

/** How each store type is written in the grid, the export and the import template. */
export const STORE_TYPE_LABELS: Record<Locale, Record<StoreType, string>> = {
  'zh-CN': { ka: 'KA 大卖场', supermarket: '超市', convenience: '便利店', mom_pop: '夫妻店' },
  'en-US': {
    ka: 'KA hypermarket',
    supermarket: 'Supermarket',
    convenience: 'Convenience store',
    mom_pop: 'Mom-and-pop store'
  }
}

/** Other spellings operators type by hand; the labels and codes above are accepted too. */
const EXTRA_ALIASES: Record<StoreType, readonly string[]> = {
  ka: ['KA', '大卖场', 'KA卖场', '卖场', 'hypermarket'],
  supermarket: ['超级市场'],
  convenience: ['便利', 'convenience store', 'cvs'],
  mom_pop: ['夫妻老婆店', '社区小店', 'mom and pop', 'mom-pop']
}

/** Case, width (全角/半角), spaces, `-` and `_` do not matter when matching a type. */
const typeKey = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_]/g, '')

const ALIAS_TO_TYPE: ReadonlyMap<string, StoreType> = new Map(
  STORE_TYPES.flatMap((type) =>
    [
      type,
      STORE_TYPE_LABELS['zh-CN'][type],
      STORE_TYPE_LABELS['en-US'][type],
      ...EXTRA_ALIASES[type]
    ].map((alias) => [typeKey(alias), type] as const)
  )
)

/** A store type from a zh/en label or a code; null when the text names no known type. */
export function parseStoreType(text: string): StoreType | null {
  return ALIAS_TO_TYPE.get(typeKey(text)) ?? null
}

export const isStoreType = (value: unknown): value is StoreType =>
  typeof value === 'string' && (STORE_TYPES as readonly string[]).includes(value)
