import { Alert, Card, Flex } from 'antd'
import type {
  ConnectionCheck,
  WecomSettings,
  WecomSettingsInput
} from '../../../../preload/contract/models'
import { useLocale, useStrings } from '../../i18n/locale'
import { problemText, type Problem } from '../sync/error-text'
import { CheckResult } from './CheckResult'
import { ConnectionForm } from './ConnectionForm'
import { LanguageCard } from './LanguageCard'
import { ModeNote } from './ModeNote'
import { settingsStrings } from './strings'

export interface SettingsViewProps {
  settings: WecomSettings
  /** Bumped after each save so the form starts again from what main now holds. */
  formKey: number
  check: ConnectionCheck | null
  /** A save or test call that failed, with the title to show it under. */
  error: { title: string; problem: Problem } | null
  saving: boolean
  testing: boolean
  onSave: (input: WecomSettingsInput) => void
  onTest: (input: WecomSettingsInput) => void
}

/** The Settings screen without its data hooks, so it renders from plain props (and in tests). */
export function SettingsView(p: SettingsViewProps) {
  const s = useStrings(settingsStrings)
  const { locale } = useLocale()
  return (
    <Flex vertical gap={12}>
      <Card size="small" title={s.connectionTitle}>
        <Flex vertical gap={16}>
          <ModeNote settings={p.settings} />
          <ConnectionForm
            key={p.formKey}
            settings={p.settings}
            saving={p.saving}
            testing={p.testing}
            onSave={p.onSave}
            onTest={p.onTest}
          />
          {p.error && (
            <Alert
              data-testid="settings-error"
              type="error"
              showIcon
              title={p.error.title}
              description={problemText(p.error.problem, s, locale)}
              style={{ maxWidth: 640 }}
            />
          )}
          {p.check && <CheckResult check={p.check} />}
        </Flex>
      </Card>
      <LanguageCard />
    </Flex>
  )
}
