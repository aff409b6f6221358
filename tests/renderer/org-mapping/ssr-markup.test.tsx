import { describe, expect, it } from 'vitest'
import {
  OrgMappingScreen,
  type OrgMappingScreenProps
} from '../../../renderer/src/features/org-mapping/OrgMappingScreen'
import { draftOf } from '../../../renderer/src/features/org-mapping/rule-draft'
import { render, tagOf } from '../helpers/render-markup'
import { RULE, view } from './fixtures'

const all = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1])

const props = (patch: Partial<OrgMappingScreenProps> = {}): OrgMappingScreenProps => ({
  view: view(),
  mode: 'saved',
  savedRule: RULE,
  draft: draftOf(RULE),
  previewing: false,
  saving: false,
  error: null,
  justSaved: false,
  syncPending: false,
  onDraftChange: () => undefined,
  onPreview: () => undefined,
  onSave: () => undefined,
  onSyncNow: () => undefined,
  ...patch
})

describe('OrgMappingScreen', () => {
  it('shows the rule in the form and in words', () => {
    const html = render(<OrgMappingScreen {...props()} />)
    expect(tagOf(html, 'org-rule-region-depth')).toMatch(/^<input[^>]*value="1"/)
    expect(tagOf(html, 'org-rule-store-depth')).toMatch(/^<input[^>]*value="2"/)
    expect(html).toContain('data-testid="org-rule-excluded"')
    expect(html).toContain('第 1 级部门视为大区，第 2 级部门视为门店，更深的部门并入其所属门店。')
    expect(tagOf(html, 'org-preview')).not.toMatch(/disabled/)
    // Nothing to save while the form holds the saved rule.
    expect(tagOf(html, 'org-save')).toMatch(/disabled/)
    expect(tagOf(html, 'org-showing')).toContain('data-mode="saved"')
  })

  it('tags the departments, totals the mapping and lists the changes', () => {
    const html = render(<OrgMappingScreen {...props()} />)
    expect(html).toContain('data-testid="org-tree"')
    const kinds = all(html, /data-testid="org-node" data-kind="([\w-]+)"/g)
    expect(kinds).toEqual(expect.arrayContaining(['brand', 'excluded', 'region', 'store']))
    expect(html).toMatch(/data-key="stores" data-value="1"/)
    expect(tagOf(html, 'org-totals')).toBeTruthy()
    expect(tagOf(html, 'org-diff')).toContain('data-count="4"')
    expect(all(html, /data-testid="org-diff-row" data-entity="(\w+)" data-change="\w+"/g)).toEqual([
      'region',
      'store',
      'store',
      'store'
    ])
    expect(html).toMatch(/data-entity="store" data-change="remove" data-count="2"/)
    expect(html).toContain('原名：华东区')
  })

  it('marks a preview, an edited draft, a bad level and the saved notice', () => {
    const edited = { ...draftOf(RULE), storeDepth: 3 }
    const html = render(
      <OrgMappingScreen {...props({ mode: 'preview', draft: edited, justSaved: true })} />
    )
    expect(tagOf(html, 'org-showing')).toContain('data-mode="preview"')
    expect(html).toContain('规则已修改')
    expect(tagOf(html, 'org-save')).not.toMatch(/disabled/)
    expect(html).toContain('data-testid="org-sync-now"')
    expect(html).toContain('下次同步时生效')
    const bad = render(<OrgMappingScreen {...props({ draft: { ...edited, storeDepth: 1 } })} />)
    // antd animates the help text in after mount, so static markup shows only the error state.
    expect(bad.split('ant-form-item-has-error')).toHaveLength(2)
    expect(tagOf(bad, 'org-preview')).toMatch(/disabled/)
  })

  it('says when no departments have been synced yet', () => {
    const empty = view({ nodes: [], changes: [] })
    const html = render(<OrgMappingScreen {...props({ view: empty })} />, 'en-US')
    expect(html).toContain('data-testid="org-empty"')
    expect(html).not.toContain('data-testid="org-tree"')
    expect(html).toContain('Level 1 departments are regions')
  })
})
