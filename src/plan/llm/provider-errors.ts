// A provider failure turned into one line a maintainer can act on (never a key, never a
// request body), from the SDK's own error types.
import { APICallError, RetryError } from 'ai'

function describeCall(error: APICallError): string {
  const status = error.statusCode ? `HTTP ${error.statusCode}` : 'no HTTP status'
  return `${status}: ${error.message.split('\n')[0].slice(0, 200)}`
}

export function describeProviderError(provider: string, error: unknown): string {
  if (RetryError.isInstance(error)) {
    const last = error.lastError
    const detail = APICallError.isInstance(last) ? describeCall(last) : String(last).slice(0, 200)
    return `the ${provider} API failed after ${error.errors.length} attempts (${detail})`
  }
  if (APICallError.isInstance(error))
    return `the ${provider} API call failed (${describeCall(error)})`
  const message = error instanceof Error ? error.message : String(error)
  return `the ${provider} call failed (${message.split('\n')[0].slice(0, 200)})`
}
