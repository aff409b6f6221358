import type { ErrorCode } from '../../../../preload/contract/ipc'
import type { PreflightProblem, UnplacedReason } from '../../../../preload/contract/handover-models'
import type { StringTable } from '../../i18n/locale'
import type { LedgerStatusKey } from './ledger-rows'

export interface HandoverStrings {
  departedTitle: string
  departedHint: string
  departedEmpty: string
  refresh: string
  /** {customers}, {groups} */
  holdings: string
  /** {at} */
  departedAt: string
  departedUnknown: string
  inService: string
  inServiceHint: string
  pickGuide: string
  transferMessage: string
  transferMessageHint: string
  planTitle: string
  /** {name} */
  planFor: string
  chooseGuide: string
  stores: string
  storesHint: string
  storeUnknown: string
  messageChanged: string
  generate: string
  replanned: string
  exportPlan: string
  importPlan: string
  /** {fileName} */
  exported: string
  /** {n} */
  imported: string
  /** {n} */
  importIssues: string
  /** {row}, {column}, {message} */
  issueLine: string
  /** {customers}, {groups}, {unplaced} */
  planSummary: string
  columns: {
    target: string
    name: string
    owner: string
    takeover: string
    takeoverCount: string
    reason: string
  }
  customer: string
  group: string
  hold: string
  reasons: Record<UnplacedReason, string>
  totalsTitle: string
  /** {n}, {before}, {after} */
  totalLine: string
  preflightTitle: string
  runPreflight: string
  /** {passed}, {failed}, {held} */
  preflightSummary: string
  preflightAllPass: string
  preflightStale: string
  problems: Record<PreflightProblem, string>
  execute: string
  executeConfirm: string
  /** {customers}, {groups}, {batches} */
  executed: string
  ledgerTitle: string
  ledgerEmpty: string
  reconcile: string
  /** {pairs}, {updated}, {open} */
  reconciled: string
  /** {n} */
  replan: string
  ledgerColumns: {
    customer: string
    takeover: string
    requestedAt: string
    status: string
    detail: string
  }
  statuses: Record<LedgerStatusKey, string>
  /** {time} */
  countdown: string
  dueNow: string
  /** {code} */
  errcode: string
  errcodeReasons: Record<string, string>
  errors: Partial<Record<ErrorCode, string>>
  internalError: string
}

