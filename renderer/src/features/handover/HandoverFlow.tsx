import { useEffect, useState } from 'react'
import { App, Flex } from 'antd'
import { useStrings } from '../../i18n/locale'
import { LedgerCard } from './LedgerCard'
import { PlanCard } from './PlanCard'
import { PreflightCard } from './PreflightCard'
import { handoverStrings } from './strings'
import { usePlanFlow, type HandoverSubject } from './use-plan-flow'

interface Props {
  subject: HandoverSubject
  /** 在职继承 only: sent to each customer (≤200 characters); empty = WeCom's default. */
  message: string
}

/** One subject's handover, top to bottom in the order the operator works. */
export function HandoverFlow({ subject, message }: Props) {
  const s = useStrings(handoverStrings)
  const { message: toast } = App.useApp()
  const flow = usePlanFlow()
  // Empty = the guide's own stores (main's default); the picker fills in what main used.
  const [storeIds, setStoreIds] = useState<string[]>([])
  const request = (stores: string[]) => ({
    handoverUserid: subject.userid,
    storeIds: stores.length > 0 ? stores : undefined,
    transferMessage: subject.kind === 'in_service' && message ? message : undefined
  })
  const generate = (stores: string[] = storeIds) =>
    flow.plan.mutate(
      { ...request(stores), kind: subject.kind },
      {
        onSuccess: (view) => {
          if (stores.length === 0) setStoreIds([...view.plan.handover.storeIds])
        }
      }
    )
  const { mutate: planNow } = flow.plan
  useEffect(() => {
    // First plan with the guide's own stores, so the grid is there as soon as a guide is picked.
    planNow(
      { handoverUserid: subject.userid, kind: subject.kind },
      { onSuccess: (view) => setStoreIds([...view.plan.handover.storeIds]) }
    )
  }, [planNow, subject.userid, subject.kind])

  return (
    <Flex vertical gap={16}>
      <PlanCard
        subject={subject}
        flow={flow}
        storeIds={storeIds}
        onStoreIds={setStoreIds}
        onGenerate={() => generate()}
        messageStale={
          subject.kind === 'in_service' && (flow.view?.plan.transferMessage ?? '') !== message
        }
      />
      <PreflightCard flow={flow} />
      <LedgerCard
        subject={subject}
        onReplan={() =>
          flow.replan.mutate(request(storeIds), {
            onSuccess: () => void toast.success(s.replanned)
          })
        }
        replanning={flow.replan.isPending}
      />
    </Flex>
  )
}
