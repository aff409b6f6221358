import type { HTMLAttributes } from 'react'
import { Alert, Flex, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type {
  ImportChange,
  ImportIssue,
  StoreImportPreview
} from '../../../../preload/contract/models'
import { format, useStrings } from '../../i18n/locale'
import { changeLines, importSummary, importTotals, issueReason, shortValue } from './import-wording'
import { storeStrings, type StoreStrings } from './strings'

/** Enough to fix a sheet by; thousands of table rows would only slow the dialog down. */
export const PREVIEW_ROW_LIMIT = 200

type Keyed<T> = T & { key: number }
const keyed = <T,>(items: T[]): Keyed<T>[] =>
  items.slice(0, PREVIEW_ROW_LIMIT).map((item, key) => ({ ...item, key }))

/** antd passes onRow's object to the `<tr>`; data-* attributes are the tests' handles. */
const rowAttrs = (attrs: Record<string, string | number>) => attrs as HTMLAttributes<HTMLElement>

function issueColumns(s: StoreStrings): ColumnsType<Keyed<ImportIssue>> {
  const m = s.importModal
  return [
    { title: m.row, dataIndex: 'row', width: 72 },
    { title: m.column, dataIndex: 'column', width: 140, ellipsis: true },
    { title: m.value, width: 160, ellipsis: true, render: (_, i) => shortValue(i.value, s) },
    { title: m.reason, render: (_, i) => issueReason(i, s) }
  ]
}

function changeColumns(s: StoreStrings): ColumnsType<Keyed<ImportChange>> {
  const m = s.importModal
  return [
    { title: m.row, dataIndex: 'row', width: 72 },
    { title: m.code, dataIndex: 'code', width: 120 },
    { title: m.name, dataIndex: 'name', width: 180, ellipsis: true },
    {
      title: m.change,
      render: (_, c) =>
        changeLines(c, s).map((line) => (
          <div key={line.field}>
            <Typography.Text type="secondary">
              {format(m.changeField, { label: line.label })}
            </Typography.Text>
            {line.before} → <Typography.Text strong>{line.after}</Typography.Text>
          </div>
        ))
    }
  ]
}

function Truncated({ shown, total }: { shown: number; total: number }) {
  const s = useStrings(storeStrings)
  if (total <= shown) return null
  return (
    <Typography.Text type="secondary">
      {format(s.importModal.truncated, { shown, total })}
    </Typography.Text>
  )
}

/** What an import would do: the totals, the rows refused and why, the changes it would make. */
export function ImportPreview({ preview }: { preview: StoreImportPreview }) {
  const s = useStrings(storeStrings)
  const m = s.importModal
  const totals = importTotals(preview)
  const issues = keyed(preview.issues)
  const changes = keyed(preview.changes)
  return (
    <Flex vertical gap={12}>
      <div data-testid="import-summary">
        <Alert
          type={totals.errors > 0 ? 'warning' : 'success'}
          showIcon
          title={importSummary(preview, s)}
        />
      </div>
      {issues.length > 0 && (
        <section>
          <Typography.Title level={5}>{m.issuesTitle}</Typography.Title>
          <Table
            size="small"
            pagination={false}
            scroll={{ y: 200 }}
            columns={issueColumns(s)}
            dataSource={issues}
            onRow={(issue) => rowAttrs({ 'data-testid': 'import-issue', 'data-row': issue.row })}
          />
          <Truncated shown={issues.length} total={preview.issues.length} />
        </section>
      )}
      <section>
        <Typography.Title level={5}>{m.changesTitle}</Typography.Title>
        <Table
          size="small"
          pagination={false}
          scroll={{ y: 240 }}
          columns={changeColumns(s)}
          dataSource={changes}
          locale={{ emptyText: m.noChanges }}
          onRow={(change) => rowAttrs({ 'data-testid': 'import-change', 'data-code': change.code })}
        />
        <Truncated shown={changes.length} total={preview.changes.length} />
      </section>
    </Flex>
  )
}
