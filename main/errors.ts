import type { ErrorCode } from '../preload/contract/ipc'

/**
 * A business error: it travels to the renderer as data with a stable code.
 * `message` is zh-CN and written for an HQ operator, not for a developer.
 * Anything thrown that is not an AppError is a bug and is reported as `internal`.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'AppError'
  }
}
