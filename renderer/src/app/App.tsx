import {
  QueryClient,
  QueryClientProvider,
  useMutation,
  useQuery,
  useQueryClient
} from '@tanstack/react-query'
import { App as AntApp, ConfigProvider, Spin } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import type { Locale } from '../../../preload/contract/models'
import { LocaleProvider } from '../i18n/locale'
import { call } from '../lib/api'
import { Shell } from './Shell'

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } }
})

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LocalisedApp />
    </QueryClientProvider>
  )
}

/** The locale is a persisted setting: read it before the first paint, write it on switch. */
function LocalisedApp() {
  const client = useQueryClient()
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => call('settings:get', {}) })
  const save = useMutation({
    mutationFn: (locale: Locale) => call('settings:update', { locale }),
    onSuccess: (next) => client.setQueryData(['settings'], next)
  })
  if (!settings.data) return <Spin fullscreen />
  const locale = settings.data.locale
  return (
    <ConfigProvider
      locale={locale === 'zh-CN' ? zhCN : enUS}
      theme={{ token: { colorPrimary: '#c0392b' } }}
    >
      <AntApp>
        <LocaleProvider locale={locale} setLocale={(l) => save.mutate(l)}>
          <Shell />
        </LocaleProvider>
      </AntApp>
    </ConfigProvider>
  )
}
