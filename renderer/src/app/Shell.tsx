import {
  ApartmentOutlined,
  NotificationOutlined,
  SettingOutlined,
  SwapOutlined,
  ShopOutlined,
  SyncOutlined,
  TeamOutlined
} from '@ant-design/icons'
import { Layout, Menu } from 'antd'
import type { ReactNode } from 'react'
import { GuidesPage } from '../features/guides/GuidesPage'
import { HandoverPage } from '../features/handover/HandoverPage'
import { NoticesPage } from '../features/notices/NoticesPage'
import { OrgMappingPage } from '../features/org-mapping/OrgMappingPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { StoresPage } from '../features/stores/StoresPage'
import { SyncPage } from '../features/sync/SyncPage'
import { useSyncEvents } from '../features/sync/use-sync'
import { useStrings } from '../i18n/locale'
import { ROUTES, type Route } from './routes'
import { ShellHeader } from './ShellHeader'
import { shellStrings } from './strings'
import { useDbChanged } from './use-db-changed'
import { useRoute } from './use-route'

const ICONS: Record<Route, ReactNode> = {
  stores: <ShopOutlined />,
  guides: <TeamOutlined />,
  notices: <NotificationOutlined />,
  handover: <SwapOutlined />,
  sync: <SyncOutlined />,
  'org-mapping': <ApartmentOutlined />,
  settings: <SettingOutlined />
}

const SCROLLING: Record<Exclude<Route, 'stores' | 'guides'>, () => ReactNode> = {
  notices: () => <NoticesPage />,
  handover: () => <HandoverPage />,
  sync: () => <SyncPage />,
  'org-mapping': () => <OrgMappingPage />,
  settings: () => <SettingsPage />
}

/** The stores and guides grids size themselves to the content area; the other screens scroll. */
function Screen({ route }: { route: Route }) {
  if (route === 'stores') return <StoresPage />
  if (route === 'guides') return <GuidesPage />
  return (
    <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }} data-testid={`page-${route}`}>
      {SCROLLING[route]()}
    </div>
  )
}

/** Side menu, header, and the screen the URL hash names. */
export function Shell() {
  const t = useStrings(shellStrings)
  const [route, navigate] = useRoute()
  useDbChanged()
  useSyncEvents()
  return (
    <Layout style={{ height: '100vh' }}>
      <Layout.Sider width={180} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div
          style={{ padding: '16px 20px', fontSize: 20, fontWeight: 600 }}
          data-testid="product-name"
        >
          {t.product}
        </div>
        <Menu
          mode="inline"
          data-testid="side-menu"
          selectedKeys={[route]}
          onClick={({ key }) => navigate(key as Route)}
          items={ROUTES.map((r) => ({
            key: r,
            icon: ICONS[r],
            label: t.menu[r],
            'data-testid': `menu-${r}`
          }))}
        />
      </Layout.Sider>
      <Layout>
        <ShellHeader />
        <Layout.Content
          style={{ padding: 16, overflow: 'hidden', display: 'flex', flexDirection: 'column' }}
        >
          <Screen route={route} />
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
