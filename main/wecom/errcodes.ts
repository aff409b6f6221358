/**
 * What each WeCom errcode means for the console and for the operator.
 * kind says what the caller does: 'retry' back off and retry (≤3); 'token' drop the token,
 * refetch once (single-flight) and retry once; 'rate-limit' stop calling that API until its
 * window ends; 'concurrency' lower parallelism and retry; 'config' stop the job and show zh to an
 * admin; 'row' record the error against that row and go on; 'empty' treat as an empty result.
 * Texts: official global table as scraped in openscrm ecode.go and WxJava, see spec §1.8.
 * `{ip}` in zh is the caller's egress IP from errmsg; zhNoIp is used when errmsg has none.
 */
export type WecomErrorKind =
  | 'retry'
  | 'token'
  | 'rate-limit'
  | 'concurrency'
  | 'config'
  | 'row'
  | 'empty'

export interface WecomErrcodeInfo {
  readonly kind: WecomErrorKind
  readonly zh: string
  readonly zhNoIp?: string
  readonly en: string
}

const SECRET_SETTINGS = '掌柜的「设置 → 企业微信」'

export const WECOM_ERRCODES: Readonly<Record<number, WecomErrcodeInfo>> = {
  [-1]: {
    kind: 'retry',
    zh: '企业微信系统繁忙，掌柜会自动稍后重试；多次失败请过几分钟再试。',
    en: 'WeCom is busy; retried automatically with backoff (at most 3 times).'
  },
  6000: {
    kind: 'retry',
    zh: '企业微信数据版本冲突（可能有别的系统同时在修改同一数据），掌柜会稍后重试。',
    en: 'Data version conflict (another caller changed the same data); retry later.'
  },
  40001: {
    kind: 'config',
    zh: `Secret 不正确：请到${SECRET_SETTINGS}核对 Secret（在企业微信管理后台 → 应用管理 → 本应用 → Secret 查看，重置后须重新填写）。`,
    en: 'Invalid secret: check the secret in settings (admin console → app → Secret).'
  },
  40003: {
    kind: 'row',
    zh: '成员账号（UserID）无效或不在通讯录中：请核对这一行的导购账号，他可能已被删除或改了账号。',
    en: 'Invalid or unknown userid for this row.'
  },
  40013: {
    kind: 'config',
    zh: `企业 ID（CorpID）不正确：请到${SECRET_SETTINGS}核对，企业 ID 在企业微信管理后台 → 我的企业 → 企业信息 最下方。`,
    en: 'Invalid CorpID: check it in settings (admin console → My company → Company info).'
  },
  40014: {
    kind: 'token',
    zh: '访问凭证（access_token）已失效，掌柜会自动重新获取一次；若仍失败请检查 Secret 是否被重置。',
    en: 'Invalid access_token (also seen for expired ones); refetch once and retry.'
  },
  40058: {
    kind: 'row',
    zh: '请求参数不合法，企业微信拒绝了这一行：请查看下方的原始说明，核对账号、数量或字段长度。',
    en: 'Invalid request parameter; see errmsg for the field.'
  },
  40068: {
    kind: 'row',
    zh: '标签不存在或已被删除：请刷新标签列表后重新选择。',
    en: 'Invalid tag id (missing or deleted); refresh tags.'
  },
  40071: {
    kind: 'row',
    zh: '同名标签已存在：请换一个名字，或直接使用已有标签。',
    en: 'A tag with this name already exists.'
  },
  40091: {
    kind: 'config',
    zh: `Secret 不属于当前企业：请到${SECRET_SETTINGS}确认企业 ID 和 Secret 来自同一个企业微信企业。`,
    en: 'Secret belongs to another corp; corpid and secret do not match.'
  },
  40096: {
    kind: 'row',
    zh: '客户 ID 无效：该客户可能已删除好友或已不存在，请刷新客户数据后重试。',
    en: 'Invalid external_userid (customer gone); resync the customer.'
  },
  40097: {
    kind: 'row',
    zh: '原跟进导购尚未离职：离职继承只能用于已离职成员，在职导购的客户请用在职转接。',
    en: 'Handover member has not left; use in-service transfer instead.'
  },
  40098: {
    kind: 'row',
    zh: '接替导购尚未实名认证：请让他在企业微信中完成实名认证后再分配。',
    en: 'Takeover member is not real-name verified.'
  },
  40099: {
    kind: 'row',
    zh: '接替导购的客户数量已达上限：请换一位导购接替，或先为他清理客户。',
    en: 'Takeover member has reached the external-contact cap.'
  },
  40100: {
    kind: 'row',
    zh: '该客户已在转接流程中：请等待上一次转接完成（约 24 小时）后再操作。',
    en: 'This customer is already being transferred.'
  },
  40126: {
    kind: 'row',
    zh: '企业客户标签已达 3000 个上限：请先删除不用的标签再新建。',
    en: 'Corp tag cap (3000) reached.'
  },
  40128: {
    kind: 'row',
    zh: '该客户转接过于频繁：同一客户 90 天内最多转接 2 次，请以后再试或换其他客户。',
    en: 'Transfer too frequent: at most 2 transfers per customer per 90 days.'
  },
  40129: {
    kind: 'row',
    zh: '该客户正在转接中：请等待转接完成后再操作。',
    en: 'Customer is currently being transferred.'
  },
  40130: {
    kind: 'row',
    zh: '原跟进导购和接替导购是同一人：请选择另一位接替导购。',
    en: 'Handover and takeover are the same member.'
  },
  40131: {
    kind: 'row',
    zh: '原跟进导购并不是该客户的跟进人：请刷新客户数据，客户可能已被转走或已删除好友。',
    en: 'handover_userid does not follow this customer.'
  },
  41001: {
    kind: 'config',
    zh: '请求缺少访问凭证（access_token）：这是掌柜的程序问题，请联系技术支持。',
    en: 'Missing access_token (client bug).'
  },
  41002: {
    kind: 'config',
    zh: `缺少企业 ID（CorpID）：请到${SECRET_SETTINGS}填写。`,
    en: 'Missing corpid.'
  },
  41004: {
    kind: 'config',
    zh: `缺少 Secret：请到${SECRET_SETTINGS}填写。`,
    en: 'Missing corpsecret.'
  },
  41054: {
    kind: 'row',
    zh: '该成员尚未激活企业微信：请让他先登录激活，或换一位已激活的导购。',
    en: 'Member has not activated WeCom.'
  },
  42001: {
    kind: 'token',
    zh: '访问凭证（access_token）已过期，掌柜会自动重新获取并重试。',
    en: 'Expired access_token; refetch once and retry.'
  },
  45009: {
    kind: 'rate-limit',
    zh: '调用企业微信接口太频繁，被暂时限流：该接口会暂停到当前限流窗口结束（分钟级约 1 分钟、小时级约 1 小时、按天则到次日），掌柜会自动等待后继续。若同一出口 IP 上还有其他系统调用企业微信，请错开时间。',
    en: 'API call frequency limit; pause this API until the minute/hour/day window ends.'
  },
  45033: {
    kind: 'concurrency',
    zh: '同时发往企业微信的请求太多，掌柜会降低并发后自动重试。',
    en: 'Too many concurrent calls; reduce concurrency and retry.'
  },
  48002: {
    kind: 'config',
    zh: `企业微信拒绝了这个接口（无权限）。常见原因：① 修改通讯录（如更新成员信息）只能用「通讯录同步」Secret，请在${SECRET_SETTINGS}填写 管理工具 → 通讯录同步 的 Secret，并开启“API 编辑通讯录”；② 客户相关接口要求本应用在 客户联系 →「可调用接口的应用」中，请管理员在企业微信管理后台加入本应用。`,
    en: 'API forbidden: contact writes need the contacts-sync secret; customer APIs need the app listed in Customer Contact → apps allowed to call the API.'
  },
  48009: {
    kind: 'config',
    zh: `这个接口不能用「通讯录同步」Secret 调用（企业微信限制了通讯录同步助手读取部门和成员，新增的 IP 尤其如此）。请确认${SECRET_SETTINGS}中读取门店、导购和客户用的是「客户联系应用」（自建应用）的 Secret。`,
    en: 'API forbidden for the contacts-sync assistant: use the self-built app secret for reads.'
  },
  50003: {
    kind: 'config',
    zh: '本应用已被停用：请管理员在企业微信管理后台 → 应用管理 中重新启用。',
    en: 'The app is disabled in the admin console.'
  },
  60003: {
    kind: 'row',
    zh: '部门（门店）不存在：它可能已在企业微信中被删除，请刷新门店数据。',
    en: 'Department id does not exist.'
  },
  60011: {
    kind: 'config',
    zh: '本应用无权访问该成员或部门：对方不在应用的可见范围内。请管理员在企业微信管理后台 → 应用管理 → 本应用 → 可见范围 中加入相关门店（部门）或导购。',
    en: 'No privilege: member/department outside the app visible range.'
  },
  60020: {
    kind: 'config',
    zh: '企业微信拒绝了来自本机出口 IP {ip} 的调用：请管理员在企业微信管理后台 → 应用管理 → 本应用 → 企业可信IP 中加入 {ip}，几分钟后重试。',
    zhNoIp:
      '企业微信拒绝了来自本机出口 IP 的调用：请向网络管理员确认本机的公网出口 IP，再请企业微信管理员在管理后台 → 应用管理 → 本应用 → 企业可信IP 中加入它，几分钟后重试。',
    en: 'Caller egress IP is not in the app trusted IP list; add it in the admin console.'
  },
  60111: {
    kind: 'row',
    zh: '成员账号（UserID）不存在：请核对这一行的导购账号，他可能已被删除。',
    en: 'Userid not found.'
  },
  81013: {
    kind: 'row',
    zh: '指定的成员、部门、标签全部无效或无权限：他们可能已被删除，或不在本应用的可见范围内。',
    en: 'All user/party/tag ids invalid or out of visible range.'
  },
  81017: {
    kind: 'row',
    zh: '一次请求的数量超过企业微信的限制：掌柜会缩小范围分批查询；若反复出现请联系技术支持。',
    en: 'Too many items in one request; narrow it (e.g. groupchat/list needs owner_filter).'
  },
  84061: {
    kind: 'empty',
    zh: '该导购与这位客户之间没有客户联系关系（或该导购没有客户）。',
    en: 'No external-contact relation; treat as an empty list.'
  },
  84074: {
    kind: 'config',
    zh: '本应用没有客户联系权限：请管理员在企业微信管理后台 → 客户联系 →「可调用接口的应用」中加入本应用，并确认相关导购已开通客户联系。',
    en: 'No external-contact permission for this app.'
  },
  90500: {
    kind: 'row',
    zh: '群主并未离职：离职继承只能转移已离职导购的客户群，在职导购的群请用在职转接。',
    en: 'Group owner has not left; use onjob_transfer.'
  },
  90501: {
    kind: 'row',
    zh: '该群不是客户群，无法转移。',
    en: 'Not an external (customer) group chat.'
  },
  90502: {
    kind: 'row',
    zh: '群主已经离职：请改用离职继承转移这个群。',
    en: 'Group owner has already left; use groupchat/transfer.'
  },
  90503: {
    kind: 'row',
    zh: '群已满员：新群主加入前需要在企业微信客户端确认，请让新群主在手机上处理。',
    en: 'Group is full; the new owner must confirm in the client.'
  },
  90504: {
    kind: 'row',
    zh: '新群主与原群主相同，群主没有变化。',
    en: 'Owner unchanged.'
  },
  90507: {
    kind: 'row',
    zh: '该离职群正在继承处理中，请稍后查看结果。',
    en: 'Resigned group transfer already in progress.'
  },
  90508: {
    kind: 'row',
    zh: '该离职群已经被继承，无需再次转移。',
    en: 'Resigned group already transferred.'
  },
  301002: {
    kind: 'config',
    zh: `访问凭证与应用不匹配：用的是另一个应用的 Secret。请到${SECRET_SETTINGS}确认 AgentId 和 Secret 属于同一个应用。`,
    en: 'Token belongs to another agent; agentid and secret do not match.'
  },
  610004: {
    kind: 'row',
    zh: '该导购不在客户联系的使用范围内：请管理员在企业微信管理后台 → 客户联系 → 配置使用范围 中加入他。',
    en: 'Member outside the Customer Contact usage scope.'
  }
}

/**
 * Codes not in the table stop the job: without knowing the code we cannot tell a per-row
 * failure from a broken setup, and stopping loses nothing.
 */
export function wecomErrcodeInfo(code: number): WecomErrcodeInfo {
  return (
    WECOM_ERRCODES[code] ?? {
      kind: 'config',
      zh: `企业微信返回了错误码 ${code}：请把下方的原始说明和提示编号发给技术支持。`,
      en: `Unlisted WeCom errcode ${code}.`
    }
  )
}
