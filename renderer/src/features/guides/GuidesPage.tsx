import { useCallback, useMemo, useState } from 'react'
import { Alert, Button, Flex, message, Typography } from 'antd'
import type { SortingState } from '@tanstack/react-table'
import type { GuideRow } from '../../../../preload/contract/models'
import { DataGrid } from '../../components/data-grid/DataGrid'
import { useDebouncedValue } from '../../components/use-debounced-value'
import { format, useLocale, useStrings } from '../../i18n/locale'
import { BulkActionModal } from './BulkActionModal'
import type { BulkKind } from './bulk-action-input'
import { guideErrorText } from './error-text'
import { GuideAlerts } from './GuideAlerts'
import { guideRowAttributes } from './guide-columns'
import { GuideFilters } from './GuideFilters'
import { GuideImportModal } from './GuideImportModal'
import {
  buildGuideQuery,
  hasGuideFilters,
  NO_GUIDE_FILTERS,
  selectionOf,
  type GuideFilters as Filters
} from './guide-query'
import { composeNoticeFor } from '../notices/notice-handoff'
import { GuideToolbar } from './GuideToolbar'
import { PasteSelectModal } from './PasteSelectModal'
import { guideStrings } from './strings'
import { useGuideExport } from './use-guide-export'
import { useGuideFacets, useGuideList } from './use-guide-queries'
import { useGuideSelection, useGuideTable } from './use-guide-table'

const NO_ROWS: GuideRow[] = []
const SEARCH_DEBOUNCE_MS = 200

/** 导购: every member with 客户联系 in one grid, with selection, bulk actions, undo, import, export. */
export function GuidesPage() {
  const s = useStrings(guideStrings)
  const { locale } = useLocale()
  const [messageApi, messageHolder] = message.useMessage()
  const [filters, setFilters] = useState<Filters>(NO_GUIDE_FILTERS)
  const [sorting, setSorting] = useState<SortingState>([])
  const search = useDebouncedValue(filters.search, SEARCH_DEBOUNCE_MS)
  const query = useMemo(() => buildGuideQuery({ ...filters, search }, sorting), [filters, search, sorting])
  const list = useGuideList(query)
  const facets = useGuideFacets()
  const rows = list.data?.rows ?? NO_ROWS
  const [rowSelection, setRowSelection] = useGuideSelection()
  const table = useGuideTable(rows, sorting, setSorting, rowSelection, setRowSelection)
  const selectedIds = useMemo(() => Object.keys(rowSelection), [rowSelection])

  const [bulkKind, setBulkKind] = useState<BulkKind | null>(null)
  const [pasteOpen, setPasteOpen] = useState(false)
  const [importOpen, setImportOpen] = useState(false)
  const exporter = useGuideExport(messageApi)
  const changeFilters = useCallback((patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch })), [])
  const applied = (n: number) => void messageApi.success(format(s.preview.applied, { n }))

  /** Pasted guides may be outside the current filter: show everyone, then select exactly them. */
  const selectPasted = (userids: string[]) => {
    setFilters(NO_GUIDE_FILTERS)
    setRowSelection(selectionOf(userids))
  }

  return (
    <Flex vertical gap={12} style={{ flex: 1, minHeight: 0 }} data-testid="page-guides">
      {messageHolder}
      <GuideAlerts facets={facets.data} onShowGuidesWithoutStore={() => setFilters({ ...NO_GUIDE_FILTERS, noStore: true })} />
      <Flex justify="space-between" align="start" gap={12} wrap>
        <GuideFilters filters={filters} facets={facets.data} onChange={changeFilters} />
        <GuideToolbar
          selected={selectedIds.length}
          exporting={exporter.isPending}
          message={messageApi}
          onBulk={setBulkKind}
          onPaste={() => setPasteOpen(true)}
          onImport={() => setImportOpen(true)}
          onExport={() => exporter.mutate(query)}
          onNotice={() => composeNoticeFor(selectedIds)}
        />
      </Flex>
      <Flex align="center" gap={16}>
        <Typography.Text data-testid="guide-count">
          {format(s.count, { total: list.data?.total ?? 0, shown: rows.length })}
        </Typography.Text>
        {hasGuideFilters(filters) && (
          <Button type="link" size="small" onClick={() => setFilters(NO_GUIDE_FILTERS)}>
            {s.clearFilters}
          </Button>
        )}
        <Typography.Text data-testid="guide-selected-count" type={selectedIds.length ? undefined : 'secondary'}>
          {format(s.selected, { n: selectedIds.length })}
        </Typography.Text>
        {selectedIds.length > 0 && (
          <Button type="link" size="small" onClick={() => setRowSelection({})}>
            {s.clearSelection}
          </Button>
        )}
      </Flex>
      {list.isError && (
        <Alert
          type="error"
          showIcon
          title={s.loadFailed}
          description={guideErrorText(list.error, s, locale)}
          action={<Button onClick={() => void list.refetch()}>{s.retry}</Button>}
        />
      )}
      <div style={{ flex: '1 1 0', minHeight: 320, position: 'relative' }}>
        <div style={{ position: 'absolute', inset: 0 }}>
          <DataGrid
            table={table}
            testId="guide-grid"
            rowTestId="guide-row"
            getRowAttributes={guideRowAttributes}
            loading={list.isPending}
            busy={list.isPlaceholderData}
            scrollResetKey={JSON.stringify(query)}
            empty={<Typography.Text type="secondary">{s.emptyList}</Typography.Text>}
          />
        </div>
      </div>
      <BulkActionModal
        kind={bulkKind}
        userids={selectedIds}
        facets={facets.data}
        onClose={() => setBulkKind(null)}
        onApplied={(n) => {
          applied(n)
          setBulkKind(null)
        }}
      />
      <PasteSelectModal open={pasteOpen} onClose={() => setPasteOpen(false)} onSelect={selectPasted} />
      <GuideImportModal
        open={importOpen}
        query={query}
        onClose={() => setImportOpen(false)}
        onApplied={(n) => {
          applied(n)
          setImportOpen(false)
        }}
      />
    </Flex>
  )
}
