// `npm test`: every suite in order (typecheck, lint, unit, build, e2e), one summary per suite,
// and a closing `N passed, N failed` line totalling them all. Any failure fails the run.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const results = join(root, 'test-results')
rmSync(results, { recursive: true, force: true })
mkdirSync(results, { recursive: true })
const bin = (name) => join(root, 'node_modules/.bin', name)

/** Runs one command with inherited output; returns whether it exited 0. */
function run(title, cmd, args) {
  console.log(`\n=== ${title}: ${[cmd, ...args].join(' ')}`)
  const started = Date.now()
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: process.env })
  console.log(`=== ${title} ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return r.status === 0
}

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)
const suites = []
const step = (name, ok) => suites.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 })

// Two programs: main+preload+node tests (Node types) and the renderer (DOM types).
step('typecheck main', run('typecheck main', bin('tsc'), ['-p', 'main/tsconfig.json', '--noEmit']))
step('typecheck renderer', run('typecheck renderer', bin('tsc'), ['-p', 'renderer/tsconfig.json', '--noEmit']))
step('lint', run('lint', bin('eslint'), ['-c', '.ci/eslint.config.mjs', '--max-warnings', '0', '.']))

const unitJson = join(results, 'unit.json')
const unitOk = run('unit', bin('vitest'), ['run', '-c', 'tests/vitest.config.mts', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`])
const unit = readJson(unitJson)
suites.push({
  name: 'unit',
  passed: unit?.numPassedTests ?? 0,
  // a suite that fails to load fails no single test: still count it
  failed: (unit?.numFailedTests ?? 0) + (!unitOk && !unit?.numFailedTests ? 1 : 0),
  skipped: (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0)
})

const built = run('build', bin('electron-vite'), ['build'])
step('build', built)

if (built) {
  const e2eOk = run('e2e', bin('playwright'), ['test', '-c', 'tests/e2e/playwright.config.ts'])
  const stats = readJson(join(results, 'e2e.json'))?.stats
  suites.push({
    name: 'e2e',
    passed: stats?.expected ?? 0,
    failed: (stats?.unexpected ?? 0) + (stats?.flaky ?? 0) + (!e2eOk && !stats?.unexpected ? 1 : 0),
    skipped: stats?.skipped ?? 0
  })
} else {
  suites.push({ name: 'e2e (not run: build failed)', passed: 0, failed: 1, skipped: 0 })
}

console.log('\n=== summary')
for (const s of suites) console.log(`${s.name.padEnd(20)} ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`)
const total = (k) => suites.reduce((n, s) => n + s[k], 0)
console.log(`${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`)
process.exit(total('failed') > 0 ? 1 : 0)
