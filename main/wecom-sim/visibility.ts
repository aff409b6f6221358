/**
 * The app's 可见范围: which departments and members a self-built app's token may read. Reads
 * outside it get 60011; lists leave the outside out. Departments are few (WeCom caps them at
 * 30 000), so the visible subtree is held as a set; members are checked with an indexed query.
 */
import type { Db } from '../db/connection'

export class Visibility {
  private readonly departmentsOf: (userid: string) => number[]
  private counted: number | undefined

  private constructor(
    private readonly db: Db,
    /** Every department is visible (the root is in range). */
    readonly all: boolean,
    readonly departments: ReadonlySet<number>,
    private readonly users: ReadonlySet<string>
  ) {
    const stmt = db.prepare<[string], number>(
      'SELECT department_id FROM member_department WHERE userid = ?'
    )
    this.departmentsOf = (userid) => stmt.pluck().all(userid)
  }

  static build(db: Db, roots: readonly number[], users: readonly string[]): Visibility {
    const rows = db
      .prepare<[], { id: number; parent_id: number }>(
        'SELECT id, parent_id FROM department WHERE removed_at IS NULL'
      )
      .all()
    const children = new Map<number, number[]>()
    for (const { id, parent_id } of rows) {
      const list = children.get(parent_id) ?? []
      list.push(id)
      children.set(parent_id, list)
    }
    const known = new Set(rows.map((r) => r.id))
    const visible = new Set<number>()
    const queue = roots.filter((id) => known.has(id))
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      if (visible.has(id)) continue
      visible.add(id)
      queue.push(...(children.get(id) ?? []))
    }
    const all = visible.size === known.size
    return new Visibility(db, all, visible, new Set(users))
  }

  department(id: number): boolean {
    return this.all || this.departments.has(id)
  }

  member(userid: string): boolean {
    if (this.all || this.users.has(userid)) return true
    return this.departmentsOf(userid).some((id) => this.departments.has(id))
  }

  /**
   * Members in range who have not left: groupchat/list's 81017 threshold counts them. Cached;
   * the simulator rebuilds Visibility whenever members change.
   */
  memberCount(): number {
    this.counted ??= this.countMembers()
    return this.counted
  }

  private countMembers(): number {
    const active = this.db
      .prepare<[], string>('SELECT userid FROM member WHERE status <> 5 AND removed_at IS NULL')
      .pluck()
      .all()
    if (this.all) return active.length
    return active.filter((userid) => this.member(userid)).length
  }
}
