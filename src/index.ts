// Entry point of the action (action.yml `runs.main`).
import { run } from './action/run.js'

void run()
