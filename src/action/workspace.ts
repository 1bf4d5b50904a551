// Where the research reads the repository from: the workflow's checkout when there is one,
// otherwise the base branch's tarball (one API request), so the quickstart needs no checkout step.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Logger } from '../log/logger.js'

export interface WorkspaceSource {
  root: string
  kind: 'checkout' | 'tarball'
}

/** A checkout is usable when the workspace holds a git work tree with at least one file. */
export function checkedOutWorkspace(workspace: string | undefined): string | undefined {
  if (!workspace || !existsSync(workspace)) return undefined
  if (!existsSync(join(workspace, '.git'))) return undefined
  return readdirSync(workspace).some(name => name !== '.git') ? workspace : undefined
}

export async function resolveWorkspace(
  workspace: string | undefined,
  download: (destination: string) => Promise<string>,
  log: Logger
): Promise<WorkspaceSource> {
  const checkout = checkedOutWorkspace(workspace)
  if (checkout) {
    log.info(`Reading the checked-out repository in ${checkout}`)
    return { root: checkout, kind: 'checkout' }
  }
  const destination = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'adw-repo-'))
  log.info('No checkout in the workspace: downloading the base branch as a tarball')
  return { root: await download(destination), kind: 'tarball' }
}
