import type { ErrorCode } from '../../../../preload/contract/ipc'
import type { SyncEntity, SyncEntityState, SyncOutcome } from '../../../../preload/contract/models'
import type { StringTable } from '../../i18n/locale'

/** How long something takes or is left, in the largest two units that matter. */
export interface DurationWords {
  /** {h} {m} */
  hours: string
  /** {m} {s} */
  minutes: string
  /** {s} */
  seconds: string
  lessThanSecond: string
}

export interface SyncStrings {
  title: string
  sourceLabel: string
  sourceDemo: string
  sourceDemoHint: string
  sourceWecom: string
  /** {corpId} */
  sourceWecomHint: string
  openSettings: string
  runNow: string
  cancel: string
  runFailed: string
  cancelFailed: string
  cancelRequested: string
  /** {at} */
  nextRun: string
  /** {entity} */
  running: string
  runningStarting: string
  /** {done} {total} */
  doneOfTotal: string
  /** {done} */
  doneSoFar: string
  /** {rows} */
  rowsWritten: string
  /** {duration} */
  eta: string
  etaUnknown: string
  entitiesTitle: string
  columns: {
    entity: string
    state: string
    progress: string
    rows: string
    startedAt: string
    finishedAt: string
    error: string
  }
  entities: Record<SyncEntity, string>
  states: Record<SyncEntityState, string>
  quotaTitle: string
  quotaHint: string
  quotaEmpty: string
  quotaColumns: {
    path: string
    minute: string
    hour: string
    concurrency: string
    status: string
  }
  /** {used} {limit} */
  quotaUse: string
  /** {left}, as m:ss or h:mm:ss */
  cooldown: string
  cooldownHint: string
  quotaOk: string
  lastRunTitle: string
  lastRunNone: string
  lastRunFailed: string
  outcomes: Record<SyncOutcome, string>
  lastRunOutcome: string
  lastRunStartedAt: string
  lastRunDuration: string
  lastRunRows: string
  /** {entity} {rows} */
  rowsOfEntity: string
  /** {list} */
  rowsBreakdown: string
  duration: DurationWords
  errors: Record<ErrorCode, string>
  /** An error whose code the app does not know: {code} */
  unknownError: string
  loadFailed: string
  retry: string
  none: string
}

