// Entry point of `adw-plan`, the CLI: the action's pipeline on a local repository, no GitHub.
import { runCli } from './cli/main.js'

void runCli(process.argv.slice(2))
