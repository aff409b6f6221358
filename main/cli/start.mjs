// `npm start`: build, then run the real Electron app. Where the Electron binary is missing and
// cannot be fetched (offline machines, CI), say so plainly and start the browser host instead.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const electronDir = join(root, 'node_modules/electron')

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt')
  const exe = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron'
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const full = override ? join(override, exe) : join(electronDir, 'dist', exe)
  return existsSync(full) ? full : null
}

function tryDownloadElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return
  console.log('正在下载 Electron 运行时（仅首次）… / Fetching the Electron runtime (first run only)…')
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit', timeout: 300_000 })
}

function run(cmd, args, env = {}) {
  const child = spawn(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } })
  child.on('exit', (code) => process.exit(code ?? 0))
}

const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
  stdio: 'inherit',
  cwd: root
})
if (build.status !== 0) process.exit(build.status ?? 1)

let binary = electronBinary()
if (!binary) {
  tryDownloadElectron()
  binary = electronBinary()
}
if (binary) {
  run(binary, ['.'])
} else {
  console.log(`
未找到 Electron 运行时，无法打开桌面窗口。 The Electron runtime is missing on this machine, so the
desktop window cannot open: node_modules/electron/dist has no binary and it could not be downloaded
(no internet access, or ELECTRON_SKIP_BINARY_DOWNLOAD is set). To get the desktop app, run
\`npm start\` once on a machine with internet access, or point ELECTRON_OVERRIDE_DIST_PATH at a folder
holding an Electron 45 build. Meanwhile the same app runs in your browser: the local host below serves
it from this machine only (127.0.0.1, protected by a one-time token in the link).
`)
  run(process.execPath, [join(root, 'out/main/host.js')])
}
