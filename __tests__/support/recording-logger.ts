// A logger that keeps every line, marked with its level (info lines unmarked), for tests that
// check what a run said, and that it said no secret.
import type { Logger } from '../../src/log/logger.js'

export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: message => lines.push(message),
    warning: message => lines.push(`warning: ${message}`),
    debug: message => lines.push(`debug: ${message}`)
  }
}
