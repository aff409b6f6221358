import { KeyOutlined } from '@ant-design/icons'
import { Flex, Tag, Typography } from 'antd'
import type { WecomSettings } from '../../../../preload/contract/models'
import { useStrings } from '../../i18n/locale'
import { settingsStrings } from './strings'

/** Demo or corp, what that means, and where the secrets are kept. */
export function ModeNote({ settings }: { settings: WecomSettings }) {
  const s = useStrings(settingsStrings)
  const demo = settings.mode === 'demo'
  return (
    <Flex vertical gap={8} style={{ maxWidth: 640 }}>
      <Flex gap={8} align="center">
        <Typography.Text strong>{s.modeLabel}</Typography.Text>
        <Tag color={demo ? 'gold' : 'green'} data-testid="settings-mode" data-mode={settings.mode}>
          {demo ? s.modeDemo : s.modeWecom}
        </Tag>
      </Flex>
      <Typography.Text type="secondary">{demo ? s.modeDemoHint : s.modeWecomHint}</Typography.Text>
      <Typography.Text
        type={settings.secretStorage === 'memory' ? 'warning' : 'secondary'}
        data-testid="settings-secret-storage"
        data-storage={settings.secretStorage}
      >
        <KeyOutlined /> {s.secretStorage[settings.secretStorage]}
      </Typography.Text>
    </Flex>
  )
}
