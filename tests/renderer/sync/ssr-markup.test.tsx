import { describe, expect, it } from 'vitest'
import { SYNC_ENTITIES } from '../../../preload/contract/models'
import { headerSync } from '../../../renderer/src/app/header-sync'
import { SyncBadge } from '../../../renderer/src/app/SyncBadge'
import { SyncView, type SyncViewProps } from '../../../renderer/src/features/sync/SyncView'
import { count, render, tagOf } from '../helpers/render-markup'
import { entity, meter, overview, progress, run, T0 } from './fixtures'

const props = (patch: Partial<SyncViewProps> = {}): SyncViewProps => ({
  overview: overview(),
  progress: null,
  corpId: null,
  now: T0,
  actionError: null,
  runPending: false,
  cancelPending: false,
  onRun: () => undefined,
  onCancel: () => undefined,
  ...patch
})

describe.each(['zh-CN', 'en-US'] as const)('SyncView in %s', (locale) => {
  it('marks the buttons, every entity row, the last run and every quota row', () => {
    const html = render(<SyncView {...props()} />, locale)
    expect(tagOf(html, 'sync-run')).toMatch(/^<button/)
    expect(tagOf(html, 'sync-cancel')).toMatch(/disabled/)
    expect(tagOf(html, 'sync-run')).not.toMatch(/disabled/)
    const entities = [...html.matchAll(/data-testid="sync-entity-row" data-entity="(\w+)"/g)]
    expect(entities.map((m) => m[1])).toEqual([...SYNC_ENTITIES])
    expect(count(html, 'data-testid="sync-entity-state"')).toBe(SYNC_ENTITIES.length)
    expect(tagOf(html, 'sync-last-run')).toContain('data-outcome="ok"')
    const paths = [...html.matchAll(/data-testid="quota-row" data-path="([^"]+)"/g)]
    expect(paths.map((m) => m[1])).toEqual(['externalcontact/batch/get_by_user', 'user/list_id'])
    expect(html).not.toContain('data-testid="sync-progress"')
    expect(html).not.toContain('data-testid="sync-error"')
  })

  it('shows the live run: progress, ETA, the running row, and cancel enabled', () => {
    const html = render(
      <SyncView {...props({ overview: overview({ running: true }), progress: progress() })} />,
      locale
    )
    expect(tagOf(html, 'sync-progress')).toContain('data-percent="70"')
    expect(tagOf(html, 'sync-run')).toMatch(/disabled/)
    expect(tagOf(html, 'sync-cancel')).not.toMatch(/disabled/)
    expect(html).toMatch(/data-testid="sync-entity-state" data-state="running"/)
    const zh = locale === 'zh-CN'
    expect(html).toContain(zh ? '正在同步：客户及跟进关系' : 'Syncing: Customers and follow-ups')
    expect(html).toContain(zh ? '预计还需 3 分 20 秒' : 'About 3 min 20 s left')
    expect(html).toContain('4,321')
  })
})

describe('SyncView problems', () => {
  const failed = overview({
    entities: [
      entity('departments'),
      entity('members', {
        state: 'failed',
        lastError: { code: 'wecom-config', message: '通讯录同步 Secret 无效，请到设置重新填写' }
      })
    ],
    lastRun: run({
      outcome: 'failed',
      error: { code: 'wecom-config', message: '通讯录同步 Secret 无效，请到设置重新填写' }
    }),
    quota: [meter('user/list_id', { blockedUntil: Date.now() + 5 * 60_000 })]
  })

  it('explains a failed run and entity in zh-CN as main words it', () => {
    const html = render(<SyncView {...props({ overview: failed })} />)
    expect(tagOf(html, 'sync-error')).toMatch(/role="alert"|class="ant-alert/)
    expect(html).toContain('上次同步失败')
    expect(count(html, '通讯录同步 Secret 无效，请到设置重新填写')).toBe(2)
    expect(html).toMatch(/data-testid="sync-entity-state" data-state="failed"/)
    expect(html).toContain('data-testid="sync-entity-error"')
    expect(html).toMatch(/data-testid="quota-cooldown"[^>]*>冷却中，剩余 [45]:\d\d</)
  })

  it('leads with the English wording and keeps main’s detail', () => {
    const html = render(<SyncView {...props({ overview: failed })} />, 'en-US')
    expect(html).toContain('The last sync failed')
    expect(html).toContain('WeCom is not configured correctly; check the corp ID')
    expect(html).toMatch(/Cooling down, [45]:\d\d left/)
  })

  it('shows a failed run-now call instead of the last run', () => {
    const html = render(
      <SyncView
        {...props({
          overview: failed,
          actionError: { title: '无法开始同步', problem: { code: 'internal', message: '内部错误' } }
        })}
      />
    )
    expect(count(html, 'data-testid="sync-error"')).toBe(1)
    expect(html).toContain('无法开始同步')
    expect(html).not.toContain('上次同步失败')
  })

  it('says so when nothing has been synced', () => {
    const fresh = overview({ lastRun: null, quota: [] })
    const html = render(<SyncView {...props({ overview: fresh })} />)
    expect(tagOf(html, 'sync-last-run')).toContain('data-outcome="none"')
    expect(html).toContain('尚未同步过')
    expect(html).toContain('暂无接口调用记录')
  })

  it('names the corp when connected', () => {
    const html = render(
      <SyncView {...props({ overview: overview({ source: 'wecom' }), corpId: 'ww0123456789' })} />
    )
    expect(tagOf(html, 'sync-source')).toContain('data-source="wecom"')
    expect(html).toContain('企业ID ww0123456789')
  })
})

describe('SyncBadge', () => {
  it('links to the Sync screen and says what the sync is doing', () => {
    const running = render(<SyncBadge state={headerSync(undefined, progress(), null)} now={T0} />)
    expect(tagOf(running, 'header-sync')).toMatch(/href="#\/sync"[^>]*data-state="running"/)
    expect(running).toContain('同步中 70%')
    const failed = render(
      <SyncBadge state={{ kind: 'failed', at: T0 - 60_000 }} now={T0} />,
      'en-US'
    )
    expect(failed).toMatch(/Sync failed · 09:59/)
    expect(render(<SyncBadge state={{ kind: 'never' }} now={T0} />)).toContain('尚未同步')
  })
})
