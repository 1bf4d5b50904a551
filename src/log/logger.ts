// The core logs through this interface so it stays free of @actions/core: the action passes
// a logger backed by @actions/core, the CLI one that writes to stderr, tests a silent one.
export interface Logger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

export const silentLogger: Logger = { info() {}, warning() {}, debug() {} }

export const stderrLogger: Logger = {
  info: message => process.stderr.write(`${message}\n`),
  warning: message => process.stderr.write(`warning: ${message}\n`),
  debug: message => {
    if (process.env.ADW_DEBUG) process.stderr.write(`debug: ${message}\n`)
  }
}
