import type { ErrorCode } from '../../../../preload/contract/ipc'
import type { ConnectionCheckStep, Locale } from '../../../../preload/contract/models'
import type { StringTable } from '../../i18n/locale'

/** Why a settings field is refused; each has a sentence in `validation`. */
export type SettingsProblem = 'corpId' | 'baseUrl' | 'baseUrlRequired' | 'agentId'

export interface SettingsStrings {
  title: string
  connectionTitle: string
  modeLabel: string
  modeDemo: string
  modeWecom: string
  modeDemoHint: string
  modeWecomHint: string
  corpId: string
  corpIdHelp: string
  corpIdPlaceholder: string
  agentId: string
  agentIdHelp: string
  baseUrl: string
  baseUrlHelp: string
  baseUrlReset: string
  appSecret: string
  appSecretHelp: string
  contactsSecret: string
  contactsSecretHelp: string
  secretPlaceholderEmpty: string
  secretPlaceholderSaved: string
  secretClear: string
  secretWillClear: string
  secretUndoClear: string
  secretStorage: Record<'os-keychain' | 'memory', string>
  save: string
  saved: string
  noChanges: string
  saveFailed: string
  test: string
  testHint: string
  testFailed: string
  checkOk: string
  checkFailed: string
  checkSteps: Record<ConnectionCheckStep['name'], string>
  /** What a passed step proves (main words it in zh-CN only). */
  checkStepPassed: Record<ConnectionCheckStep['name'], string>
  stepOk: string
  stepFailed: string
  callerIpTitle: string
  callerIpAction: string
  validation: Record<SettingsProblem, string>
  languageTitle: string
  languageHelp: string
  errors: Record<ErrorCode, string>
  /** {code} */
  unknownError: string
  loadFailed: string
  retry: string
}

/** Each language named in itself, whichever language the app is in. */
export const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '简体中文', 'en-US': 'English' }

