import type { ErrorCode } from '../../../../preload/contract/ipc'
import type { OrgMappingChange, OrgNodeKind } from '../../../../preload/contract/models'
import type { StringTable } from '../../i18n/locale'
import { settingsStrings } from '../settings/strings'
import type { RuleProblem } from './rule-draft'

export interface OrgMappingStrings {
  ruleTitle: string
  levelsHelp: string
  /** {region} {store} */
  ruleSentence: string
  /** {names} */
  excludedSentence: string
  /** {levels} */
  groupingSentence: string
  nameSeparator: string
  /** {name} */
  quotedName: string
  regionDepth: string
  storeDepth: string
  excluded: string
  excludedHelp: string
  excludedPlaceholder: string
  preview: string
  save: string
  restoreDefault: string
  validation: Record<RuleProblem, string>
  savedTitle: string
  savedBody: string
  syncNow: string
  syncStarted: string
  noChanges: string
  showingPreview: string
  showingSaved: string
  draftChanged: string
  treeTitle: string
  /** {n} */
  members: string
  /** {direct} {total} */
  membersTitle: string
  kinds: Record<OrgNodeKind, string>
  noDepartments: string
  totalsTitle: string
  totals: {
    departments: string
    regions: string
    stores: string
    insideStore: string
    excluded: string
    storesWithoutRegion: string
  }
  storesWithoutRegionHint: string
  diffTitle: string
  diffNone: string
  diffRemoveNote: string
  entities: Record<OrgMappingChange['entity'], string>
  changes: Record<OrgMappingChange['change'], string>
  /** {count} */
  changeCount: string
  columns: { change: string; entity: string; name: string; detail: string }
  /** {from} */
  renamedFrom: string
  /** {from} {to} */
  movedFromTo: string
  loadFailed: string
  previewFailed: string
  saveFailed: string
  syncFailed: string
  retry: string
  errors: Record<ErrorCode, string>
  /** {code} */
  unknownError: string
}

