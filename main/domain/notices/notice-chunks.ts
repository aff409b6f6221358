import { MAX_MESSAGE_RECIPIENTS } from '../../outbox/commands'

/**
 * Splits recipients into message/send calls of at most `size` (WeCom's 1000). Balanced sizes
 * are not needed: WeCom counts calls, not their fill, so full chunks first means fewest calls.
 */
export function chunkRecipients<T>(items: readonly T[], size = MAX_MESSAGE_RECIPIENTS): T[][] {
  if (size < 1) throw new RangeError('chunk size must be positive')
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
