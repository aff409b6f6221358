/**
 * Where the WeCom secrets live. Never SQLite, never a log: in Electron an OS-keychain-backed
 * store (main/platform/secrets.ts, safeStorage); in the browser host this process's memory
 * only, so a restart forgets them (the Settings screen says so).
 */
export type SecretName = 'wecom.appSecret' | 'wecom.contactsSecret'

export interface SecretStore {
  readonly kind: 'os-keychain' | 'memory'
  get(name: SecretName): string | undefined
  /** `undefined` removes the secret. */
  set(name: SecretName, value: string | undefined): void
}

export function createMemorySecretStore(): SecretStore {
  const values = new Map<SecretName, string>()
  return {
    kind: 'memory',
    get: (name) => values.get(name),
    set: (name, value) => void (value ? values.set(name, value) : values.delete(name))
  }
}
