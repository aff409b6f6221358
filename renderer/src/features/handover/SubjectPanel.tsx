import { Card, Flex, Switch, Typography } from 'antd'
import { useStrings } from '../../i18n/locale'
import { DepartedList } from './DepartedList'
import { InServicePicker } from './InServicePicker'
import { handoverStrings } from './strings'
import type { HandoverSubject } from './use-plan-flow'

interface Props {
  /** 在职继承 mode; switching it drops the chosen subject. */
  inService: boolean
  onInService: (on: boolean) => void
  subject: HandoverSubject | null
  onSubject: (subject: HandoverSubject | null) => void
  message: string
  onMessage: (message: string) => void
}

/** The left column: whose customers are handed over, 离职继承 by default or 在职继承. */
export function SubjectPanel(props: Props) {
  const { inService, subject, onSubject, message, onMessage } = props
  const s = useStrings(handoverStrings)
  const setMode = (on: boolean) => {
    props.onInService(on)
    onSubject(null)
  }
  return (
    <Card
      size="small"
      style={{ width: 320, flexShrink: 0, display: 'flex', flexDirection: 'column' }}
      styles={{
        body: { display: 'flex', flexDirection: 'column', gap: 12, minHeight: 0, flex: 1 }
      }}
      title={inService ? s.inService : s.departedTitle}
    >
      <Flex align="center" gap={8}>
        <Switch
          data-testid="in-service-switch"
          checked={inService}
          onChange={setMode}
          size="small"
        />
        <Typography.Text>{s.inService}</Typography.Text>
      </Flex>
      {inService ? (
        <InServicePicker
          selected={subject?.userid ?? null}
          onSelect={(g) => onSubject({ ...g, kind: 'in_service' })}
          message={message}
          onMessage={onMessage}
        />
      ) : (
        <DepartedList
          selected={subject?.userid ?? null}
          onSelect={(g) => onSubject({ userid: g.userid, name: g.name, kind: 'resigned' })}
        />
      )}
    </Card>
  )
}
