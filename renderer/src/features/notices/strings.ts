import type { StringTable } from '../../i18n/locale'
import type { NoticeDeliveryState, NoticeExclusionReason } from '../../../../preload/contract/notice-models'

export interface NoticeStrings {
  title: string
  hint: string
  composeTitle: string
  msgtype: { text: string; markdown: string }
  contentLabel: string
  contentPlaceholder: string
  markdownHelp: string
  previewTitle: string
  isTask: string
  dueDate: string
  audienceTitle: string
  audienceModes: { selection: string; saved: string; filter: string }
  /** {n} */
  selectionCount: string
  selectionEmpty: string
  savedPlaceholder: string
  savedEmpty: string
  deleteSaved: string
  /** {name} */
  deletedSaved: string
  filterRegion: string
  filterStore: string
  filterTag: string
  filterHint: string
  saveAudienceName: string
  saveAudience: string
  /** {name} */
  savedAudience: string
  /** {label} ({n}) */
  optionWithCount: string
  preview: string
  previewStale: string
  /** {n} recipients, {calls} message/send calls */
  previewCount: string
  /** {n} */
  excludedCount: string
  sampleTitle: string
  excludedColumns: { userid: string; name: string; reason: string }
  reasons: Record<NoticeExclusionReason, string>
  /** {n} */
  send: string
  /** {n} */
  sent: string
  historyTitle: string
  historyEmpty: string
  historyColumns: { createdAt: string; content: string; audience: string; recipients: string; delivery: string }
  states: Record<NoticeDeliveryState, string>
  /** {sent} {total} */
  chunksProgress: string
  /** {n} */
  audienceUserids: string
  audienceAll: string
  /** {n} */
  audienceRegions: string
  /** {n} */
  audienceStores: string
  /** {n} */
  audienceTags: string
  invalidTitle: string
  unlicensedTitle: string
  errorsTitle: string
  noProblems: string
  taskTag: string
  /** {date} */
  dueLine: string
  loadFailed: string
  actionFailed: string
  /** The guides toolbar's button. */
  sendFromGuides: string
  sendFromGuidesHint: string
}

