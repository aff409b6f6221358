import { useQuery } from '@tanstack/react-query'
import { Button, Layout, Space, Tag, Typography } from 'antd'
import { useSyncOverview, useSyncProgress } from '../features/sync/use-sync'
import { format, useLocale, useStrings } from '../i18n/locale'
import { call } from '../lib/api'
import { headerSync } from './header-sync'
import { shellStrings } from './strings'
import { SyncBadge } from './SyncBadge'

/** Enterprise, data source, cache counts, sync status and the language switch. */
export function ShellHeader() {
  const t = useStrings(shellStrings)
  const { locale, setLocale } = useLocale()
  const status = useQuery({
    queryKey: ['app', 'status'],
    queryFn: () => call('app:status', {}),
    meta: { tables: ['store', 'member', 'follow_relation'] }
  })
  const overview = useSyncOverview()
  const progress = useSyncProgress(overview.data)
  const s = status.data
  // A failed overview (main not serving sync yet) falls back to app:status's last sync time.
  const sync = headerSync(overview.data, progress, s?.lastSyncedAt ?? null)

  return (
    <Layout.Header
      style={{
        background: '#fff',
        padding: '0 20px',
        display: 'flex',
        alignItems: 'center',
        gap: 12,
        borderBottom: '1px solid #f0f0f0'
      }}
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
            {format(t.counts, s.counts)}
          </Typography.Text>
        )}
        {(s || overview.data) && <SyncBadge state={sync} now={status.dataUpdatedAt} />}
        <Button
          data-testid="language-switch"
          autoInsertSpace={false}
          onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
        >
          {t.language}
        </Button>
      </Space>
    </Layout.Header>
  )
}
