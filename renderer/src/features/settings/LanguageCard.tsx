import { Card, Flex, Radio, Typography } from 'antd'
import { LOCALES } from '../../../../preload/contract/models'
import { useLocale, useStrings } from '../../i18n/locale'
import { LANGUAGE_NAMES, settingsStrings } from './strings'

/** The header's language switch, as a setting; both write the same persisted locale. */
export function LanguageCard() {
  const s = useStrings(settingsStrings)
  const { locale, setLocale } = useLocale()
  return (
    <Card size="small" title={s.languageTitle}>
      <Flex vertical gap={8}>
        <Radio.Group
          data-testid="settings-language"
          optionType="button"
          value={locale}
          onChange={(e) => setLocale(e.target.value as typeof locale)}
          options={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        />
        <Typography.Text type="secondary">{s.languageHelp}</Typography.Text>
      </Flex>
    </Card>
  )
}
