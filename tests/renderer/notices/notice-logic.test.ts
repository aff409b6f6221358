import { describe, expect, it } from 'vitest'
import { invokeSchemas } from '../../../preload/contract/ipc'
import {
  buildDraft,
  cleanFilter,
  describeAudience,
  EMPTY_COMPOSE,
  initialChoice,
  sameDraft,
  toAudience
} from '../../../renderer/src/features/notices/notice-draft'
import { handOffSelection, takeSelection } from '../../../renderer/src/features/notices/notice-handoff'
import { parseInline, parseMarkdown } from '../../../renderer/src/features/notices/notice-markdown'
import { noticeStrings } from '../../../renderer/src/features/notices/strings'

const zh = noticeStrings['zh-CN']

describe('audience choice → contract audience', () => {
  it('a selection handed from the guides grid opens in selection mode, once', () => {
    handOffSelection(['a', 'b'])
    const choice = initialChoice(takeSelection())
    expect(choice).toMatchObject({ mode: 'selection', selection: ['a', 'b'] })
    expect(takeSelection()).toBeNull()
    expect(toAudience(choice)).toEqual({ kind: 'userids', userids: ['a', 'b'] })
    expect(toAudience(initialChoice([]))).toBeNull()
  })

  it('filters drop empty lists; a saved audience needs a pick', () => {
    expect(cleanFilter({ regionIds: ['r1'], storeIds: [], tags: undefined })).toEqual({ regionIds: ['r1'] })
    const base = initialChoice(null)
    expect(toAudience({ ...base, filter: { regionIds: [], tags: ['KA'] } })).toEqual({ kind: 'filter', filter: { tags: ['KA'] } })
    expect(toAudience({ ...base, mode: 'saved' })).toBeNull()
    expect(toAudience({ ...base, mode: 'saved', savedId: 3 })).toEqual({ kind: 'saved', audienceId: 3 })
  })
})

describe('draft', () => {
  const choice = { ...initialChoice(null), filter: { regionIds: ['r1'] } }
  it('needs content, and a due date when it is a task; passes the contract', () => {
    expect(buildDraft(choice, EMPTY_COMPOSE)).toBeNull()
    expect(buildDraft(choice, { ...EMPTY_COMPOSE, content: 'x', isTask: true })).toBeNull()
    const draft = buildDraft(choice, { ...EMPTY_COMPOSE, content: '盘点', isTask: true, dueDate: '2026-12-31' })
    expect(draft).toEqual({ audience: { kind: 'filter', filter: { regionIds: ['r1'] } }, msgtype: 'text', content: '盘点', dueDate: '2026-12-31' })
    expect(invokeSchemas['notice:send'].safeParse(draft).success).toBe(true)
    expect(buildDraft(choice, { ...EMPTY_COMPOSE, content: 'x', dueDate: '2026-12-31' })).not.toHaveProperty('dueDate')
  })
  it('a preview is stale once the content or recipients change', () => {
    const a = buildDraft(choice, { ...EMPTY_COMPOSE, content: 'x' })
    expect(sameDraft(a, buildDraft(choice, { ...EMPTY_COMPOSE, content: 'x' }))).toBe(true)
    expect(sameDraft(a, buildDraft(choice, { ...EMPTY_COMPOSE, content: 'y' }))).toBe(false)
    expect(sameDraft(null, a)).toBe(false)
  })
})

describe('history wording', () => {
  it('names a saved audience, summarises a filter, counts a selection', () => {
    expect(describeAudience({ kind: 'filter', filter: { regionIds: ['r'] }, name: '华东大区全部导购' }, zh)).toBe('华东大区全部导购')
    expect(describeAudience({ kind: 'filter', filter: { regionIds: ['a', 'b'], tags: ['KA'] }, name: null }, zh)).toBe('2 个大区 · 1 个标签')
    expect(describeAudience({ kind: 'filter', filter: {}, name: null }, zh)).toBe('全部导购')
    expect(describeAudience({ kind: 'userids', count: 50 }, zh)).toBe('选中的 50 人')
  })
})

describe('WeCom markdown preview', () => {
  it('parses headings, quotes, bold, code, links and WeCom font colours into data (no HTML)', () => {
    expect(parseMarkdown('# 标题\n> 引用\n\n正文')).toEqual([
      { kind: 'heading', level: 1, inlines: [{ kind: 'text', text: '标题' }] },
      { kind: 'quote', inlines: [{ kind: 'text', text: '引用' }] },
      { kind: 'blank' },
      { kind: 'para', inlines: [{ kind: 'text', text: '正文' }] }
    ])
    expect(parseInline('请**今天**查看 [链接](https://a.cn) `x` <font color="warning">急</font>!')).toEqual([
      { kind: 'text', text: '请' },
      { kind: 'bold', text: '今天' },
      { kind: 'text', text: '查看 ' },
      { kind: 'link', text: '链接', href: 'https://a.cn' },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'x' },
      { kind: 'text', text: ' ' },
      { kind: 'font', color: 'warning', text: '急' },
      { kind: 'text', text: '!' }
    ])
    expect(parseInline('<script>alert(1)</script>')).toEqual([{ kind: 'text', text: '<script>alert(1)</script>' }])
  })
})
