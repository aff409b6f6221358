import { useState } from 'react'
import { Empty, Flex } from 'antd'
import { useStrings } from '../../i18n/locale'
import { HandoverFlow } from './HandoverFlow'
import { SubjectPanel } from './SubjectPanel'
import { handoverStrings } from './strings'
import type { HandoverSubject } from './use-plan-flow'

/** 客户交接: pick whose customers move (left), then plan → pre-flight → execute → ledger (right). */
export function HandoverPage() {
  const s = useStrings(handoverStrings)
  const [inService, setInService] = useState(false)
  const [subject, setSubject] = useState<HandoverSubject | null>(null)
  const [message, setMessage] = useState('')
  return (
    <Flex gap={16} align="stretch" style={{ minHeight: '100%' }}>
      <SubjectPanel
        inService={inService}
        onInService={setInService}
        subject={subject}
        onSubject={setSubject}
        message={message}
        onMessage={setMessage}
      />
      <div style={{ flex: 1, minWidth: 0 }}>
        {subject ? (
          // A new subject starts a new flow: no plan or verdict of the last one carries over.
          <HandoverFlow
            key={`${subject.kind}:${subject.userid}`}
            subject={subject}
            message={message}
          />
        ) : (
          <Empty style={{ marginTop: 80 }} description={s.chooseGuide} />
        )}
      </div>
    </Flex>
  )
}
