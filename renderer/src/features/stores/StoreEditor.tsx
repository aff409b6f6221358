import {
  Alert,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Typography
} from 'antd'
import type { Rule } from 'antd/es/form'
import { useMemo } from 'react'
import { STORE_TYPES, type StorePatch, type StoreRow } from '../../../../preload/contract/models'
import { useLocale, useStrings } from '../../i18n/locale'
import { errorText } from './error-text'
import {
  buildStorePatch,
  MAX_ADDRESS,
  toFormValues,
  validateStoreForm,
  type StoreFormField,
  type StoreFormValues
} from './store-form'
import { formatDateTime } from './store-format'
import { storeStrings } from './strings'

const FLEX_1 = { flex: 1 }

interface Props {
  store: StoreRow
  /** The `<form>` id the drawer's Save button submits. */
  formId: string
  /** The last failed save, shown above the form. */
  error: unknown
  onSubmit: (patch: StorePatch) => void
}

/** Read-only WeCom facts, then the attributes HQ maintains, validated like main validates them. */
export function StoreEditor({ store, formId, error, onSubmit }: Props) {
  const s = useStrings(storeStrings)
  const d = s.drawer
  const { locale } = useLocale()
  const [form] = Form.useForm<StoreFormValues>()
  const initialValues = useMemo(() => toFormValues(store), [store])
  const typeOptions = useMemo(() => STORE_TYPES.map((t) => ({ value: t, label: s.types[t] })), [s])

  /** Each field asks the one form validator, which also sees the other fields (lng ↔ lat). */
  const rule = (field: StoreFormField): Rule => ({
    validator: () => {
      const problem = validateStoreForm(form.getFieldsValue(true))[field]
      return problem ? Promise.reject(new Error(s.validation[problem])) : Promise.resolve()
    }
  })

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Descriptions
        size="small"
        column={1}
        bordered
        title={d.wecomSection}
        items={[
          { key: 'code', label: d.code, children: store.code },
          { key: 'name', label: d.name, children: store.name },
          { key: 'region', label: d.region, children: store.regionName },
          { key: 'city', label: d.city, children: store.city },
          { key: 'guides', label: d.guideCount, children: store.guideCount },
          { key: 'updated', label: d.updatedAt, children: formatDateTime(store.updatedAt, locale) }
        ]}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {d.localSection}
      </Typography.Title>
      {error !== null && error !== undefined && (
        <Alert
          type="error"
          showIcon
          title={d.saveFailed}
          description={errorText(error, s, locale)}
        />
      )}
      <Form
        id={formId}
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => onSubmit(buildStorePatch(store, values))}
      >
        <Form.Item name="address" label={d.address} rules={[rule('address')]}>
          <Input.TextArea
            data-testid="store-form-address"
            autoSize={{ minRows: 1, maxRows: 3 }}
            showCount
            maxLength={MAX_ADDRESS}
          />
        </Form.Item>
        <Form.Item name="type" label={d.type} required rules={[rule('type')]}>
          <Select data-testid="store-form-type" options={typeOptions} />
        </Form.Item>
        <Form.Item
          name="openingHours"
          label={d.hours}
          required
          extra={d.hoursHelp}
          rules={[rule('openingHours')]}
        >
          <Input data-testid="store-form-hours" placeholder={d.hoursPlaceholder} />
        </Form.Item>
        {/* No min/max/precision on the number inputs: they would silently clamp or round what
            the user typed; the validator says what is wrong instead. */}
        <Form.Item name="visitMinutes" label={d.minutes} required rules={[rule('visitMinutes')]}>
          <InputNumber data-testid="store-form-minutes" step={5} style={{ width: '100%' }} />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item
            name="lng"
            label={d.lng}
            dependencies={['lat']}
            rules={[rule('lng')]}
            style={FLEX_1}
          >
            <InputNumber data-testid="store-form-lng" step={0.0001} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="lat"
            label={d.lat}
            dependencies={['lng']}
            rules={[rule('lat')]}
            style={FLEX_1}
          >
            <InputNumber data-testid="store-form-lat" step={0.0001} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Typography.Text type="secondary">{d.coordinatesHelp}</Typography.Text>
      </Form>
    </Space>
  )
}
