import { useMutation } from '@tanstack/react-query'
import type { MessageInstance } from 'antd/es/message/interface'
import type { StoreQuery } from '../../../../preload/contract/models'
import { downloadBase64File } from '../../components/download-file'
import { format, useLocale, useStrings } from '../../i18n/locale'
import { call } from '../../lib/api'
import { errorText } from './error-text'
import { storeStrings } from './strings'

/** Exports exactly what the grid shows (same filters, same order) and saves the .xlsx. */
export function useStoreExport(message: MessageInstance) {
  const s = useStrings(storeStrings)
  const { locale } = useLocale()
  return useMutation({
    mutationFn: (query: StoreQuery) => call('store:export', query),
    onSuccess: (file) => {
      downloadBase64File(file)
      void message.success(format(s.exported, { fileName: file.fileName }))
    },
    onError: (err) => void message.error(errorText(err, s, locale))
  })
}
