// The one comment per issue and kind that says where its plan is: planning, ready, revised,
// approved, or what went wrong. Rendered from `issue-comment.md.hbs` (or a repository's
// override) and edited in place.
import type { GitHubRepository } from '../../github/repository.js'
import { readTrackingComment, upsertTrackingComment } from '../../github/issue-comment.js'
import type { PlanKind } from '../../plan/format/naming.js'
import { loadTemplate, renderTemplate } from '../../templates/render.js'
import type { ActionRun } from '../context.js'
import { labelFor } from '../events/trigger.js'

export const TRACKING_MARKER = '<!-- adw-plan:tracking -->'

/** Each kind keeps its own comment, so a bug plan for an issue never overwrites its feature plan's links. */
export function trackingMarker(kind: PlanKind): string {
  return kind === 'feature' ? TRACKING_MARKER : `<!-- adw-plan:tracking:${kind} -->`
}

/** Values the template reads; each state sets its flag (`planning`, `done`, `approved`…). */
export interface CommentState {
  [key: string]: unknown
}

export class TrackingComment {
  private id?: number
  private templatesRoot?: string

  constructor(
    private readonly repository: GitHubRepository,
    private readonly issueNumber: number,
    private readonly context: { kind: PlanKind; label: string; command: string; runUrl?: string }
  ) {}

  /** The comment's id when known (from this run, or from the plan pull request's state). */
  get commentId(): number | undefined {
    return this.id
  }

  adopt(id: number | undefined): void {
    this.id ??= id
  }

  useTemplates(directory: string | undefined): void {
    this.templatesRoot = directory
  }

  /** Whether the comment (read now) holds `text`; remembers its id for the next write. */
  async contains(text: string): Promise<boolean> {
    const found = await readTrackingComment(this.repository, this.issueNumber, {
      marker: trackingMarker(this.context.kind),
      commentId: this.id
    })
    this.id = found?.id ?? this.id
    return found?.body.includes(text) ?? false
  }

  /** Writes the comment for `state`; `extra` is appended verbatim (hidden markers). */
  async write(state: CommentState, extra = ''): Promise<void> {
    const body = renderTemplate(loadTemplate('issue-comment.md.hbs', this.templatesRoot), {
      label: this.context.label,
      command: this.context.command,
      kind: this.context.kind,
      runUrl: this.context.runUrl,
      ...state
    })
    const result = await upsertTrackingComment(this.repository, this.issueNumber, {
      marker: trackingMarker(this.context.kind),
      body: extra ? `${body.trimEnd()}\n${extra}` : body,
      commentId: this.id
    })
    this.id = result.id
  }
}

/** The tracking comment of an issue's plan, for flows that start from its pull request. */
export function trackingCommentOf(
  run: ActionRun,
  plan: { adwId: string; kind: PlanKind },
  knownId?: number
): TrackingComment {
  const tracking = new TrackingComment(run.repository(), Number(plan.adwId), {
    kind: plan.kind,
    label: labelFor(plan.kind, run.inputs.labels),
    command: run.inputs.commentCommand,
    runUrl: run.runUrl
  })
  tracking.adopt(knownId)
  return tracking
}
