// What a run did, as the job summary, the outputs and the tracking comment report it. Its own
// module because the run context records it and the publishers fill it in.
import type { PlanChanges } from '../plan/format/compare.js'
import type { PlanKind } from '../plan/format/naming.js'
import type { PlanResult } from '../plan/types.js'
import type { ResearchResult } from '../research/types.js'
import type { ReviewReport } from '../pipeline/revise-plan.js'

export interface PublishedPlan {
  branch: string
  path: string
  commitSha: string
  fileOperation: 'created' | 'updated' | 'unchanged'
  removed: string[]
  planUrl: string
  pullRequest: { number: number; url: string; operation: 'created' | 'updated' | 'unchanged' }
}

export interface RunReport {
  status: 'skipped' | 'dry-run' | 'published' | 'revised' | 'unchanged' | 'handed-off' | 'failed'
  /** What the event asked for: a first plan (the default), a revision or a handoff. */
  flow?: 'revision' | 'handoff'
  reason?: string
  error?: string
  kind?: PlanKind
  /** Problems worth a maintainer's attention that did not stop the run (broken template overrides). */
  warnings?: string[]
  adwId?: string
  planPath?: string
  plan?: PlanResult
  research?: ResearchResult
  /** How the history the research reads came to be there (or why none did), in one line. */
  history?: string
  published?: PublishedPlan
  revision?: { commitUrl: string; changes: PlanChanges }
  /** What the embedded planner applied of a revision's requests, and what it could not. */
  review?: ReviewReport
  handoff?: { planUrl: string; label?: string; workflow?: string; error?: string }
  requests?: number
}
