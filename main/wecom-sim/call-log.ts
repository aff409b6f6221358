/**
 * Every request the simulator received, with the sim time it arrived and how it was answered,
 * so tests can prove properties of the traffic (no call served inside a 45009 block, one
 * gettoken per burst) and the demo can show what the console is doing to "WeCom".
 * A ring: past `limit` entries the oldest are dropped; seq keeps counting.
 */
import type { WecomSecretKind } from '../wecom/endpoints'
import type { FaultKind } from './faults'

export interface SimCallEntry {
  readonly seq: number
  /** Sim epoch ms at arrival. */
  readonly at: number
  readonly method: string
  /** The path under /cgi-bin/, e.g. 'externalcontact/batch/get_by_user'. */
  readonly path: string
  /** Whose token was presented (gettoken: whose secret); null when unknown or none. */
  readonly secret: WecomSecretKind | null
  /** HTTP status sent; null when the socket was held or reset. */
  readonly status: number | null
  /** errcode of the JSON reply; null for non-JSON replies and dropped sockets. */
  readonly errcode: number | null
  readonly fault: FaultKind | null
  /** Sim ms at which the reply was finished. */
  readonly doneAt: number
}

export class CallLog {
  private entries: SimCallEntry[] = []
  private nextSeq = 1

  constructor(private readonly limit = 100_000) {}

  record(entry: Omit<SimCallEntry, 'seq'>): SimCallEntry {
    const full = { seq: this.nextSeq++, ...entry }
    this.entries.push(full)
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit)
    return full
  }

  /** Entries in arrival order, optionally only one path's. */
  all(path?: string): SimCallEntry[] {
    return path === undefined ? [...this.entries] : this.entries.filter((e) => e.path === path)
  }

  /** Entries with seq > `seq`: poll with the last seq seen. */
  since(seq: number): SimCallEntry[] {
    return this.entries.filter((e) => e.seq > seq)
  }

  /** Answered with errcode 0. */
  served(path?: string): SimCallEntry[] {
    return this.all(path).filter((e) => e.errcode === 0)
  }

  count(path?: string): number {
    return path === undefined ? this.entries.length : this.all(path).length
  }

  clear(): void {
    this.entries = []
  }
}
