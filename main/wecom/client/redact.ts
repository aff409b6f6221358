/**
 * Secrets and tokens must never reach a log line, an error message or the renderer. Every URL or
 * transport message that might be shown goes through here first.
 */
const SENSITIVE_PARAMS = /([?&](?:access_token|corpsecret)=)[^&#\s"']*/gi

/** `…?access_token=abc&x=1` → `…?access_token=***&x=1`; same for corpsecret. */
export function redactUrl(url: string): string {
  return url.replace(SENSITIVE_PARAMS, '$1***')
}

/**
 * Also masks the literal values, for text we did not build (a transport error could quote a URL
 * in any shape). Short values are skipped: masking "1" would mangle the text, not protect it.
 */
export function redactSecrets(text: string, values: Iterable<string>): string {
  let out = redactUrl(text)
  for (const value of values) {
    if (value.length >= 6) out = out.replaceAll(value, '***')
  }
  return out
}
