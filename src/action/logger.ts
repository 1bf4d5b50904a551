// The core's Logger, backed by the runner's log commands.
import * as core from '@actions/core'
import type { Logger } from '../log/logger.js'

export const actionLogger: Logger = {
  info: message => core.info(message),
  warning: message => core.warning(message),
  debug: message => core.debug(message)
}
