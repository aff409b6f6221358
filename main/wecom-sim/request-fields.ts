/**
 * Reading request fields the way WeCom does: unknown fields are ignored (the client's strict
 * request schemas are stricter than the server), wrong types and limits give 40058 naming the
 * field, as in the observed "field `userid_list` exceed max length 64." message.
 */
import { invalidField } from './wire'

export type Fields = Readonly<Record<string, unknown>>

export function optString(input: Fields, field: string): string | undefined {
  const value = input[field]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw invalidField(field)
  return value
}

export function reqString(input: Fields, field: string): string {
  const value = optString(input, field)
  if (value === undefined || value === '') throw invalidField(field, 'is required')
  return value
}

/** GET query values arrive as strings; POST bodies as numbers. */
export function optInt(input: Fields, field: string): number | undefined {
  const value = input[field]
  if (value === undefined || value === null || value === '') return undefined
  const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value
  if (typeof n !== 'number' || !Number.isInteger(n)) throw invalidField(field)
  return n
}

export function reqInt(input: Fields, field: string): number {
  const value = optInt(input, field)
  if (value === undefined) throw invalidField(field, 'is required')
  return value
}

/** A page size: absent → fallback, outside 1..max → 40058. */
export function pageLimit(input: Fields, field: string, max: number, fallback: number): number {
  const value = optInt(input, field) ?? fallback
  if (value < 1 || value > max) throw invalidField(field, `out of range [1, ${max}]`)
  return value
}

export function optStringList(input: Fields, field: string, max: number): string[] | undefined {
  const value = input[field]
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw invalidField(field)
  }
  if (value.length > max) throw invalidField(field, `exceed max length ${max}`)
  return value as string[]
}

export function reqStringList(input: Fields, field: string, max: number): string[] {
  const value = optStringList(input, field, max)
  if (value === undefined || value.length === 0) throw invalidField(field, 'is required')
  return value
}

export function optIntList(input: Fields, field: string, max: number): number[] | undefined {
  const value = input[field]
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value) || !value.every((v) => Number.isInteger(v))) throw invalidField(field)
  if (value.length > max) throw invalidField(field, `exceed max length ${max}`)
  return value as number[]
}

export function optObject(input: Fields, field: string): Fields | undefined {
  const value = input[field]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'object' || Array.isArray(value)) throw invalidField(field)
  return value as Fields
}
