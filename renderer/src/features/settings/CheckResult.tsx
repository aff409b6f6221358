import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons'
import { Alert, Flex, Typography } from 'antd'
import type { ConnectionCheck, ConnectionCheckStep } from '../../../../preload/contract/models'
import { useLocale, useStrings } from '../../i18n/locale'
import { problemText } from '../sync/error-text'
import { settingsStrings } from './strings'

/**
 * Each step on its own line. A failure keeps main's zh-CN explanation (it names the secret, the
 * rule and the fix), led in English by the code's wording. A 60020 caller IP is the one thing
 * operators must copy, so it comes first, boxed.
 */
export function CheckResult({ check }: { check: ConnectionCheck }) {
  const s = useStrings(settingsStrings)
  const { locale } = useLocale()
  const detail = (step: ConnectionCheckStep) =>
    step.ok
      ? s.checkStepPassed[step.name]
      : problemText({ code: step.code ?? 'internal', message: step.message }, s, locale)
  return (
    <Flex
      vertical
      gap={8}
      data-testid="settings-check"
      data-ok={String(check.ok)}
      style={{ maxWidth: 640 }}
    >
      <Alert
        type={check.ok ? 'success' : 'warning'}
        showIcon
        title={check.ok ? s.checkOk : s.checkFailed}
      />
      {check.callerIp && (
        <Alert
          data-testid="settings-caller-ip"
          type="error"
          showIcon
          title={s.callerIpTitle}
          description={
            <Flex vertical gap={4}>
              <Typography.Text code copyable style={{ fontSize: 20 }}>
                {check.callerIp}
              </Typography.Text>
              <Typography.Text strong>{s.callerIpAction}</Typography.Text>
            </Flex>
          }
        />
      )}
      {check.steps.map((step) => (
        <Flex
          key={step.name}
          gap={8}
          align="baseline"
          data-testid="settings-check-step"
          data-step={step.name}
          data-ok={String(step.ok)}
        >
          {step.ok ? (
            <CheckCircleFilled style={{ color: '#52c41a' }} aria-label={s.stepOk} />
          ) : (
            <CloseCircleFilled style={{ color: '#ff4d4f' }} aria-label={s.stepFailed} />
          )}
          <Flex vertical>
            <Typography.Text strong>{s.checkSteps[step.name]}</Typography.Text>
            <Typography.Text type={step.ok ? 'secondary' : 'danger'}>
              {detail(step)}
            </Typography.Text>
          </Flex>
        </Flex>
      ))}
    </Flex>
  )
}
