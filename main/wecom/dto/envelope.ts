/**
 * The envelope every WeCom reply shares, and the one way to split a reply into ok / error.
 * Success schemas of each endpoint describe only errcode 0 bodies; error bodies keep whatever
 * list fields the endpoint has (often empty), so they are checked against the envelope alone.
 */
import { z } from 'zod'

/** Some success bodies omit errcode and errmsg entirely (wechatpy gettoken/getcallbackip). */
export const wecomEnvelopeSchema = z.looseObject({
  errcode: z.number().int().default(0),
  errmsg: z.string().default('')
})
export type WecomEnvelopeDto = z.output<typeof wecomEnvelopeSchema>

/** The success body of one endpoint: errcode pinned to 0, unknown fields kept (WeCom adds some). */
export function okBody<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.looseObject({
    errcode: z.literal(0).default(0),
    errmsg: z.string().default(''),
    ...shape
  })
}

/** Bodies that carry nothing but the envelope: edit/del/mark, user/update ("updated"). */
export const okOnlySchema = okBody({})
export type WecomOkDto = z.output<typeof okOnlySchema>

export type WecomParsed<T> =
  | { kind: 'ok'; body: T }
  | { kind: 'error'; body: WecomEnvelopeDto }
  | { kind: 'malformed'; error: z.ZodError }

/**
 * Envelope first, so an error body is never mistaken for a malformed success body.
 * Both the client and the simulator go through here; `malformed` means the wire drifted.
 */
export function parseWecomBody<S extends z.ZodType>(
  schema: S,
  raw: unknown
): WecomParsed<z.output<S>> {
  const envelope = wecomEnvelopeSchema.safeParse(raw)
  if (!envelope.success) return { kind: 'malformed', error: envelope.error }
  if (envelope.data.errcode !== 0) return { kind: 'error', body: envelope.data }
  const body = schema.safeParse(raw)
  return body.success ? { kind: 'ok', body: body.data } : { kind: 'malformed', error: body.error }
}
