/**
 * Builds WecomErrors with operator-facing zh-CN messages. Texts from errcodes.ts explain the
 * errcode; this adds what only the client knows: which API, which secret, how often it retried.
 */
import type { z } from 'zod'
import type { WecomEnvelopeDto } from '../dto/envelope'
import type { WecomSecretKind } from '../endpoints'
import type { WecomErrorKind } from '../errcodes'
import { explainWecomError } from '../errmsg'
import { WecomError, type WecomErrorCode } from './wecom-error'
import type { TransportFailure } from './transport'

const SETTINGS = '掌柜的「设置 → 企业微信」'

export const SECRET_LABEL: Readonly<Record<WecomSecretKind, string>> = {
  app: '客户联系应用（自建应用）',
  contacts: '通讯录同步'
}

export interface CallContext {
  readonly path: string
  /** The secret whose token the call used; for gettoken, the secret being exchanged. */
  readonly secret: WecomSecretKind
  readonly attempts: number
}

const CODE_BY_KIND: Readonly<Record<WecomErrorKind, WecomErrorCode>> = {
  retry: 'wecom-unavailable',
  token: 'wecom-config',
  'rate-limit': 'wecom-rate-limited',
  concurrency: 'wecom-unavailable',
  config: 'wecom-config',
  row: 'wecom-rejected',
  empty: 'wecom-rejected'
}

/** 48002 has two causes; the secret the path needs says which one applies. */
function forbiddenAdvice(secret: WecomSecretKind): string {
  return secret === 'contacts'
    ? `这个接口需要「通讯录同步」Secret：请在${SETTINGS}填写 管理工具 → 通讯录同步 的 Secret，并开启“API 编辑通讯录”。`
    : `这个接口使用「${SECRET_LABEL.app}」Secret：请管理员在企业微信管理后台 → 客户联系 →「可调用接口的应用」中加入本应用。`
}

function contextNote(ctx: CallContext, kind: WecomErrorKind): string {
  const retried = ctx.attempts > 1 ? `，已自动重试 ${ctx.attempts - 1} 次` : ''
  const secret = kind === 'config' ? `，使用「${SECRET_LABEL[ctx.secret]}」Secret` : ''
  return `（接口 ${ctx.path}${secret}${retried}）`
}

export function errcodeError(ctx: CallContext, body: WecomEnvelopeDto): WecomError {
  const explained = explainWecomError(body)
  const advice = body.errcode === 48002 ? forbiddenAdvice(ctx.secret) : ''
  const hint = explained.hint ? ` 提示编号：${explained.hint}` : ''
  return new WecomError({
    code: CODE_BY_KIND[explained.kind],
    failure: 'errcode',
    path: ctx.path,
    message: `${explained.zh}${advice}${contextNote(ctx, explained.kind)}${hint}`,
    errcode: body.errcode,
    kind: explained.kind,
    callerIp: explained.ip,
    hint: explained.hint,
    attempts: ctx.attempts,
    detail: `errcode ${body.errcode}: ${body.errmsg}`
  })
}

/** A fresh token was refused too: retrying more would loop, and the likely cause is setup. */
export function tokenStillRejectedError(refused: WecomError): WecomError {
  return new WecomError({
    code: 'wecom-config',
    failure: 'errcode',
    path: refused.path,
    message: `重新获取访问凭证（access_token）后企业微信仍然拒绝（接口 ${refused.path}）：请到${SETTINGS}核对 Secret 是否已被重置，稍后再试；仍失败请联系技术支持。`,
    errcode: refused.errcode,
    kind: refused.kind,
    hint: refused.hint,
    attempts: refused.attempts,
    detail: `${refused.detail} (after one token refresh)`
  })
}

const TRANSPORT_ZH: Readonly<Record<TransportFailure['failure'], string>> = {
  network: '无法连接企业微信服务器：请检查本机网络、代理或防火墙设置，稍后再试。',
  timeout: '企业微信长时间没有响应：请检查本机网络后稍后再试。',
  'http-status': '企业微信服务器或中间代理暂时不可用：请稍后再试；若持续出现请检查本机代理设置。',
  malformed: '企业微信返回的内容不完整或无法识别（可能是网络或代理中断了传输）：请稍后再试。'
}

