import { Button, Flex, Form, Input, Typography } from 'antd'
import type { Rule } from 'antd/es/form'
import { useState } from 'react'
import type { WecomSettings, WecomSettingsInput } from '../../../../preload/contract/models'
import { useStrings } from '../../i18n/locale'
import { SecretField } from './SecretField'
import {
  buildSettingsInput,
  DEFAULT_BASE_URL,
  NO_CLEARS,
  toFormValues,
  validateAgentId,
  validateBaseUrl,
  validateCorpId,
  type SecretClears,
  type SettingsFormValues
} from './settings-form'
import { settingsStrings, type SettingsProblem } from './strings'

interface Props {
  settings: WecomSettings
  saving: boolean
  testing: boolean
  onSave: (input: WecomSettingsInput) => void
  onTest: (input: WecomSettingsInput) => void
}

/** Corp ID, API address and the two secrets. Remount it (key) to start again from what is saved. */
export function ConnectionForm({ settings, saving, testing, onSave, onTest }: Props) {
  const s = useStrings(settingsStrings)
  const [form] = Form.useForm<SettingsFormValues>()
  const [clears, setClears] = useState<SecretClears>(NO_CLEARS)

  const rule = (check: (v: string) => SettingsProblem | null): Rule => ({
    validator: (_, value: string | undefined) => {
      const problem = check(value ?? '')
      return problem ? Promise.reject(new Error(s.validation[problem])) : Promise.resolve()
    }
  })
  const clear = (key: keyof SecretClears, field: 'appSecret' | 'contactsSecret', on: boolean) => {
    if (on) form.setFieldValue(field, '')
    setClears((c) => ({ ...c, [key]: on }))
  }
  const test = () =>
    void form
      .validateFields()
      .then((values) => onTest(buildSettingsInput(values, clears, settings.agentId)))
      .catch(() => undefined) // the fields show what is wrong

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={toFormValues(settings)}
      onFinish={(values) => onSave(buildSettingsInput(values, clears, settings.agentId))}
      style={{ maxWidth: 640 }}
    >
      <Form.Item name="corpId" label={s.corpId} extra={s.corpIdHelp} rules={[rule(validateCorpId)]}>
        <Input
          data-testid="settings-corp-id"
          placeholder={s.corpIdPlaceholder}
          autoComplete="off"
        />
      </Form.Item>
      <Form.Item label={s.baseUrl} extra={s.baseUrlHelp} required>
        <Flex gap={8}>
          <Form.Item name="baseUrl" noStyle rules={[rule(validateBaseUrl)]}>
            <Input
              data-testid="settings-base-url"
              placeholder={DEFAULT_BASE_URL}
              autoComplete="off"
            />
          </Form.Item>
          <Button onClick={() => form.setFieldValue('baseUrl', DEFAULT_BASE_URL)}>
            {s.baseUrlReset}
          </Button>
        </Flex>
      </Form.Item>
      <SecretField
        name="appSecret"
        label={s.appSecret}
        help={s.appSecretHelp}
        testId="settings-app-secret"
        stored={settings.hasAppSecret}
        clearing={clears.app}
        onClear={() => clear('app', 'appSecret', true)}
        onUndoClear={() => clear('app', 'appSecret', false)}
      />
      <SecretField
        name="contactsSecret"
        label={s.contactsSecret}
        help={s.contactsSecretHelp}
        testId="settings-contacts-secret"
        stored={settings.hasContactsSecret}
        clearing={clears.contacts}
        onClear={() => clear('contacts', 'contactsSecret', true)}
        onUndoClear={() => clear('contacts', 'contactsSecret', false)}
      />
      <Form.Item name="agentId" label={s.agentId} extra={s.agentIdHelp} rules={[rule(validateAgentId)]}>
        <Input data-testid="settings-agent-id" placeholder="1000002" inputMode="numeric" autoComplete="off" />
      </Form.Item>
      <Flex gap={8} align="center" wrap>
        <Button data-testid="settings-save" type="primary" htmlType="submit" loading={saving}>
          {s.save}
        </Button>
        <Button data-testid="settings-test" onClick={test} loading={testing} disabled={saving}>
          {s.test}
        </Button>
        <Typography.Text type="secondary">{s.testHint}</Typography.Text>
      </Flex>
    </Form>
  )
}