export const orgMappingStrings: StringTable<OrgMappingStrings> = {
  'zh-CN': {
    ruleTitle: '映射规则',
    levelsHelp:
      '同步时按此规则把企业微信的部门对应到总部的大区和门店。根部门（品牌）为第 0 级，往下依次为第 1、2、3…… 级。',
    ruleSentence:
      '第 {region} 级部门视为大区，第 {store} 级部门视为门店，更深的部门并入其所属门店。',
    excludedSentence: '名为{names}的部门及其下级部门不参与映射。',
    groupingSentence: '第 {levels} 级部门只用于分组，不单独成为大区或门店。',
    nameSeparator: '、',
    quotedName: '“{name}”',
    regionDepth: '大区层级',
    storeDepth: '门店层级',
    excluded: '排除的部门名称',
    excludedHelp: '名称完全相同的部门及其下级都不作为大区或门店，例如总部。输入名称后按回车。',
    excludedPlaceholder: '例如：总部',
    preview: '预览',
    save: '保存',
    restoreDefault: '恢复默认',
    validation: {
      regionDepth: '大区层级需为 1 到 14 之间的整数',
      storeDepth: '门店层级需为 1 到 14 之间的整数',
      order: '门店层级需比大区层级更深（数字更大）',
      tooManyNames: '排除的部门名称最多 50 个',
      nameTooLong: '部门名称最长 32 个字'
    },
    savedTitle: '规则已保存',
    savedBody: '新规则将在下次同步时生效：届时大区和门店按新规则更新。也可以现在就同步。',
    syncNow: '立即同步',
    syncStarted: '已开始同步，完成后本页自动更新',
    noChanges: '规则没有改动',
    showingPreview: '下面是预览结果，规则尚未保存',
    showingSaved: '下面是当前已保存规则的结果',
    draftChanged: '规则已修改：点击“预览”查看效果，或直接“保存”。',
    treeTitle: '部门树',
    members: '{n} 人',
    membersTitle: '本部门 {direct} 人，含下级部门共 {total} 人',
    kinds: {
      brand: '品牌',
      region: '大区',
      store: '门店',
      'inside-store': '并入门店',
      grouping: '分组',
      excluded: '已排除',
      unmapped: '未连到根部门'
    },
    noDepartments: '还没有部门数据：首次同步完成后，这里会显示部门树和映射结果。',
    totalsTitle: '映射结果',
    totals: {
      departments: '部门',
      regions: '大区',
      stores: '门店',
      insideStore: '并入门店的部门',
      excluded: '排除的部门',
      storesWithoutRegion: '无所属大区的门店'
    },
    storesWithoutRegionHint: '这些门店没有所属大区，同步时会被跳过。',
    diffTitle: '下次同步将带来的变化',
    diffNone: '与现有的大区和门店一致，同步后不会有变化。',
    diffRemoveNote:
      '移除的大区和门店只标记为已移除，门店资料和历史数据都会保留；导购的所属门店按新规则重新计算。',
    entities: { region: '大区', store: '门店' },
    changes: { create: '新增', remove: '移除', rename: '改名', move: '换大区' },
    changeCount: '{count} 个',
    columns: { change: '变化', entity: '类型', name: '名称', detail: '说明' },
    renamedFrom: '原名：{from}',
    movedFromTo: '{from} → {to}',
    loadFailed: '组织映射加载失败',
    previewFailed: '预览失败',
    saveFailed: '保存失败',
    syncFailed: '未能开始同步',
    retry: '重试',
    // The same wording as the Settings screen: one product, one voice.
    errors: settingsStrings['zh-CN'].errors,
    unknownError: settingsStrings['zh-CN'].unknownError
  },
  'en-US': {
    ruleTitle: 'Mapping rule',
    levelsHelp:
      'Sync uses this rule to turn WeCom departments into HQ regions and stores. The root department (the brand) is level 0; below it come levels 1, 2, 3 and so on.',
    ruleSentence:
      'Level {region} departments are regions, level {store} departments are stores, and deeper departments belong to their store.',
    excludedSentence: 'Departments named {names}, and everything below them, are left out.',
    groupingSentence:
      'Level {levels} departments only group others; they become neither regions nor stores.',
    nameSeparator: ', ',
    quotedName: '"{name}"',
    regionDepth: 'Region level',
    storeDepth: 'Store level',
    excluded: 'Excluded department names',
    excludedHelp:
      'Departments with exactly these names, and everything below them, are never regions or stores (head office, for example). Press Enter after each name.',
    excludedPlaceholder: 'e.g. Head office',
    preview: 'Preview',
    save: 'Save',
    restoreDefault: 'Restore default',
    validation: {
      regionDepth: 'Region level must be a whole number from 1 to 14',
      storeDepth: 'Store level must be a whole number from 1 to 14',
      order: 'Store level must be deeper (a larger number) than region level',
      tooManyNames: 'At most 50 excluded names',
      nameTooLong: 'A department name has at most 32 characters'
    },
    savedTitle: 'Rule saved',
    savedBody:
      'The new rule applies at the next sync, which then updates regions and stores. You can also sync now.',
    syncNow: 'Sync now',
    syncStarted: 'Sync started; this page updates when it finishes',
    noChanges: 'The rule has not changed',
    showingPreview: 'Showing a preview; the rule is not saved',
    showingSaved: 'Showing the result of the saved rule',
    draftChanged: 'The rule was edited: click Preview to see its effect, or Save.',
    treeTitle: 'Department tree',
    members: '{n}',
    membersTitle: '{direct} in this department, {total} including those below',
    kinds: {
      brand: 'Brand',
      region: 'Region',
      store: 'Store',
      'inside-store': 'Part of store',
      grouping: 'Grouping',
      excluded: 'Excluded',
      unmapped: 'Not under the root'
    },
    noDepartments:
      'No departments yet: after the first sync, the department tree and its mapping show here.',
    totalsTitle: 'Mapping result',
    totals: {
      departments: 'Departments',
      regions: 'Regions',
      stores: 'Stores',
      insideStore: 'Departments inside stores',
      excluded: 'Excluded departments',
      storesWithoutRegion: 'Stores without a region'
    },
    storesWithoutRegionHint: 'These stores have no region, so sync skips them.',
    diffTitle: 'What the next sync changes',
    diffNone: 'Matches the current regions and stores: sync changes nothing.',
    diffRemoveNote:
      'Removed regions and stores are only marked as removed; store details and history are kept. Guides are re-assigned to stores under the new rule.',
    entities: { region: 'Region', store: 'Store' },
    changes: { create: 'New', remove: 'Removed', rename: 'Renamed', move: 'Changes region' },
    changeCount: '{count}',
    columns: { change: 'Change', entity: 'Type', name: 'Name', detail: 'Details' },
    renamedFrom: 'Was: {from}',
    movedFromTo: '{from} → {to}',
    loadFailed: 'Failed to load the org mapping',
    previewFailed: 'Preview failed',
    saveFailed: 'Save failed',
    syncFailed: 'Could not start a sync',
    retry: 'Retry',
    errors: settingsStrings['en-US'].errors,
    unknownError: settingsStrings['en-US'].unknownError
  }
}
