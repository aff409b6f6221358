import { Alert, Button, message, Spin } from 'antd'
import { useState } from 'react'
import { useLocale, useStrings } from '../../i18n/locale'
import { problemText, toProblem } from '../sync/error-text'
import { useRunSync } from '../sync/use-sync'
import { OrgMappingScreen } from './OrgMappingScreen'
import { draftOf, toRuleInput, type RuleDraft } from './rule-draft'
import { orgMappingStrings } from './strings'
import { useOrgMapping, usePreviewMapping, useSaveMapping } from './use-org-mapping'

/** 组织映射: review the department → region/store rule, preview an edit, save it, sync. */
export function OrgMappingPage() {
  const s = useStrings(orgMappingStrings)
  const { locale } = useLocale()
  const [messageApi, messageHolder] = message.useMessage()
  const saved = useOrgMapping()
  const preview = usePreviewMapping()
  const save = useSaveMapping()
  const run = useRunSync()
  // Null while the form shows the saved rule untouched, so a refetch keeps it current.
  const [edited, setEdited] = useState<RuleDraft | null>(null)
  const [justSaved, setJustSaved] = useState(false)

  if (saved.isPending) return <Spin style={{ margin: 48 }} />
  if (saved.isError) {
    return (
      <Alert
        data-testid="org-error"
        type="error"
        showIcon
        title={s.loadFailed}
        description={problemText(toProblem(saved.error), s, locale)}
        action={<Button onClick={() => void saved.refetch()}>{s.retry}</Button>}
      />
    )
  }
  const draft = edited ?? draftOf(saved.data.rule)
  const resetCalls = () => [preview, save, run].forEach((m) => m.reset())

  const onPreview = () => {
    const rule = toRuleInput(draft)
    if (!rule) return
    save.reset()
    run.reset()
    preview.mutate(rule)
  }
  const onSave = () => {
    const rule = toRuleInput(draft)
    if (!rule) return
    resetCalls()
    save.mutate(rule, {
      onSuccess: () => {
        setEdited(null)
        setJustSaved(true)
      }
    })
  }
  // Once the sync is under way the notice has done its job; the header shows the run.
  const onSyncNow = () =>
    run.mutate(undefined, {
      onSuccess: () => {
        setJustSaved(false)
        void messageApi.success(s.syncStarted)
      }
    })

  const error = preview.isError
    ? { title: s.previewFailed, problem: toProblem(preview.error) }
    : save.isError
      ? { title: s.saveFailed, problem: toProblem(save.error) }
      : run.isError
        ? { title: s.syncFailed, problem: toProblem(run.error) }
        : null

  return (
    <>
      {messageHolder}
      <OrgMappingScreen
        view={preview.data ?? saved.data}
        mode={preview.data ? 'preview' : 'saved'}
        savedRule={saved.data.rule}
        draft={draft}
        previewing={preview.isPending}
        saving={save.isPending}
        error={error}
        justSaved={justSaved}
        syncPending={run.isPending}
        onDraftChange={(next) => {
          setEdited(next)
          setJustSaved(false)
        }}
        onPreview={onPreview}
        onSave={onSave}
        onSyncNow={onSyncNow}
      />
    </>
  )
}
