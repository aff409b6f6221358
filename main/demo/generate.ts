import { generateCustomers } from './customers'
import { generateGroupChats } from './group-chats'
import { resolveDemoOptions, type DemoOptions, type ResolvedDemoOptions } from './options'
import { generateOrg } from './org'
import { Rng } from './prng'
import type {
  DemoCustomer,
  DemoDepartment,
  DemoGroupChat,
  DemoGuideStore,
  DemoMember,
  DemoRegion,
  DemoStore,
  DemoTagGroup
} from './records'
import { generateStaff } from './staff'
import { generateTagGroups } from './tags'

/** The demo enterprise: small parts as arrays, customers as a stream. */
export interface DemoEnterprise {
  options: ResolvedDemoOptions
  departments: DemoDepartment[]
  members: DemoMember[]
  regions: DemoRegion[]
  stores: DemoStore[]
  guideStores: DemoGuideStore[]
  tagGroups: DemoTagGroup[]
  groupChats: DemoGroupChat[]
  /**
   * A fresh, identical stream on every call; yields customers until exactly
   * `options.relations` follow relations have come out.
   */
  customers(): Generator<DemoCustomer>
}

/**
 * Generates the whole demo enterprise from a seed. Each part draws from its own PRNG stream, so
 * changing the number of relations leaves stores and guides as they were.
 */
export function generateDemo(options: Partial<DemoOptions> = {}): DemoEnterprise {
  const o = resolveDemoOptions(options)
  const nowS = Math.floor(o.now / 1000)
  const org = generateOrg(new Rng(o.seed, 'org'), o.enterpriseName, o.stores)
  const staff = generateStaff(new Rng(o.seed, 'staff'), org, o.guides)
  const tagGroups = generateTagGroups(new Rng(o.seed, 'tags'), o.tagGroups, nowS)
  const groupChats = generateGroupChats(new Rng(o.seed, 'group-chats'), staff.followers, nowS)
  return {
    options: o,
    ...org,
    members: staff.members,
    guideStores: staff.guideStores,
    tagGroups,
    groupChats,
    customers: () =>
      generateCustomers({
        seed: o.seed,
        relations: o.relations,
        followers: staff.followers,
        tagGroups,
        nowS
      })
  }
}
