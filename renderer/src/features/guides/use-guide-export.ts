import { useMutation } from '@tanstack/react-query'
import type { MessageInstance } from 'antd/es/message/interface'
import type { GuideQuery } from '../../../../preload/contract/models'
import { downloadBase64File } from '../../components/download-file'
import { format, useLocale, useStrings } from '../../i18n/locale'
import { call } from '../../lib/api'
import { guideErrorText } from './error-text'
import { guideStrings } from './strings'

/** Exports exactly what the grid shows (same filters, same order) and saves the .xlsx. */
export function useGuideExport(message: MessageInstance) {
  const s = useStrings(guideStrings)
  const { locale } = useLocale()
  return useMutation({
    mutationFn: (query: GuideQuery) => call('guide:export', query),
    onSuccess: (file) => {
      downloadBase64File(file)
      void message.success(format(s.exported, { fileName: file.fileName }))
    },
    onError: (err) => void message.error(guideErrorText(err, s, locale))
  })
}
