import { Button, Flex, Form, InputNumber, Select, Typography } from 'antd'
import type { OrgMappingRuleInput } from '../../../../preload/contract/models'
import { useStrings } from '../../i18n/locale'
import {
  draftOf,
  MAX_DEPTH,
  NAME_SEPARATORS,
  toRuleInput,
  type RuleDraft,
  type RuleField,
  type RuleProblem
} from './rule-draft'
import { describeRule } from './rule-text'
import { orgMappingStrings } from './strings'

export interface RuleFormProps {
  draft: RuleDraft
  problems: Partial<Record<RuleField, RuleProblem>>
  /** What the sentences describe while the draft has a problem. */
  savedRule: OrgMappingRuleInput
  defaultRule: OrgMappingRuleInput
  canSave: boolean
  previewing: boolean
  saving: boolean
  onChange: (draft: RuleDraft) => void
  onPreview: () => void
  onSave: () => void
}

/** The two levels and the excluded names, the rule in words, and preview / save. */
export function RuleForm(p: RuleFormProps) {
  const s = useStrings(orgMappingStrings)
  const { draft, problems } = p
  const valid = Object.keys(problems).length === 0
  const item = (field: RuleField) => {
    const problem = problems[field]
    return problem ? { validateStatus: 'error' as const, help: s.validation[problem] } : {}
  }
  const depth = (field: 'regionDepth' | 'storeDepth', testId: string) => (
    <InputNumber
      data-testid={testId}
      min={1}
      max={MAX_DEPTH}
      precision={0}
      value={draft[field]}
      onChange={(v) => p.onChange({ ...draft, [field]: v })}
      style={{ width: 96 }}
    />
  )

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{s.levelsHelp}</Typography.Text>
      <ul data-testid="org-rule-text" style={{ margin: 0, paddingInlineStart: 20 }}>
        {describeRule(toRuleInput(draft) ?? p.savedRule, s).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Form layout="inline" component="div" style={{ rowGap: 8 }}>
        <Form.Item label={s.regionDepth} {...item('regionDepth')}>
          {depth('regionDepth', 'org-rule-region-depth')}
        </Form.Item>
        <Form.Item label={s.storeDepth} {...item('storeDepth')}>
          {depth('storeDepth', 'org-rule-store-depth')}
        </Form.Item>
        <Form.Item label={s.excluded} extra={s.excludedHelp} {...item('excludeNames')}>
          <Select
            data-testid="org-rule-excluded"
            mode="tags"
            value={draft.excludeNames}
            onChange={(names: string[]) => p.onChange({ ...draft, excludeNames: names })}
            tokenSeparators={NAME_SEPARATORS}
            placeholder={s.excludedPlaceholder}
            notFoundContent={null}
            style={{ minWidth: 280 }}
          />
        </Form.Item>
      </Form>
      <Flex gap={8}>
        <Button
          data-testid="org-preview"
          onClick={p.onPreview}
          disabled={!valid}
          loading={p.previewing}
        >
          {s.preview}
        </Button>
        <Button
          data-testid="org-save"
          type="primary"
          onClick={p.onSave}
          disabled={!valid || !p.canSave}
          loading={p.saving}
        >
          {s.save}
        </Button>
        <Button
          data-testid="org-restore-default"
          onClick={() => p.onChange(draftOf(p.defaultRule))}
        >
          {s.restoreDefault}
        </Button>
      </Flex>
    </Flex>
  )
}
