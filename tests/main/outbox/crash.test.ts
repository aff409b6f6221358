/**
 * Crash safety: a child process enqueues changes (each with its local write, in one transaction)
 * and delivers them to the simulator here in the parent, and is SIGKILLed between the local
 * write and the delivery, or mid-send (as the simulator's reply, with the write applied, is
 * about to leave, or a few ms after). Restarted, the worker must leave WeCom exactly as intended,
 * with every change delivered once in effect and no row left pending; a message cut off mid-send
 * is never sent twice. The child is bundled like tests/main/sync/crash.test.ts does.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../main/db/connection'
import type { EnqueueInput } from '../../../main/outbox/outbox-writer'
import { seededRandom } from '../../../main/wecom/client'
import type { SimResponseEvent, WecomSimulator } from '../../../main/wecom-sim'
import { bundleEntry } from '../../helpers/bundle-entry'
import { fixtures, moveMember, simDepartments, startSim, testCache } from './outbox-harness'

const ROOT = join(import.meta.dirname, '../../..')
const CHILD = join(ROOT, 'node_modules/.cache/zhanggui-outbox-crash-child/outbox-crash-child.mjs')

const bundleChild = () => bundleEntry(join(import.meta.dirname, 'crash-child.ts'), 'outbox-crash-child')

interface ChildEnd {
  signal: NodeJS.Signals | null
  code: number | null
  stdout: string
  stderr: string
}

/** When to SIGKILL: on the child's "enqueued" line, or at a reply the simulator is sending. */
type Kill = { onEnqueued: true } | { when: (e: SimResponseEvent) => boolean; delayMs: number } | null