export const syncStrings: StringTable<SyncStrings> = {
  'zh-CN': {
    title: '同步',
    sourceLabel: '数据来源',
    sourceDemo: '演示企业',
    sourceDemoHint:
      '尚未连接企业微信：数据来自本机生成的演示企业，由内置的企业微信模拟器提供，同步流程与真实企业相同。',
    sourceWecom: '企业微信',
    sourceWecomHint: '企业ID {corpId}：从企业微信拉取通讯录、客户联系和客户群数据到本机。',
    openSettings: '连接设置',
    runNow: '立即同步',
    cancel: '取消',
    runFailed: '无法开始同步',
    cancelFailed: '取消失败',
    cancelRequested: '已请求取消，当前请求完成后停止',
    nextRun: '下次自动同步：{at}',
    running: '正在同步：{entity}',
    runningStarting: '正在开始同步…',
    doneOfTotal: '{done} / {total}',
    doneSoFar: '已完成 {done}',
    rowsWritten: '已写入 {rows} 行',
    eta: '预计还需 {duration}',
    etaUnknown: '正在估算剩余时间…',
    entitiesTitle: '同步项目',
    columns: {
      entity: '项目',
      state: '状态',
      progress: '进度',
      rows: '写入行数',
      startedAt: '开始时间',
      finishedAt: '结束时间',
      error: '问题与处理'
    },
    entities: {
      departments: '部门',
      members: '成员',
      followUsers: '客户联系成员',
      tags: '企业标签',
      customers: '客户及跟进关系',
      groups: '客户群'
    },
    states: {
      idle: '未开始',
      running: '同步中',
      done: '已完成',
      failed: '失败',
      cancelled: '已取消'
    },
    quotaTitle: '接口调用额度',
    quotaHint:
      '企业微信对每个接口按分钟和小时限制调用次数；同步会控制在额度以内。超限（45009）后该接口会被暂停，冷却结束后自动继续。',
    quotaEmpty: '暂无接口调用记录',
    quotaColumns: {
      path: '接口',
      minute: '本分钟',
      hour: '本小时',
      concurrency: '并发',
      status: '状态'
    },
    quotaUse: '{used} / {limit}',
    cooldown: '冷却中，剩余 {left}',
    cooldownHint: '企业微信暂停了此接口（45009），冷却结束后同步自动继续',
    quotaOk: '正常',
    lastRunTitle: '上次同步',
    lastRunNone: '尚未同步过',
    lastRunFailed: '上次同步失败',
    outcomes: { ok: '成功', failed: '失败', cancelled: '已取消' },
    lastRunOutcome: '结果',
    lastRunStartedAt: '开始时间',
    lastRunDuration: '用时',
    lastRunRows: '写入行数',
    rowsOfEntity: '{entity} {rows}',
    rowsBreakdown: '（{list}）',
    duration: {
      hours: '{h} 小时 {m} 分',
      minutes: '{m} 分 {s} 秒',
      seconds: '{s} 秒',
      lessThanSecond: '不到 1 秒'
    },
    errors: {
      'invalid-input': '请求参数有误',
      forbidden: '没有权限执行此操作',
      'not-found': '数据不存在',
      'bad-file': '文件无法读取',
      'preview-expired': '预览已过期',
      internal: '程序内部出错，请稍后重试',
      'wecom-config': '企业微信配置有误，请到“设置”检查企业ID、Secret 和企业可信IP',
      'wecom-rate-limited': '企业微信接口调用已达上限，冷却结束后会自动继续',
      'wecom-unavailable': '暂时连不上企业微信，请检查网络后重试',
      'wecom-unknown-outcome': '企业微信未确认结果，下次同步会重新核对',
      'wecom-rejected': '企业微信拒绝了请求'
    },
    unknownError: '同步出错（{code}）',
    loadFailed: '同步状态加载失败',
    retry: '重试',
    none: '—'
  },
  'en-US': {
    title: 'Sync',
    sourceLabel: 'Data source',
    sourceDemo: 'Demo enterprise',
    sourceDemoHint:
      'WeCom is not connected: the data comes from a demo enterprise generated on this computer and served by the built-in WeCom simulator; sync works exactly as with a real corp.',
    sourceWecom: 'WeCom',
    sourceWecomHint:
      'Corp ID {corpId}: the directory, customer contacts and customer groups are pulled from WeCom to this computer.',
    openSettings: 'Connection settings',
    runNow: 'Sync now',
    cancel: 'Cancel',
    runFailed: 'Could not start the sync',
    cancelFailed: 'Could not cancel',
    cancelRequested: 'Cancelling; the sync stops after the current request',
    nextRun: 'Next automatic sync: {at}',
    running: 'Syncing: {entity}',
    runningStarting: 'Starting the sync…',
    doneOfTotal: '{done} / {total}',
    doneSoFar: '{done} done',
    rowsWritten: '{rows} rows written',
    eta: 'About {duration} left',
    etaUnknown: 'Estimating the time left…',
    entitiesTitle: 'What is synced',
    columns: {
      entity: 'Item',
      state: 'State',
      progress: 'Progress',
      rows: 'Rows written',
      startedAt: 'Started',
      finishedAt: 'Finished',
      error: 'Problem and fix'
    },
    entities: {
      departments: 'Departments',
      members: 'Members',
      followUsers: 'Customer-contact members',
      tags: 'Corp tags',
      customers: 'Customers and follow-ups',
      groups: 'Customer groups'
    },
    states: {
      idle: 'Not started',
      running: 'Syncing',
      done: 'Done',
      failed: 'Failed',
      cancelled: 'Cancelled'
    },
    quotaTitle: 'API quotas',
    quotaHint:
      'WeCom limits each API per minute and per hour; sync stays below the limits. An API that exceeds them (45009) is paused and sync resumes when the cooldown ends.',
    quotaEmpty: 'No API calls yet',
    quotaColumns: {
      path: 'API',
      minute: 'This minute',
      hour: 'This hour',
      concurrency: 'Concurrency',
      status: 'Status'
    },
    quotaUse: '{used} / {limit}',
    cooldown: 'Cooling down, {left} left',
    cooldownHint: 'WeCom paused this API (45009); sync resumes by itself when the cooldown ends',
    quotaOk: 'OK',
    lastRunTitle: 'Last sync',
    lastRunNone: 'Never synced',
    lastRunFailed: 'The last sync failed',
    outcomes: { ok: 'Succeeded', failed: 'Failed', cancelled: 'Cancelled' },
    lastRunOutcome: 'Outcome',
    lastRunStartedAt: 'Started',
    lastRunDuration: 'Duration',
    lastRunRows: 'Rows written',
    rowsOfEntity: '{entity} {rows}',
    rowsBreakdown: ' ({list})',
    duration: {
      hours: '{h} h {m} min',
      minutes: '{m} min {s} s',
      seconds: '{s} s',
      lessThanSecond: 'under 1 s'
    },
    errors: {
      'invalid-input': 'Invalid request',
      forbidden: 'You are not allowed to do this',
      'not-found': 'Not found',
      'bad-file': 'The file could not be read',
      'preview-expired': 'The preview has expired',
      internal: 'Something went wrong inside the app; try again later',
      'wecom-config':
        'WeCom is not configured correctly; check the corp ID, secrets and trusted IPs in Settings',
      'wecom-rate-limited': 'WeCom call quota reached; sync resumes when the cooldown ends',
      'wecom-unavailable': 'WeCom cannot be reached; check the network and try again',
      'wecom-unknown-outcome': 'WeCom did not confirm the result; the next sync checks again',
      'wecom-rejected': 'WeCom refused the request'
    },
    unknownError: 'Sync error ({code})',
    loadFailed: 'Could not load the sync status',
    retry: 'Retry',
    none: '—'
  }
}