export const noticeStrings: StringTable<NoticeStrings> = {
  'zh-CN': {
    title: '通知',
    hint: '给导购发送文本或 Markdown 通知、任务，经企业微信应用消息送达；每次最多 1000 人，超过会自动分批。只发给在职且已开通客户联系的成员。',
    composeTitle: '撰写通知',
    msgtype: { text: '文本', markdown: 'Markdown' },
    contentLabel: '内容',
    contentPlaceholder: '例如：本周六前完成新品陈列，并在群内拍照反馈。',
    markdownHelp: '支持企业微信 Markdown：# 标题、**加粗**、[链接](https://…)、`代码`、> 引用、<font color="warning">颜色</font>',
    previewTitle: '预览',
    isTask: '作为任务发送（带截止日期）',
    dueDate: '截止日期',
    audienceTitle: '接收人',
    audienceModes: { selection: '导购列表中选中的', saved: '常用受众', filter: '按大区 / 门店 / 标签' },
    selectionCount: '已选 {n} 名导购',
    selectionEmpty: '尚未从导购列表带来选择：请在「导购」中勾选后点「发送通知」。',
    savedPlaceholder: '选择常用受众',
    savedEmpty: '还没有常用受众：按大区 / 门店 / 标签筛选后可保存。',
    deleteSaved: '删除',
    deletedSaved: '已删除「{name}」',
    filterRegion: '大区',
    filterStore: '门店',
    filterTag: '标签',
    filterHint: '不选任何条件即发给全部导购。',
    saveAudienceName: '保存为常用受众，例如：华东大区全部导购',
    saveAudience: '保存',
    savedAudience: '已保存「{name}」',
    optionWithCount: '{label}（{n}）',
    preview: '预览接收人',
    previewStale: '内容或接收人已改动，请重新预览。',
    previewCount: '将发送给 {n} 人，分 {calls} 次调用',
    excludedCount: '{n} 人不会收到',
    sampleTitle: '接收人（前 20 名）',
    excludedColumns: { userid: '账号', name: '姓名', reason: '原因' },
    reasons: {
      unknown: '本地缓存中没有此成员',
      removed: '已从企业微信通讯录移除',
      'not-follow-user': '未开通客户联系',
      disabled: '已停用',
      inactive: '未激活',
      left: '已离职'
    },
    send: '确认发送给 {n} 人',
    sent: '已提交发送，共 {n} 人；结果见下方发送记录。',
    historyTitle: '发送记录',
    historyEmpty: '还没有发过通知。',
    historyColumns: { createdAt: '时间', content: '内容', audience: '接收人', recipients: '人数', delivery: '送达' },
    states: { pending: '发送中', sent: '已送达', partial: '部分失败', failed: '失败' },
    chunksProgress: '{sent}/{total} 批',
    audienceUserids: '选中的 {n} 人',
    audienceAll: '全部导购',
    audienceRegions: '{n} 个大区',
    audienceStores: '{n} 家门店',
    audienceTags: '{n} 个标签',
    invalidTitle: '企业微信报告无法送达的成员（invaliduser）',
    unlicensedTitle: '未获许可的成员（unlicenseduser）',
    errorsTitle: '失败原因',
    noProblems: '全部送达，企业微信未报告无效成员。',
    taskTag: '任务',
    dueLine: '截止 {date}',
    loadFailed: '读取通知失败',
    actionFailed: '操作失败',
    sendFromGuides: '发送通知',
    sendFromGuidesHint: '请先勾选导购'
  },
  'en-US': {
    title: 'Notices',
    hint: 'Send text or Markdown notices and tasks to guides as WeCom app messages; at most 1000 people per call, larger audiences are split automatically. Only active members with customer contact enabled receive them.',
    composeTitle: 'Compose',
    msgtype: { text: 'Text', markdown: 'Markdown' },
    contentLabel: 'Content',
    contentPlaceholder: 'E.g. finish the new product display by Saturday and post a photo in the group.',
    markdownHelp: 'WeCom Markdown: # heading, **bold**, [link](https://…), `code`, > quote, <font color="warning">colour</font>',
    previewTitle: 'Preview',
    isTask: 'Send as a task (with a due date)',
    dueDate: 'Due date',
    audienceTitle: 'Recipients',
    audienceModes: { selection: 'Selected in the guides grid', saved: 'Saved audience', filter: 'By region / store / tag' },
    selectionCount: '{n} guides selected',
    selectionEmpty: 'No selection brought from the guides grid: tick guides under Guides and click Send notice.',
    savedPlaceholder: 'Choose a saved audience',
    savedEmpty: 'No saved audiences yet: filter by region / store / tag, then save.',
    deleteSaved: 'Delete',
    deletedSaved: 'Deleted "{name}"',
    filterRegion: 'Regions',
    filterStore: 'Stores',
    filterTag: 'Tags',
    filterHint: 'With no condition the notice goes to every guide.',
    saveAudienceName: 'Save as an audience, e.g. all guides of region East',
    saveAudience: 'Save',
    savedAudience: 'Saved "{name}"',
    optionWithCount: '{label} ({n})',
    preview: 'Preview recipients',
    previewStale: 'The content or recipients changed: preview again.',
    previewCount: 'Goes to {n} people in {calls} calls',
    excludedCount: '{n} people will not receive it',
    sampleTitle: 'Recipients (first 20)',
    excludedColumns: { userid: 'User ID', name: 'Name', reason: 'Reason' },
    reasons: {
      unknown: 'Not in the local cache',
      removed: 'Removed from the WeCom directory',
      'not-follow-user': 'Customer contact not enabled',
      disabled: 'Disabled',
      inactive: 'Not activated',
      left: 'Left the company'
    },
    send: 'Send to {n} people',
    sent: 'Submitted for {n} people; see the result in the history below.',
    historyTitle: 'History',
    historyEmpty: 'No notices sent yet.',
    historyColumns: { createdAt: 'Time', content: 'Content', audience: 'Recipients', recipients: 'People', delivery: 'Delivery' },
    states: { pending: 'Sending', sent: 'Delivered', partial: 'Partly failed', failed: 'Failed' },
    chunksProgress: '{sent}/{total} calls',
    audienceUserids: '{n} selected',
    audienceAll: 'All guides',
    audienceRegions: '{n} regions',
    audienceStores: '{n} stores',
    audienceTags: '{n} tags',
    invalidTitle: 'Members WeCom could not deliver to (invaliduser)',
    unlicensedTitle: 'Members without a licence (unlicenseduser)',
    errorsTitle: 'Why it failed',
    noProblems: 'All delivered; WeCom reported no invalid members.',
    taskTag: 'Task',
    dueLine: 'Due {date}',
    loadFailed: 'Could not load notices',
    actionFailed: 'The action failed',
    sendFromGuides: 'Send notice',
    sendFromGuidesHint: 'Select guides first'
  }
}
