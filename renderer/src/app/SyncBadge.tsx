import { CheckCircleOutlined, CloseCircleOutlined, SyncOutlined } from '@ant-design/icons'
import { Tag, Tooltip } from 'antd'
import type { ReactNode } from 'react'
import type { Locale } from '../../../preload/contract/models'
import { formatWhen } from '../features/sync/sync-format'
import { format, useLocale, useStrings } from '../i18n/locale'
import type { HeaderSync } from './header-sync'
import { routeHash } from './routes'
import { shellStrings } from './strings'

type Words = (typeof shellStrings)['zh-CN']

export function badgeText(state: HeaderSync, t: Words, locale: Locale, now: number): string {
  switch (state.kind) {
    case 'running':
      return state.percent === null
        ? t.syncRunningStarting
        : format(t.syncRunning, { percent: state.percent })
    case 'failed':
      return format(t.syncFailed, { at: formatWhen(state.at, locale, now) })
    case 'cancelled':
      return format(t.syncCancelled, { at: formatWhen(state.at, locale, now) })
    case 'synced':
      return format(t.syncedAt, { at: formatWhen(state.at, locale, now) })
    case 'never':
      return t.never
  }
}

const LOOK: Record<HeaderSync['kind'], { color: string; icon: ReactNode }> = {
  running: { color: 'processing', icon: <SyncOutlined spin /> },
  failed: { color: 'error', icon: <CloseCircleOutlined /> },
  cancelled: { color: 'warning', icon: <CloseCircleOutlined /> },
  synced: { color: 'default', icon: <CheckCircleOutlined /> },
  never: { color: 'default', icon: null }
}

/** The header's sync status; a link to the Sync screen, where the details are. */
export function SyncBadge({ state, now }: { state: HeaderSync; now: number }) {
  const t = useStrings(shellStrings)
  const { locale } = useLocale()
  const look = LOOK[state.kind]
  return (
    <Tooltip title={t.syncStatusHint}>
      <a href={routeHash('sync')} data-testid="header-sync" data-state={state.kind}>
        <Tag color={look.color} icon={look.icon} style={{ marginInlineEnd: 0 }}>
          {badgeText(state, t, locale, now)}
        </Tag>
      </a>
    </Tooltip>
  )
}
