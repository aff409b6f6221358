/**
 * department/list, simplelist, get. Stores are departments. Root id 1 has parentid 0.
 * department/list is slow and refused to 通讯录同步 IPs added after 2022-08-15 (doc 90344).
 */
import { z } from 'zod'
import { okBody } from './envelope'
import { listOf } from './wire-values'

/** Older doc revisions omit order and department_leader; newer add name_en. */
export const wecomDepartmentSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  name_en: z.string().optional(),
  department_leader: listOf(z.string()),
  parentid: z.number().int(),
  order: z.number().int().optional()
})
export type WecomDepartmentDto = z.output<typeof wecomDepartmentSchema>

export const departmentIdQuerySchema = z.object({ id: z.string().regex(/^\d+$/).optional() })

export const departmentListResponseSchema = okBody({ department: listOf(wecomDepartmentSchema) })
export type WecomDepartmentListDto = z.output<typeof departmentListResponseSchema>

export const wecomDepartmentRefSchema = z.looseObject({
  id: z.number().int(),
  parentid: z.number().int(),
  order: z.number().int().optional()
})
export type WecomDepartmentRefDto = z.output<typeof wecomDepartmentRefSchema>

export const departmentSimpleListResponseSchema = okBody({
  department_id: listOf(wecomDepartmentRefSchema)
})
export type WecomDepartmentSimpleListDto = z.output<typeof departmentSimpleListResponseSchema>

export const departmentGetQuerySchema = z.object({ id: z.string().regex(/^\d+$/) })

export const departmentGetResponseSchema = okBody({ department: wecomDepartmentSchema })
export type WecomDepartmentGetDto = z.output<typeof departmentGetResponseSchema>
