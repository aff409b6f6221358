import type { NoticeMsgtype } from '../../../preload/contract/notice-models'

/** WeCom caps text and markdown content at 2048 bytes (UTF-8); longer is refused (44004/40058). */
export const MAX_CONTENT_BYTES = 2048

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar date in YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = DATE.exec(text)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.toISOString().slice(0, 10) === text
}

/**
 * The message as guides will read it. A task gets a title line and a due-date line so it reads
 * as one on a phone: WeCom has no task type for application messages.
 */
export function composeContent(msgtype: NoticeMsgtype, body: string, dueDate?: string): string {
  const text = body.trim()
  if (!dueDate) return text
  return msgtype === 'markdown'
    ? `**【任务】**\n${text}\n\n> 截止日期：<font color="warning">${dueDate}</font>`
    : `【任务】\n${text}\n截止日期：${dueDate}`
}

/** zh-CN reason the content cannot be sent, or null. */
export function contentProblem(body: string, composed: string, dueDate?: string): string | null {
  if (body.trim() === '') return '通知内容不能为空'
  if (dueDate !== undefined && !isIsoDate(dueDate)) return '截止日期须为有效日期（YYYY-MM-DD）'
  const bytes = Buffer.byteLength(composed, 'utf8')
  if (bytes > MAX_CONTENT_BYTES) {
    return `通知内容过长：企业微信限 ${MAX_CONTENT_BYTES} 字节（约 680 个汉字），当前 ${bytes} 字节`
  }
  return null
}
