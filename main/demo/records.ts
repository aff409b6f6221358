import type { StoreType } from '../../preload/contract/models'

/**
 * What the demo generator produces. WeCom entities keep WeCom's own field names and units
 * (`parentid`, `main_department`, `createtime` in seconds, member `gender` as a string), so the
 * same records can later feed a WeCom simulator; the seeder converts them to cache rows.
 * Regions, stores and guide_store are HQ's own data and use the cache's shapes.
 */

/** department/list item. `order`: larger sorts first, as in WeCom. */
export interface DemoDepartment {
  id: number
  name: string
  parentid: number
  order: number
  department_leader: string[]
}

/** WeCom member status: 1 active, 2 disabled, 4 not activated, 5 left the corp. */
export type MemberStatus = 1 | 2 | 4 | 5

/** user/get, trimmed to what the cache keeps, plus two facts that come from elsewhere. */
export interface DemoMember {
  userid: string
  name: string
  mobile: string
  /** WeCom sends gender as a string: "0" unknown, "1" male, "2" female. */
  gender: '0' | '1' | '2'
  status: MemberStatus
  main_department: number
  department: number[]
  is_leader_in_dept: (0 | 1)[]
  position: string
  /** Listed by externalcontact/get_follow_user_list (客户联系 enabled). */
  is_follow_user: boolean
  /** HQ's 导购 mark; not a WeCom field. */
  is_guide: boolean
}

export interface DemoRegion {
  id: string
  name: string
  department_id: number
  sort_order: number
}

export interface DemoStore {
  id: string
  code: string
  name: string
  region_id: string
  department_id: number
  city: string
  address: string
  type: StoreType
  opening_hours: string
  visit_minutes: number
  lng: number
  lat: number
}

export interface DemoGuideStore {
  userid: string
  store_id: string
  role: 'primary' | 'secondary'
}

/** externalcontact/get_corp_tag_list item (times in seconds). */
export interface DemoTagGroup {
  group_id: string
  group_name: string
  create_time: number
  order: number
  tag: { id: string; name: string; create_time: number; order: number }[]
}

/** external_contact as externalcontact/get returns it. */
export interface DemoExternalContact {
  external_userid: string
  name: string
  /** 1 WeChat user, 2 WeCom user (then corp_name is set). */
  type: 1 | 2
  gender: 0 | 1 | 2
  corp_name?: string
  unionid?: string
}

/** follow_user / follow_info item: one guide following one customer. */
export interface DemoFollowUser {
  userid: string
  remark: string
  /** Seconds, as WeCom sends it. */
  createtime: number
  tag_id: string[]
  add_way: number
  state?: string
}

/** One customer with everyone who follows them (1–3 guides). */
export interface DemoCustomer {
  external_contact: DemoExternalContact
  follow_user: DemoFollowUser[]
}

/** groupchat/get, with the member list reduced to its size. */
export interface DemoGroupChat {
  chat_id: string
  name: string
  owner: string
  /** Seconds. */
  create_time: number
  member_count: number
  /** 0 normal, 1 owner left (离职待继承), 2 inheriting, 3 inherited. */
  status: 0 | 1 | 2 | 3
}