export const handoverStrings: StringTable<HandoverStrings> = {
  'zh-CN': {
    departedTitle: '离职导购',
    departedHint: '仍有客户或客户群未交接的离职成员',
    departedEmpty: '没有待交接的离职导购',
    refresh: '刷新',
    holdings: '{customers} 位客户 · {groups} 个群',
    departedAt: '离职于 {at}',
    departedUnknown: '离职时间未知',
    inService: '在职继承',
    inServiceHint: '轮岗、换店：把在职导购的客户交给同事',
    pickGuide: '搜索在职导购（姓名或账号）',
    transferMessage: '转接提示语',
    transferMessageHint: '企业微信发给每位客户，最多 200 字；留空使用默认提示语',
    planTitle: '交接计划',
    planFor: '{name} 的客户',
    chooseGuide: '请先在左侧选择要交接的导购',
    stores: '交接门店',
    storesHint: '默认为该导购所在门店；离职早于首次同步的导购门店未知，请选择',
    storeUnknown: '该导购的门店未知，请选择交接门店后重新生成计划',
    messageChanged: '转接提示语已修改，重新生成计划后生效',
    generate: '生成计划',
    replanned: '已为被拒绝或达到上限的客户重新生成计划',
    exportPlan: '导出计划',
    importPlan: '导入计划',
    exported: '已导出 {fileName}',
    imported: '已导入，{n} 行有变化',
    importIssues: '{n} 行未能导入',
    issueLine: '第 {row} 行 · {column}：{message}',
    planSummary: '{customers} 位客户 · {groups} 个群 · {unplaced} 行未分配',
    columns: {
      target: '类型',
      name: '客户 / 群',
      owner: '当前负责人',
      takeover: '接替人',
      takeoverCount: '接替人现有客户',
      reason: '未分配原因'
    },
    customer: '客户',
    group: '客户群',
    hold: '暂不交接',
    reasons: {
      'no-store': '门店未知',
      'no-candidate': '没有符合条件的同事',
      'capacity-full': '同事客户数已达上限',
      manual: '暂不交接'
    },
    totalsTitle: '按接替人汇总',
    totalLine: '接 {n} 位 · 现有 {before} → {after}',
    preflightTitle: '预检',
    runPreflight: '运行预检',
    preflightSummary: '通过 {passed} · 预计失败 {failed} · 暂不交接 {held}',
    preflightAllPass: '全部通过预检',
    preflightStale: '计划已修改，请重新预检',
    problems: {
      held: '暂不交接',
      unplaced: '未分配接替人',
      'unknown-takeover': '接替人不在候选名单中',
      'same-user': '接替人与原负责人相同',
      'takeover-ineligible': '接替人不符合条件',
      'handover-not-departed': '原负责人尚未离职',
      'handover-departed': '原负责人已离职',
      'in-transfer': '客户正在转接中',
      'budget-spent': '90 天内转接次数已用完',
      'over-capacity': '接替人客户数将超过上限'
    },
    execute: '执行交接',
    executeConfirm: '通过预检的客户和群将发送给企业微信，确定执行？',
    executed: '已提交交接：{customers} 位客户、{groups} 个群，共 {batches} 次调用',
    ledgerTitle: '交接记录',
    ledgerEmpty: '暂无交接记录',
    reconcile: '立即对账',
    reconciled: '已对账 {pairs} 组，更新 {updated} 行，仍有 {open} 行等待接替',
    replan: '重新分配（{n}）',
    ledgerColumns: {
      customer: '客户 / 群',
      takeover: '接替人',
      requestedAt: '发起时间',
      status: '状态',
      detail: '说明'
    },
    statuses: {
      queued: '排队中',
      sending: '发送中',
      waiting: '等待接替',
      done: '接替完毕',
      refused: '客户拒绝',
      capped: '接替成员客户达到上限',
      none: '无接替记录',
      rejected: '企业微信拒绝',
      groupDone: '群已转交',
      groupFailed: '群转交失败'
    },
    countdown: '{time} 后自动接替',
    dueNow: '即将自动接替',
    errcode: '错误码 {code}',
    errcodeReasons: {
      '40096': '客户 ID 无效，客户可能已删除好友',
      '40097': '原负责人尚未离职，请用在职继承',
      '40098': '接替成员尚未实名认证',
      '40099': '接替成员客户数已达上限',
      '40100': '客户已在转接流程中',
      '40128': '同一客户 90 天内最多转接 2 次',
      '40129': '客户正在转接中',
      '40130': '原负责人与接替成员是同一人',
      '40131': '原负责人不是该客户的跟进人',
      '41054': '接替成员尚未激活企业微信',
      '90500': '群主未离职',
      '90501': '不是客户群'
    },
    errors: {
      'not-found': '数据不存在',
      'preview-expired': '计划已失效，请重新生成',
      'bad-file': '文件无法读取',
      'invalid-input': '输入有误',
      'wecom-unavailable': '企业微信暂时无法连接',
      'wecom-rate-limited': '企业微信调用过于频繁，请稍后再试',
      'wecom-config': '企业微信配置有误'
    },
    internalError: '出错了，请重试'
  },
  'en-US': {
    departedTitle: 'Departed guides',
    departedHint: 'Members who left but still own customers or groups',
    departedEmpty: 'No departed guide to hand over',
    refresh: 'Refresh',
    holdings: '{customers} customers · {groups} groups',
    departedAt: 'Left {at}',
    departedUnknown: 'Departure time unknown',
    inService: 'In-service transfer',
    inServiceHint: 'Rotation or store change: hand an active guide’s customers to colleagues',
    pickGuide: 'Search active guides (name or userid)',
    transferMessage: 'Transfer message',
    transferMessageHint:
      'WeCom sends it to every customer, up to 200 characters; empty = the default',
    planTitle: 'Handover plan',
    planFor: 'Customers of {name}',
    chooseGuide: 'Choose a guide on the left first',
    stores: 'Stores',
    storesHint:
      'Defaults to the guide’s stores; for guides who left before the first sync, choose them',
    storeUnknown: 'This guide’s store is unknown: choose stores and generate the plan again',
    messageChanged: 'The transfer message changed: generate the plan again to use it',
    generate: 'Generate plan',
    replanned: 'A new plan for the refused or capped customers',
    exportPlan: 'Export plan',
    importPlan: 'Import plan',
    exported: 'Exported {fileName}',
    imported: 'Imported, {n} rows changed',
    importIssues: '{n} rows not imported',
    issueLine: 'Row {row} · {column}: {message}',
    planSummary: '{customers} customers · {groups} groups · {unplaced} unassigned',
    columns: {
      target: 'Type',
      name: 'Customer / group',
      owner: 'Current owner',
      takeover: 'Takeover',
      takeoverCount: 'Takeover’s customers',
      reason: 'Why unassigned'
    },
    customer: 'Customer',
    group: 'Group',
    hold: 'Hold back',
    reasons: {
      'no-store': 'Store unknown',
      'no-candidate': 'No eligible colleague',
      'capacity-full': 'Colleagues at their cap',
      manual: 'Held back'
    },
    totalsTitle: 'By takeover',
    totalLine: 'takes {n} · has {before} → {after}',
    preflightTitle: 'Pre-flight',
    runPreflight: 'Run pre-flight',
    preflightSummary: 'Pass {passed} · predicted failures {failed} · held {held}',
    preflightAllPass: 'Everything passes',
    preflightStale: 'The plan changed: run the pre-flight again',
    problems: {
      held: 'Held back',
      unplaced: 'No takeover',
      'unknown-takeover': 'Takeover is not a candidate',
      'same-user': 'Takeover is the current owner',
      'takeover-ineligible': 'Takeover is not eligible',
      'handover-not-departed': 'The owner has not left',
      'handover-departed': 'The owner has left',
      'in-transfer': 'Customer already in transfer',
      'budget-spent': 'No transfers left in 90 days',
      'over-capacity': 'Takeover would exceed the cap'
    },
    execute: 'Execute handover',
    executeConfirm: 'Customers and groups that passed will be sent to WeCom. Go ahead?',
    executed: 'Handover sent: {customers} customers, {groups} groups in {batches} calls',
    ledgerTitle: 'Transfer ledger',
    ledgerEmpty: 'No transfers yet',
    reconcile: 'Reconcile now',
    reconciled: 'Reconciled {pairs} pairs, {updated} rows updated, {open} still waiting',
    replan: 'Re-plan ({n})',
    ledgerColumns: {
      customer: 'Customer / group',
      takeover: 'Takeover',
      requestedAt: 'Requested',
      status: 'Status',
      detail: 'Detail'
    },
    statuses: {
      queued: 'Queued',
      sending: 'Sending',
      waiting: 'Waiting for takeover',
      done: 'Taken over',
      refused: 'Customer refused',
      capped: 'Takeover at customer cap',
      none: 'No transfer record',
      rejected: 'Rejected by WeCom',
      groupDone: 'Group handed over',
      groupFailed: 'Group transfer failed'
    },
    countdown: 'automatic takeover in {time}',
    dueNow: 'automatic takeover due',
    errcode: 'errcode {code}',
    errcodeReasons: {
      '40096': 'Invalid customer id: the customer may have removed the guide',
      '40097': 'The owner has not left: use an in-service transfer',
      '40098': 'Takeover is not real-name verified',
      '40099': 'Takeover has reached the customer cap',
      '40100': 'Customer already in a transfer',
      '40128': 'At most 2 transfers per customer in 90 days',
      '40129': 'Customer is being transferred',
      '40130': 'Owner and takeover are the same member',
      '40131': 'The owner does not follow this customer',
      '41054': 'Takeover has not activated WeCom',
      '90500': 'The group owner has not left',
      '90501': 'Not a customer group'
    },
    errors: {
      'not-found': 'Not found',
      'preview-expired': 'The plan expired: generate it again',
      'bad-file': 'The file cannot be read',
      'invalid-input': 'Invalid input',
      'wecom-unavailable': 'WeCom is unreachable',
      'wecom-rate-limited': 'Too many WeCom calls, try again shortly',
      'wecom-config': 'WeCom settings are wrong'
    },
    internalError: 'Something went wrong, try again'
  }
}
