import { describe, expect, it } from 'vitest'
import { TakeoverTotals } from '../../../renderer/src/features/handover/TakeoverTotals'
import { planRows, takeoverTotals } from '../../../renderer/src/features/handover/plan-rows'
import { count, render } from '../helpers/render-markup'
import { candidate, plan } from './fixtures'

describe('TakeoverTotals', () => {
  const candidates = [candidate('a', { customerCount: 5 }), candidate('b', { customerCount: 8 })]
  const totals = takeoverTotals(planRows(plan, candidates), candidates)

  it('shows one tag per takeover with what they take and their count before → after', () => {
    const html = render(<TakeoverTotals totals={totals} />)
    expect(count(html, 'data-testid="total-')).toBe(2)
    expect(html).toContain('name-a 接 2 位 · 现有 5 → 7')
    expect(html).toContain('name-b 接 2 位 · 现有 8 → 9')
  })

  it('speaks English, and shows nothing for a plan without takeovers', () => {
    expect(render(<TakeoverTotals totals={totals} />, 'en-US')).toContain('takes 2 · has 5 → 7')
    expect(render(<TakeoverTotals totals={[]} />)).toBe('')
  })
})