describe('outbox crash safety', () => {
  let sim: WecomSimulator
  let onResponse: ((e: SimResponseEvent) => void) | null = null

  beforeAll(async () => {
    await bundleChild()
    sim = await startSim({ onResponse: (e) => onResponse?.(e) }, { shared: true })
  })

  function runChild(
    mode: 'enqueue' | 'deliver',
    file: string,
    plan: EnqueueInput[],
    kill: Kill,
    holdMs = 0
  ): Promise<ChildEnd> {
    const { corpId, appSecret, contactsSecret, agentId } = sim.corp
    const corp = [corpId, appSecret, contactsSecret, String(agentId)]
    const args = [CHILD, mode, file, sim.url, ...corp, JSON.stringify(plan), String(holdMs)]
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    onResponse = (e) => {
      if (!kill || !('when' in kill) || !kill.when(e)) return
      onResponse = null
      if (kill.delayMs < 0) child.kill('SIGKILL')
      else setTimeout(() => child.kill('SIGKILL'), kill.delayMs)
    }
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (kill && 'onEnqueued' in kill && stdout.includes('enqueued')) child.kill('SIGKILL')
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    return new Promise((resolve) => {
      child.on('close', (code, signal) => {
        onResponse = null
        resolve({ code, signal, stdout, stderr })
      })
    })
  }

  /** A fresh cache file the children share; closed here so only the child writes it. */
  function cacheFile(): string {
    const db = testCache()
    const file = db.name
    db.close()
    return file
  }

  /** Moves for `count` members from `offset`, some moved twice (the later move is the intent). */
  function plan(
    seed: number,
    offset: number,
    count: number
  ): { inputs: EnqueueInput[]; intended: Map<string, number[]> } {
    const random = seededRandom(seed)
    const { members, departments } = fixtures(sim)
    const pick = () => departments[Math.floor(random() * departments.length)]!
    const inputs: EnqueueInput[] = []
    const intended = new Map<string, number[]>()
    for (let i = 0; i < count * 2; i++) {
      const userid = members[offset + (i % count)]!
      if (i >= count && random() < 0.5) continue
      const target = [...new Set([pick(), pick()])].sort((a, b) => a - b)
      inputs.push(moveMember(userid, target))
      intended.set(userid, target)
    }
    return { inputs, intended }
  }

  function statesIn(file: string): string[] {
    const db = openDatabase(file)
    try {
      return db.prepare<[], string>('SELECT state FROM sync_outbox ORDER BY id').pluck().all()
    } finally {
      db.close()
    }
  }

  function expectSettled(file: string, intended: Map<string, number[]>): void {
    for (const [userid, department] of intended) {
      expect(simDepartments(sim, userid), userid).toEqual({ department, main: department[0] })
    }
    const db = openDatabase(file)
    try {
      const open = db
        .prepare("SELECT count(*) FROM sync_outbox WHERE state IN ('pending', 'sending', 'failed')")
        .pluck()
        .get()
      expect(open).toBe(0)
      // Every local write has its outbox row and the reverse: they committed together.
      const audits = db.prepare('SELECT count(*) FROM audit_log').pluck().get()
      expect(db.prepare('SELECT count(*) FROM sync_outbox').pluck().get()).toBe(audits)
    } finally {
      db.close()
    }
  }

  it('killed between the local write and the delivery: the restart delivers every change', async () => {
    const file = cacheFile()
    const { inputs, intended } = plan(1, 0, 4)
    const before = sim.callLog.count('user/update')
    const killed = await runChild('enqueue', file, inputs, { onEnqueued: true }, 30_000)
    expect(killed.signal).toBe('SIGKILL')
    expect(sim.callLog.count('user/update')).toBe(before) // nothing left the dead process
    const last = await runChild('deliver', file, [], null)
    expect(last.code, last.stderr).toBe(0)
    expect(JSON.parse(last.stdout.trim())).toMatchObject({ pending: 0, sending: 0, failed: 0 })
    expect(sim.callLog.count('user/update') - before).toBe(intended.size) // superseded moves never sent
    expectSettled(file, intended)
  })

  it.each([1, 2, 3, 4])('seed %i: killed mid-send, the restart re-sends and WeCom ends as intended', async (seed) => {
    const file = cacheFile()
    const { inputs, intended } = plan(seed + 10, 4 + seed * 3, 3)
    const random = seededRandom(seed)
    const nth = 1 + Math.floor(random() * intended.size)
    const delayMs = random() < 0.5 ? -1 : Math.floor(random() * 4)
    let seen = 0
    const killed = await runChild('enqueue', file, inputs, {
      when: (e) => e.path === 'user/update' && ++seen >= nth,
      delayMs
    })
    if (delayMs < 0) {
      // Killed as WeCom's reply was leaving: the change is applied there, the row still 'sending'.
      expect(killed.signal).toBe('SIGKILL')
      expect(statesIn(file)).toContain('sending')
    }
    const last = await runChild('deliver', file, [], null)
    expect(last.code, last.stderr).toBe(0)
    expect(JSON.parse(last.stdout.trim())).toMatchObject({ pending: 0, sending: 0, failed: 0 })
    if (killed.signal !== 'SIGKILL') expect(killed.code, killed.stderr).toBe(0) // it finished first
    expectSettled(file, intended)
  })

  it('a message cut off mid-send is not sent again; it waits for a person with the reason', async () => {
    const file = cacheFile()
    const { members } = fixtures(sim)
    const content = `闭店检查 ${Date.now()}`
    const message: EnqueueInput = {
      command: { kind: 'message.send', touser: [members[18]!, members[19]!], msgtype: 'text', content },
      entity: 'notice',
      entityId: 'crash-notice',
      actionId: null
    }
    const killed = await runChild('enqueue', file, [message], { when: (e) => e.path === 'message/send', delayMs: -1 })
    expect(killed.signal).toBe('SIGKILL')
    const last = await runChild('deliver', file, [], null)
    expect(last.code, last.stderr).toBe(0)
    expect(JSON.parse(last.stdout.trim())).toMatchObject({ pending: 0, sending: 0, failed: 1 })
    expect(sim.sentMessages().filter((m) => m.content === content)).toHaveLength(1)
    const db = openDatabase(file)
    try {
      const row = db
        .prepare<[], { error_code: string; last_error: string }>('SELECT error_code, last_error FROM sync_outbox')
        .get()
      expect(row).toMatchObject({ error_code: 'interrupted' })
      expect(row!.last_error).toContain('确认')
    } finally {
      db.close()
    }
  })
})