export const settingsStrings: StringTable<SettingsStrings> = {
  'zh-CN': {
    title: '设置',
    connectionTitle: '企业微信连接',
    modeLabel: '当前模式',
    modeDemo: '演示模式',
    modeWecom: '已连接企业微信',
    modeDemoHint:
      '尚未配置企业：应用使用本机生成的演示企业，由内置的企业微信模拟器提供数据，可放心试用同步、门店等功能。填写企业ID和客户联系应用 Secret 并保存后切换到真实企业。',
    modeWecomHint: '同步从下方企业的企业微信拉取数据。清空企业ID并保存即回到演示模式。',
    corpId: '企业ID',
    corpIdHelp: '企业微信管理后台 → 我的企业 → 企业信息 → 企业ID，以 ww 开头',
    corpIdPlaceholder: 'ww0123456789abcdef',
    baseUrl: '接口地址',
    baseUrlHelp:
      '一般保持默认。只有通过代理服务器访问企业微信，或连接企业微信模拟器时才需要修改。',
    baseUrlReset: '恢复默认',
    appSecret: '客户联系应用 Secret',
    appSecretHelp:
      '管理后台 → 应用管理 → 自建应用 → Secret。该应用需加入“客户联系 → 可调用接口的应用”，可见范围需覆盖所有门店部门。',
    contactsSecret: '通讯录同步 Secret',
    contactsSecretHelp:
      '管理后台 → 管理工具 → 通讯录同步 → Secret。读取全部成员和写回成员信息需要它；可暂不填写。',
    secretPlaceholderEmpty: '未设置',
    secretPlaceholderSaved: '已保存（留空则不修改）',
    secretClear: '清除',
    secretWillClear: '保存后将清除已保存的 Secret',
    secretUndoClear: '撤销',
    secretStorage: {
      'os-keychain': 'Secret 加密保存在本机系统钥匙串，不会显示，也不会离开本机。',
      memory: '浏览器模式：Secret 只保存在本次运行的内存中，重启后需重新填写。'
    },
    save: '保存',
    saved: '已保存',
    noChanges: '没有需要保存的修改',
    saveFailed: '保存失败',
    test: '测试连接',
    testHint: '使用已保存的设置测试；有未保存的修改时会先保存。',
    testFailed: '测试未能完成',
    checkOk: '连接正常',
    checkFailed: '连接有问题，请按提示处理',
    checkSteps: {
      'token-app': '客户联系应用 Secret',
      'token-contacts': '通讯录同步 Secret',
      departments: '读取部门',
      'follow-users': '读取客户联系成员',
      customers: '读取客户'
    },
    checkStepPassed: {
      'token-app': '客户联系应用 Secret 有效。',
      'token-contacts': '通讯录同步 Secret 有效，可写回成员的部门等信息。',
      departments: '应用 Secret 有效，可读取通讯录部门。',
      'follow-users': '可读取配置了客户联系功能的成员。',
      customers: '可读取客户。'
    },
    stepOk: '通过',
    stepFailed: '未通过',
    callerIpTitle: '企业微信看到的本机出口 IP',
    callerIpAction: '请将此 IP 加入企业微信管理后台 → 应用管理 → 本应用 → 企业可信IP',
    validation: {
      corpId: '企业ID 以 ww 开头，后面是字母和数字，例如 ww0123456789abcdef',
      baseUrl: '请填写以 https:// 开头的完整地址',
      baseUrlRequired: '请填写接口地址',
      agentId: 'AgentId 须为正整数，例如 1000002'
    },
    agentId: 'AgentId（发送通知用）',
    agentIdHelp: '企业微信管理后台 → 应用管理 → 本应用 → AgentId；给导购发通知（消息推送）需要它，不填则无法发送。',
    languageTitle: '界面语言',
    languageHelp: '与顶栏的语言切换相同，选择会被记住。',
    errors: {
      'invalid-input': '输入有误',
      forbidden: '没有权限执行此操作',
      'not-found': '数据不存在',
      'bad-file': '文件无法读取',
      'preview-expired': '预览已过期',
      internal: '程序内部出错，请稍后重试',
      'wecom-config': '企业微信配置有误',
      'wecom-rate-limited': '企业微信接口调用已达上限，请稍后再试',
      'wecom-unavailable': '暂时连不上企业微信，请检查网络或接口地址',
      'wecom-unknown-outcome': '企业微信未确认结果',
      'wecom-rejected': '企业微信拒绝了请求'
    },
    unknownError: '出错了（{code}）',
    loadFailed: '设置加载失败',
    retry: '重试'
  },
  'en-US': {
    title: 'Settings',
    connectionTitle: 'WeCom connection',
    modeLabel: 'Mode',
    modeDemo: 'Demo mode',
    modeWecom: 'Connected to WeCom',
    modeDemoHint:
      'No corp is configured: the app runs on a demo enterprise generated on this computer and served by a built-in WeCom simulator, so sync, stores and the rest can be tried safely. Save a corp ID and the customer-contact app secret to switch to your real corp.',
    modeWecomHint:
      'Sync pulls data from the corp below. Clear the corp ID and save to go back to demo mode.',
    corpId: 'Corp ID',
    corpIdHelp: 'WeCom admin console → My Company → Company Info → Corp ID; it starts with ww',
    corpIdPlaceholder: 'ww0123456789abcdef',
    baseUrl: 'API address',
    baseUrlHelp:
      'Usually left as is. Change it only to reach WeCom through a proxy or to use the WeCom simulator.',
    baseUrlReset: 'Restore default',
    appSecret: 'Customer-contact app secret',
    appSecretHelp:
      'Admin console → Apps → your self-built app → Secret. The app must be listed under Customer Contact → apps that may call the API, and its visible range must cover every store department.',
    contactsSecret: 'Contacts sync secret',
    contactsSecretHelp:
      'Admin console → Tools → Contacts Sync → Secret. Needed to read every member and to write member details back; may be left empty for now.',
    secretPlaceholderEmpty: 'Not set',
    secretPlaceholderSaved: 'Saved (leave empty to keep)',
    secretClear: 'Clear',
    secretWillClear: 'The saved secret will be removed when you save',
    secretUndoClear: 'Undo',
    secretStorage: {
      'os-keychain':
        "Secrets are encrypted in this computer's system keychain; they are never shown and never leave this computer.",
      memory:
        'Browser mode: secrets are kept only in memory for this run; enter them again after a restart.'
    },
    save: 'Save',
    saved: 'Saved',
    noChanges: 'Nothing to save',
    saveFailed: 'Could not save',
    test: 'Test connection',
    testHint: 'Tests the saved settings; unsaved changes are saved first.',
    testFailed: 'The test could not run',
    checkOk: 'The connection works',
    checkFailed: 'The connection has problems; follow the hints',
    checkSteps: {
      'token-app': 'Customer-contact app secret',
      'token-contacts': 'Contacts sync secret',
      departments: 'Read departments',
      'follow-users': 'Read customer-contact members',
      customers: 'Read customers'
    },
    checkStepPassed: {
      'token-app': 'The customer-contact app secret is valid.',
      'token-contacts': "The contacts sync secret is valid; members' departments can be written back.",
      departments: 'The app secret is valid and can read departments.',
      'follow-users': 'Members with customer contact enabled can be read.',
      customers: 'Customers can be read.'
    },
    stepOk: 'Passed',
    stepFailed: 'Failed',
    callerIpTitle: "This computer's outgoing IP as WeCom sees it",
    callerIpAction:
      'Add this IP in the WeCom admin console → Apps → this app → Trusted corporate IPs',
    validation: {
      corpId: 'A corp ID is ww followed by letters and digits, e.g. ww0123456789abcdef',
      baseUrl: 'Enter a full address starting with https://',
      baseUrlRequired: 'Enter the API address',
      agentId: 'The AgentId is a positive whole number, e.g. 1000002'
    },
    agentId: 'AgentId (for notices)',
    agentIdHelp: 'WeCom admin console → Apps → this app → AgentId; notices to guides need it and cannot be sent without it.',
    languageTitle: 'Language',
    languageHelp: 'The same as the switch in the header; the choice is remembered.',
    errors: {
      'invalid-input': 'Invalid input',
      forbidden: 'You are not allowed to do this',
      'not-found': 'Not found',
      'bad-file': 'The file could not be read',
      'preview-expired': 'The preview has expired',
      internal: 'Something went wrong inside the app; try again later',
      'wecom-config': 'WeCom is not configured correctly',
      'wecom-rate-limited': 'WeCom call quota reached; try again shortly',
      'wecom-unavailable': 'WeCom cannot be reached; check the network or the API address',
      'wecom-unknown-outcome': 'WeCom did not confirm the result',
      'wecom-rejected': 'WeCom refused the request'
    },
    unknownError: 'Something went wrong ({code})',
    loadFailed: 'Could not load the settings',
    retry: 'Retry'
  }
}
