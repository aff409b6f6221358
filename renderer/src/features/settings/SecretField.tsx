import { Button, Flex, Form, Input, Typography } from 'antd'
import { useStrings } from '../../i18n/locale'
import { settingsStrings } from './strings'

interface Props {
  name: 'appSecret' | 'contactsSecret'
  label: string
  help: string
  testId: string
  /** A secret is saved in main; its value never comes back, only this flag. */
  stored: boolean
  /** The user chose "清除"; the secret is removed on save. */
  clearing: boolean
  onClear: () => void
  onUndoClear: () => void
}

/**
 * A write-only secret: empty keeps what is saved, typing replaces it, "清除" removes it.
 * `new-password` keeps the browser from autofilling a login password into it.
 */
export function SecretField(p: Props) {
  const s = useStrings(settingsStrings)
  return (
    <Form.Item label={p.label} extra={p.help}>
      <Flex gap={8}>
        <Form.Item name={p.name} noStyle>
          <Input.Password
            data-testid={p.testId}
            autoComplete="new-password"
            disabled={p.clearing}
            placeholder={p.stored ? s.secretPlaceholderSaved : s.secretPlaceholderEmpty}
          />
        </Form.Item>
        {p.stored && !p.clearing && (
          <Button data-testid={`${p.testId}-clear`} onClick={p.onClear}>
            {s.secretClear}
          </Button>
        )}
      </Flex>
      {p.clearing && (
        <Typography.Text type="warning" data-testid={`${p.testId}-clearing`}>
          {s.secretWillClear}{' '}
          <Typography.Link onClick={p.onUndoClear}>{s.secretUndoClear}</Typography.Link>
        </Typography.Text>
      )}
    </Form.Item>
  )
}
