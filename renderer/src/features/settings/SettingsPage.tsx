import { Alert, Button, message, Spin } from 'antd'
import { useState } from 'react'
import type { WecomSettingsInput } from '../../../../preload/contract/models'
import { useLocale, useStrings } from '../../i18n/locale'
import { problemText, toProblem } from '../sync/error-text'
import { hasChanges } from './settings-form'
import { SettingsView } from './SettingsView'
import { settingsStrings } from './strings'
import { useSaveWecomSettings, useTestConnection, useWecomSettings } from './use-wecom-settings'

/** 设置: the WeCom connection (demo or corp, secrets, test) and the language. */
export function SettingsPage() {
  const s = useStrings(settingsStrings)
  const { locale } = useLocale()
  const [messageApi, messageHolder] = message.useMessage()
  const settings = useWecomSettings()
  const save = useSaveWecomSettings()
  const test = useTestConnection()
  const [formKey, setFormKey] = useState(0)

  if (settings.isPending) return <Spin style={{ margin: 48 }} />
  if (settings.isError) {
    return (
      <Alert
        data-testid="settings-error"
        type="error"
        showIcon
        title={s.loadFailed}
        description={problemText(toProblem(settings.error), s, locale)}
        action={<Button onClick={() => void settings.refetch()}>{s.retry}</Button>}
      />
    )
  }
  const saved = settings.data

  /** Saves when something changed; false when the save failed (its error is on screen). */
  async function saveIfChanged(input: WecomSettingsInput): Promise<boolean> {
    if (!hasChanges(input, saved)) return true
    try {
      await save.mutateAsync(input)
      setFormKey((k) => k + 1)
      return true
    } catch {
      return false
    }
  }

  const onSave = (input: WecomSettingsInput) => {
    test.reset()
    if (!hasChanges(input, saved)) {
      void messageApi.info(s.noChanges)
      return
    }
    void saveIfChanged(input).then((ok) => ok && void messageApi.success(s.saved))
  }

  // The check runs on what main holds, so unsaved edits are saved first.
  const onTest = (input: WecomSettingsInput) => {
    test.reset()
    save.reset()
    void saveIfChanged(input).then((ok) => ok && test.mutate())
  }

  const error = save.isError
    ? { title: s.saveFailed, problem: toProblem(save.error) }
    : test.isError
      ? { title: s.testFailed, problem: toProblem(test.error) }
      : null

  return (
    <>
      {messageHolder}
      <SettingsView
        settings={saved}
        formKey={formKey}
        check={test.data ?? null}
        error={error}
        saving={save.isPending}
        testing={test.isPending}
        onSave={onSave}
        onTest={onTest}
      />
    </>
  )
}
