/**
 * Field-level tolerance shared by the DTOs: the same value arrives in different JSON types
 * depending on the endpoint, the doc revision or the server build. Each helper outputs one type.
 */
import { z } from 'zod'

/** Integers sent as numbers in most places but as digit strings in others (user gender "1"). */
export const intish = z.union([z.number().int(), z.string().regex(/^-?\d+$/).transform(Number)])

/** Gender 0 unknown, 1 male, 2 female. user/* sends "1", externalcontact/* 1; "" = unknown. */
export const genderSchema = z.union([intish, z.literal('').transform(() => 0)])

/** Phone numbers: older docs show remark_mobiles as numbers, which also loses leading zeros. */
export const phoneListSchema = z
  .array(z.union([z.string(), z.number().transform(String)]))
  .default([])

/** Cursor paging: "" (observed) or absent both mean "last page"; always output a string. */
export const nextCursorSchema = z
  .string()
  .nullish()
  .transform((v) => v ?? '')

/** A list WeCom may leave out when it is empty. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.array(item).default([])
}

/** message/send replies with "a|b" strings ("" when none); output the ids as an array. */
export const pipeListSchema = z
  .union([z.string(), z.array(z.union([z.string(), z.number().transform(String)]))])
  .optional()
  .transform((v) => (Array.isArray(v) ? v : (v ?? '').split('|').filter((id) => id !== '')))

/** Request side of the same convention: "a|b|c", at most `max` ids, or "@all" for everyone. */
export function pipeIdsSchema(max: number) {
  return z
    .string()
    .min(1)
    .refine((v) => v === '@all' || v.split('|').length <= max, { message: `at most ${max} ids` })
}

/** Request cursor: "" or absent = first page. */
export const cursorSchema = z.string().optional()
