import { ShopOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { Button, Layout, Menu, Space, Tag, Typography } from 'antd'
import { StoresPage } from '../features/stores/StoresPage'
import { format, useLocale, useStrings } from '../i18n/locale'
import { call } from '../lib/api'
import { shellStrings } from './strings'
import { useDbChanged } from './use-db-changed'

/** Side menu, header with data status and language switch, and the content area. */
export function Shell() {
  const t = useStrings(shellStrings)
  const { locale, setLocale } = useLocale()
  useDbChanged()
  const status = useQuery({
    queryKey: ['app', 'status'],
    queryFn: () => call('app:status', {}),
    meta: { tables: ['store', 'member', 'follow_relation'] }
  })
  const s = status.data
  const asOf = s?.lastSyncedAt ? new Date(s.lastSyncedAt).toLocaleString(locale) : null
  return (
    <Layout style={{ height: '100vh' }}>
      <Layout.Sider width={180} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '16px 20px', fontSize: 20, fontWeight: 600 }} data-testid="product-name">
          {t.product}
        </div>
        <Menu
          mode="inline"
          selectedKeys={['stores']}
          items={[{ key: 'stores', icon: <ShopOutlined />, label: t.menuStores }]}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', padding: '0 20px', display: 'flex', alignItems: 'center', gap: 12, borderBottom: '1px solid #f0f0f0' }}
        >
          <Typography.Text strong>{s?.enterpriseName}</Typography.Text>
          {s && (
            <Tag color={s.source === 'demo' ? 'gold' : 'green'} data-testid="data-source">
              {s.source === 'demo' ? t.sourceDemo : t.sourceWecom}
            </Tag>
          )}
          <Space style={{ marginLeft: 'auto' }} size="middle">
            {s && (
              <Typography.Text type="secondary" data-testid="sync-status">
                {format(t.counts, s.counts)} · {asOf ? format(t.seededAt, { at: asOf }) : t.never}
              </Typography.Text>
            )}
            <Button
              data-testid="language-switch"
              onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
            >
              {t.language}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 16, overflow: 'hidden', display: 'flex', flexDirection: 'column' }}>
          <StoresPage />
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