export function transportError(ctx: CallContext, failed: TransportFailure): WecomError {
  const status = failed.status === undefined ? '' : `HTTP ${failed.status}，`
  const permanent = failed.failure === 'http-status' && !failed.retryable
  const message = permanent
    ? `企业微信接口地址返回了 HTTP ${failed.status}（接口 ${ctx.path}）：请检查${SETTINGS}中的接口地址，以及本机的代理设置。`
    : `${TRANSPORT_ZH[failed.failure]}（${status}接口 ${ctx.path}，已尝试 ${ctx.attempts} 次）`
  return new WecomError({
    code: permanent ? 'wecom-config' : 'wecom-unavailable',
    failure: failed.failure,
    path: ctx.path,
    message,
    attempts: ctx.attempts,
    detail: failed.detail
  })
}

/** The reply of a write was lost after sending: re-sending could transfer or message twice. */
export function unknownOutcomeError(ctx: CallContext, detail: string): WecomError {
  return new WecomError({
    code: 'wecom-unknown-outcome',
    failure: 'unknown-outcome',
    path: ctx.path,
    message: `请求已发给企业微信（接口 ${ctx.path}），但没有收到明确结果（网络中断、超时或返回内容不完整），这次操作可能已经生效。为避免重复执行，掌柜不会自动重发：请稍后刷新核对结果，再决定是否重做。`,
    attempts: ctx.attempts,
    detail
  })
}

/** JSON that the endpoint schema rejects: WeCom changed its reply, or our schema is too strict. */
export function unexpectedShapeError(ctx: CallContext, detail: string): WecomError {
  return new WecomError({
    code: 'internal',
    failure: 'unexpected-shape',
    path: ctx.path,
    message: `企业微信返回的数据格式与掌柜预期的不一致（接口 ${ctx.path}）：请把这条提示发给技术支持。`,
    attempts: ctx.attempts,
    detail
  })
}

function clockTime(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString('zh-CN', { hour12: false })
}

export function rateLimitedError(path: string, retryAt: number, attempts: number): WecomError {
  const explained = explainWecomError({ errcode: 45009 })
  return new WecomError({
    code: 'wecom-rate-limited',
    failure: 'rate-limited',
    path,
    message: `${explained.zh}（接口 ${path} 预计 ${clockTime(retryAt)} 后恢复）`,
    errcode: 45009,
    kind: 'rate-limit',
    retryAt,
    attempts,
    detail: `${path} paused until ${new Date(retryAt).toISOString()}`
  })
}

export function missingSecretError(path: string, secret: WecomSecretKind): WecomError {
  const where =
    secret === 'contacts'
      ? '企业微信管理后台 → 管理工具 → 通讯录同步 → Secret（并开启“API 编辑通讯录”）'
      : '企业微信管理后台 → 应用管理 → 本应用 → Secret'
  return new WecomError({
    code: 'wecom-config',
    failure: 'missing-secret',
    path,
    message: `尚未配置「${SECRET_LABEL[secret]}」Secret，接口 ${path} 需要它：请到${SETTINGS}填写，Secret 在 ${where} 查看。`,
    detail: `no ${secret} secret configured`
  })
}

export function missingCorpIdError(path: string): WecomError {
  return new WecomError({
    code: 'wecom-config',
    failure: 'missing-secret',
    path,
    message: `尚未配置企业 ID（CorpID）：请到${SETTINGS}填写，企业 ID 在企业微信管理后台 → 我的企业 → 企业信息 最下方。`,
    detail: 'no corpId configured'
  })
}

/** The caller built a request WeCom would refuse; nothing was sent. */
export function invalidInputError(path: string, error: z.ZodError): WecomError {
  const fields = error.issues.map((issue) => issue.path.join('.') || '(根)').join('、')
  return new WecomError({
    code: 'invalid-input',
    failure: 'invalid-input',
    path,
    message: `发给企业微信的请求参数不合法（接口 ${path}，字段：${fields}），未发送：请联系技术支持。`,
    detail: error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
  })
}

export function repeatedCursorError(path: string, cursor: string): WecomError {
  return new WecomError({
    code: 'internal',
    failure: 'unexpected-shape',
    path,
    message: `企业微信翻页时返回了重复的游标（接口 ${path}），为避免无限循环已停止：请稍后重试或联系技术支持。`,
    detail: `next_cursor repeated the request cursor (${cursor.length} chars)`
  })
}
