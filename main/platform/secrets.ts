import { safeStorage } from 'electron'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SecretName, SecretStore } from '../wecom/settings/secret-store'

/**
 * WeCom secrets encrypted with the OS keychain (safeStorage: DPAPI on Windows, Keychain on macOS,
 * libsecret on Linux) in a small file beside the cache — never in SQLite or a log. Where the OS
 * offers no encryption the store refuses to persist and keeps the secret in memory only.
 */
export function createKeychainSecretStore(dir: string): SecretStore {
  const file = join(dir, 'secrets.json')
  const sealed: Partial<Record<SecretName, string>> = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<SecretName, string>>)
    : {}
  const memory = new Map<SecretName, string>()
  const canSeal = safeStorage.isEncryptionAvailable()

  function persist(): void {
    writeFileSync(`${file}.tmp`, JSON.stringify(sealed), { mode: 0o600 })
    renameSync(`${file}.tmp`, file) // atomic: a crash never leaves half a file
  }

  return {
    kind: canSeal ? 'os-keychain' : 'memory',
    get(name) {
      const blob = sealed[name]
      if (blob && canSeal) return safeStorage.decryptString(Buffer.from(blob, 'base64'))
      return memory.get(name)
    },
    set(name, value) {
      memory.delete(name)
      delete sealed[name]
      if (value && canSeal) sealed[name] = safeStorage.encryptString(value).toString('base64')
      else if (value) memory.set(name, value)
      if (canSeal) persist()
    }
  }
}
