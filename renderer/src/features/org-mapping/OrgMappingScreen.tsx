import { Alert, Button, Card, Flex } from 'antd'
import type { OrgMappingRuleInput, OrgMappingView } from '../../../../preload/contract/models'
import { useLocale, useStrings } from '../../i18n/locale'
import { problemText, type Problem } from '../sync/error-text'
import { MappingDiff } from './MappingDiff'
import { MappingTotals } from './MappingTotals'
import { MappingTree } from './MappingTree'
import { draftOf, draftProblems, sameRule, type RuleDraft } from './rule-draft'
import { RuleForm } from './RuleForm'
import { orgMappingStrings } from './strings'

export interface OrgMappingScreenProps {
  /** What the tree, totals and changes show: the saved rule's view or a preview's. */
  view: OrgMappingView
  mode: 'saved' | 'preview'
  savedRule: OrgMappingRuleInput
  draft: RuleDraft
  previewing: boolean
  saving: boolean
  /** A preview, save or sync call that failed, with the title to show it under. */
  error: { title: string; problem: Problem } | null
  /** Shown after a save until the rule is edited again: it applies at the next sync. */
  justSaved: boolean
  syncPending: boolean
  onDraftChange: (draft: RuleDraft) => void
  onPreview: () => void
  onSave: () => void
  onSyncNow: () => void
}

/** The Org mapping screen without its data hooks, so it renders from plain props (and in tests). */
export function OrgMappingScreen(p: OrgMappingScreenProps) {
  const s = useStrings(orgMappingStrings)
  const { locale } = useLocale()
  const { view } = p
  const draftChanged = !sameRule(p.draft, draftOf(view.rule))
  return (
    <Flex vertical gap={12}>
      <Card size="small" title={s.ruleTitle}>
        <Flex vertical gap={12}>
          <RuleForm
            draft={p.draft}
            problems={draftProblems(p.draft)}
            savedRule={p.savedRule}
            defaultRule={view.defaultRule}
            canSave={!sameRule(p.draft, draftOf(p.savedRule))}
            previewing={p.previewing}
            saving={p.saving}
            onChange={p.onDraftChange}
            onPreview={p.onPreview}
            onSave={p.onSave}
          />
          {p.error && (
            <Alert
              data-testid="org-error"
              type="error"
              showIcon
              title={p.error.title}
              description={problemText(p.error.problem, s, locale)}
            />
          )}
          {p.justSaved && (
            <Alert
              data-testid="org-saved"
              type="success"
              showIcon
              title={s.savedTitle}
              description={s.savedBody}
              action={
                <Button data-testid="org-sync-now" onClick={p.onSyncNow} loading={p.syncPending}>
                  {s.syncNow}
                </Button>
              }
            />
          )}
        </Flex>
      </Card>
      <Alert
        data-testid="org-showing"
        data-mode={p.mode}
        type={p.mode === 'preview' ? 'info' : 'success'}
        showIcon
        title={p.mode === 'preview' ? s.showingPreview : s.showingSaved}
        description={draftChanged ? s.draftChanged : undefined}
      />
      <Results view={view} />
    </Flex>
  )
}

function Results({ view }: { view: OrgMappingView }) {
  const s = useStrings(orgMappingStrings)
  if (view.nodes.length === 0) {
    return <Alert data-testid="org-empty" type="warning" showIcon title={s.noDepartments} />
  }
  return (
    <Flex gap={12} align="start" wrap>
      <Card size="small" title={s.treeTitle} style={{ flex: '1 1 480px', minWidth: 0 }}>
        <MappingTree nodes={view.nodes} storeDepth={view.rule.storeDepth} />
      </Card>
      <Flex vertical gap={12} style={{ flex: '1 1 420px', minWidth: 0 }}>
        <MappingTotals totals={view.totals} />
        <MappingDiff changes={view.changes} />
      </Flex>
    </Flex>
  )
}
