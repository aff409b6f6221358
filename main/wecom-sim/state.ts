/**
 * What every handler works on: the database (the server's truth), the clock, the settings in
 * force, the corp's identity, a seeded source for new ids, and the visible range.
 */
import type { Db } from '../db/connection'
import type { WecomEndpointPath, WecomSecretKind } from '../wecom/endpoints'
import type { Fields } from './request-fields'
import { mergeSettings, randomString } from './config'
import type { SimCorp, SimSettings, SimSettingsPatch } from './config'
import type { SimClock } from './sim-clock'
import { Members } from './members'
import { Visibility } from './visibility'
import { SimApiError } from './wire'

export interface SimRequest {
  readonly path: WecomEndpointPath
  /** Query parameters of a GET, the JSON object of a POST. */
  readonly input: Fields
  /** Whose token the call carries. */
  readonly secret: WecomSecretKind
}

export class SimState {
  readonly members: Members
  private visible: Visibility | undefined

  constructor(
    readonly db: Db,
    readonly clock: SimClock,
    readonly corp: SimCorp,
    readonly seed: number,
    private current: SimSettings,
    private readonly random: () => number
  ) {
    this.members = new Members(db)
  }

  get settings(): SimSettings {
    return this.current
  }

  configure(patch: SimSettingsPatch): void {
    this.current = mergeSettings(this.current, patch)
    this.visible = undefined
  }

  visibility(): Visibility {
    this.visible ??= Visibility.build(
      this.db,
      this.current.visibleDepartments,
      this.current.visibleUsers
    )
    return this.visible
  }

  /** Call after changing members or their departments. */
  membersChanged(): void {
    this.visible = undefined
  }

  now(): number {
    return this.clock.now()
  }

  nowSec(): number {
    return Math.floor(this.clock.now() / 1000)
  }

  /** A new WeCom-looking id, e.g. 'et' + 30 characters for tags. */
  newId(prefix: string, length: number): string {
    return prefix + randomString(this.random, length)
  }

  /** 60011 unless the member is in the app's visible range. */
  requireVisibleMember(userid: string, secret: WecomSecretKind): void {
    if (secret === 'app' && !this.visibility().member(userid)) throw new SimApiError(60011)
  }
}
