import { useCallback, useMemo, useState } from 'react'
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, Button, Flex, message, Typography } from 'antd'
import type { SortingState } from '@tanstack/react-table'
import type { StoreRow } from '../../../../preload/contract/models'
import { DataGrid } from '../../components/data-grid/DataGrid'
import { useDebouncedValue } from '../../components/use-debounced-value'
import { format, useLocale, useStrings } from '../../i18n/locale'
import { errorText } from './error-text'
import { ImportModal } from './ImportModal'
import { storeRowAttributes } from './store-columns'
import { StoreDrawer } from './StoreDrawer'
import { StoreFilters } from './StoreFilters'
import {
  buildStoreQuery,
  hasFilters,
  NO_FILTERS,
  type StoreFilters as Filters
} from './store-query'
import { storeStrings } from './strings'
import { useStoreExport } from './use-store-export'
import { useStoreFacets, useStoreList } from './use-store-queries'
import { useStoreTable } from './use-store-table'

const NO_ROWS: StoreRow[] = []
const SEARCH_DEBOUNCE_MS = 200

/** 门店: every store in one filterable, sortable grid, with edit, import and export. */
export function StoresPage() {
  const s = useStrings(storeStrings)
  const { locale } = useLocale()
  const [messageApi, messageHolder] = message.useMessage()
  const [filters, setFilters] = useState<Filters>(NO_FILTERS)
  const [sorting, setSorting] = useState<SortingState>([])
  const search = useDebouncedValue(filters.search, SEARCH_DEBOUNCE_MS)
  const query = useMemo(
    () => buildStoreQuery({ ...filters, search }, sorting),
    [filters, search, sorting]
  )

  const list = useStoreList(query)
  const facets = useStoreFacets()
  const rows = list.data?.rows ?? NO_ROWS
  const table = useStoreTable(rows, sorting, setSorting)
  const selected = Object.keys(table.state.rowSelection).length

  const [openStore, setOpenStore] = useState<StoreRow | null>(null)
  const [importOpen, setImportOpen] = useState(false)
  const exporter = useStoreExport(messageApi)
  const changeFilters = useCallback(
    (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch })),
    []
  )
  const exportView = () => exporter.mutate(query)

  return (
    <Flex vertical gap={12} style={{ flex: 1, minHeight: 0 }}>
      {messageHolder}
      <Flex justify="space-between" align="start" gap={12} wrap>
        <StoreFilters filters={filters} facets={facets.data} onChange={changeFilters} />
        <Flex gap={8}>
          <Button
            data-testid="import-button"
            icon={<UploadOutlined />}
            onClick={() => setImportOpen(true)}
          >
            {s.importButton}
          </Button>
          <Button
            data-testid="export-button"
            icon={<DownloadOutlined />}
            loading={exporter.isPending}
            onClick={exportView}
          >
            {s.exportButton}
          </Button>
        </Flex>
      </Flex>
      <Flex align="center" gap={16}>
        <Typography.Text data-testid="store-count">
          {format(s.count, { total: list.data?.total ?? 0, shown: rows.length })}
        </Typography.Text>
        {hasFilters(filters) && (
          <Button type="link" size="small" onClick={() => setFilters(NO_FILTERS)}>
            {s.clearFilters}
          </Button>
        )}
        <Typography.Text data-testid="selected-count" type={selected ? undefined : 'secondary'}>
          {format(s.selected, { n: selected })}
        </Typography.Text>
        {selected > 0 && (
          <Button type="link" size="small" onClick={() => table.resetRowSelection(true)}>
            {s.clearSelection}
          </Button>
        )}
      </Flex>
      {list.isError && (
        <Alert
          type="error"
          showIcon
          title={s.loadFailed}
          description={errorText(list.error, s, locale)}
          action={<Button onClick={() => void list.refetch()}>{s.retry}</Button>}
        />
      )}
      {/* The grid fills what is left of the page; its rows scroll inside it. */}
      <div style={{ flex: '1 1 0', minHeight: 320, position: 'relative' }}>
        <div style={{ position: 'absolute', inset: 0 }}>
          <DataGrid
            table={table}
            testId="store-grid"
            rowTestId="store-row"
            getRowAttributes={storeRowAttributes}
            onRowClick={setOpenStore}
            loading={list.isPending}
            busy={list.isPlaceholderData}
            scrollResetKey={JSON.stringify(query)}
            empty={<Typography.Text type="secondary">{s.emptyList}</Typography.Text>}
          />
        </div>
      </div>
      <StoreDrawer store={openStore} onClose={() => setOpenStore(null)} message={messageApi} />
      <ImportModal
        open={importOpen}
        onClose={() => setImportOpen(false)}
        onApplied={(n) => {
          void messageApi.success(format(s.importModal.applied, { n }))
          setImportOpen(false)
        }}
        onDownloadTemplate={exportView}
        templateBusy={exporter.isPending}
      />
    </Flex>
  )
}
