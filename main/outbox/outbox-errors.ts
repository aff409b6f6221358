import { explainWecomError } from '../wecom/errmsg'
import { wecomErrcodeInfo } from '../wecom/errcodes'

/** Why a row is not (yet) delivered, as stored on the row and shown on the Sync screen. */
export interface OutboxError {
  /** Stable: 'wecom:<errcode>' for WeCom's answers, otherwise one of LOCAL_ERRORS' keys. */
  code: string
  zh: string
  en: string
}

/** Failures that are not a WeCom errcode: the network, the outbox itself. */
const LOCAL_ERRORS: Readonly<Record<string, { zh: string; en: string }>> = {
  network: {
    zh: '暂时连不上企业微信（网络中断或超时），掌柜会自动稍后重试。',
    en: 'WeCom could not be reached (network down or timed out); retried automatically.'
  },
  'unknown-kind': {
    zh: '这条写回的类型本版本的掌柜不认识（可能由更新版本写入），请升级掌柜后重试。',
    en: 'This Zhanggui version does not know this kind of write; upgrade and retry.'
  },
  'bad-payload': {
    zh: '这条写回的内容已损坏，无法发送；请在原页面重新操作一次。',
    en: 'The stored write is damaged and cannot be sent; redo the change where you made it.'
  },
  'no-wecom': {
    zh: '尚未连接企业微信：请到「设置 → 企业微信」填写企业 ID 和 Secret，掌柜会随后补发。',
    en: 'No WeCom connection is configured; it is sent once settings are complete.'
  },
  interrupted: {
    zh: '发送途中掌柜被关闭，无法确定企业微信是否已收到；请先到企业微信确认，确实没有收到再点「重试」。',
    en: 'Zhanggui closed mid-send, so WeCom may or may not have it; check in WeCom before retrying.'
  },
  'wecom-unknown-outcome': {
    zh: '已发给企业微信但没收到答复，可能已经生效；请先到企业微信确认，确实没有生效再点「重试」。',
    en: 'Sent, but the reply was lost and it may have taken effect; check in WeCom before retrying.'
  },
  'wecom-rate-limited': {
    zh: '企业微信接口调用太频繁，暂停中；掌柜会在限制解除后自动重试。',
    en: 'WeCom rate limit reached; retried automatically once the window ends.'
  },
  'wecom-missing-secret': {
    zh: '缺少调用这个接口所需的 Secret：请到「设置 → 企业微信」填写后重试。',
    en: 'The secret this API needs is missing; enter it in settings, then retry.'
  },
  'wecom-invalid-input': {
    zh: '这条写回的内容企业微信不接受，请在原页面修改后重新提交。',
    en: 'WeCom does not accept this write as it stands; correct it where it was made.'
  },
  'wecom-config': {
    zh: '企业微信的设置不完整或不正确，请到「设置 → 企业微信」检查后重试。',
    en: 'The WeCom settings are incomplete or wrong; check them, then retry.'
  },
  'too-many-attempts': {
    zh: '多次自动重试仍未成功，已暂停；请检查网络和企业微信后点「重试」。',
    en: 'Still failing after many automatic retries; paused until you retry.'
  },
  internal: {
    zh: '掌柜内部错误，这条写回暂未发送；请重试，若仍失败请联系技术支持。',
    en: 'Internal error; the write was not sent. Retry, or contact support if it persists.'
  }
}
export type LocalErrorCode = keyof typeof LOCAL_ERRORS

export function localError(code: LocalErrorCode, detail?: string): OutboxError {
  const text = LOCAL_ERRORS[code] ?? LOCAL_ERRORS.internal!
  return { code, zh: detail ? `${text.zh}（${detail}）` : text.zh, en: text.en }
}

/** A WeCom errcode answer, explained with the existing zh-CN table (IP filled in from errmsg). */
export function wecomError(errcode: number, errmsg?: string): OutboxError {
  const e = explainWecomError({ errcode, errmsg })
  return { code: `wecom:${errcode}`, zh: e.zh, en: e.en }
}

/** Rebuilds the English text for a stored row (only the zh-CN text, IP filled in, is stored). */
export function englishFor(code: string): string {
  const wecom = /^wecom:(-?\d+)$/.exec(code)
  if (wecom) return wecomErrcodeInfo(Number(wecom[1])).en
  return (LOCAL_ERRORS[code] ?? LOCAL_ERRORS.internal!).en
}
