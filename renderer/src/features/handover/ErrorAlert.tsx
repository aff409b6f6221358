import { Alert } from 'antd'
import { useLocale, useStrings } from '../../i18n/locale'
import { handoverErrorText } from './error-text'
import { handoverStrings } from './strings'

/** The first failed call of a step, worded for the operator; nothing when all went well. */
export function ErrorAlert({ errors, testId }: { errors: readonly unknown[]; testId: string }) {
  const s = useStrings(handoverStrings)
  const { locale } = useLocale()
  const error = errors.find((e) => e)
  if (!error) return null
  return (
    <div data-testid={testId}>
      <Alert type="error" showIcon title={handoverErrorText(error, s, locale)} />
    </div>
  )
}
