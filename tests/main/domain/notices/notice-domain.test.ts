import { describe, expect, it } from 'vitest'
import { chunkRecipients } from '../../../../main/domain/notices/notice-chunks'
import { composeContent, contentProblem, isIsoDate } from '../../../../main/domain/notices/notice-content'
import { aggregateDelivery, type ChunkOutcome } from '../../../../main/domain/notices/notice-delivery'

const range = (n: number) => Array.from({ length: n }, (_, i) => i)

describe('chunkRecipients', () => {
  it.each([
    [0, []],
    [1, [1]],
    [1000, [1000]],
    [1001, [1000, 1]],
    [2345, [1000, 1000, 345]]
  ])('%i recipients → calls of %j', (n, sizes) => {
    const chunks = chunkRecipients(range(n))
    expect(chunks.map((c) => c.length)).toEqual(sizes)
    expect(chunks.flat()).toEqual(range(n)) // none lost, none duplicated, order kept
  })
})

describe('content', () => {
  it('counts WeCom’s 2048-byte limit in UTF-8 bytes (a Chinese character is 3)', () => {
    expect(contentProblem('x', '汉'.repeat(682))).toBeNull()
    expect(contentProblem('x', '汉'.repeat(683))).toMatch(/2049 字节/)
  })
  it('accepts only real dates for tasks', () => {
    expect([isIsoDate('2026-02-28'), isIsoDate('2026-02-30'), isIsoDate('2026-2-1')]).toEqual([true, false, false])
  })
  it('adds a task’s title and due line in both message types', () => {
    expect(composeContent('text', ' 盘点 ')).toBe('盘点')
    expect(composeContent('markdown', '盘点', '2026-12-31')).toBe(
      '**【任务】**\n盘点\n\n> 截止日期：<font color="warning">2026-12-31</font>'
    )
  })
})

describe('aggregateDelivery', () => {
  const row = (state: ChunkOutcome['state'], invalid: string[] = []): ChunkOutcome => ({
    state,
    result: state === 'delivered' ? JSON.stringify({ msgid: 'm', invaliduser: invalid, unlicenseduser: [] }) : null
  })
  it.each([
    [['pending', 'delivered'], 'pending'],
    [['sending'], 'pending'],
    [['delivered', 'delivered'], 'sent'],
    [['delivered', 'failed'], 'partial'],
    [['failed', 'failed'], 'failed'],
    [['pending', 'failed'], 'pending']
  ] as const)('%j → %s', (states, expected) => {
    expect(aggregateDelivery(states.map((s) => row(s))).state).toBe(expected)
  })
  it('merges invalid users across chunks', () => {
    const d = aggregateDelivery([row('delivered', ['a', 'b']), row('delivered', ['b', 'c'])])
    expect(d).toMatchObject({ sent: 2, invalid: ['a', 'b', 'c'], unlicensed: [] })
  })
})
