/** gettoken (doc 91039): one token per (corpid, secret); the only call made without a token. */
import { z } from 'zod'
import { okBody } from './envelope'

export const gettokenQuerySchema = z.object({
  corpid: z.string().min(1),
  corpsecret: z.string().min(1)
})

/** Token ≤512 bytes by doc; a realistic one is 214 chars. expires_in is normally 7200 s. */
export const gettokenResponseSchema = okBody({
  access_token: z.string().min(1),
  expires_in: z.number().int().positive()
})
export type WecomTokenDto = z.output<typeof gettokenResponseSchema>
