// Every action input, read and validated in one place, so a typo in a workflow fails the run
// before anything is written, with a message that names the input.
import * as core from '@actions/core'

import {
  providerChoices,
  type ProviderChoice,
  type ProviderOptions
} from '../plan/llm/providers.js'
import { awsSettingsFrom, vertexDefaultsFrom } from '../plan/llm/provider-environment.js'
import {
  InputError,
  parseHistoryCommits,
  parseIssueNumber,
  parseRelativeDir
} from '../pipeline/options.js'
import { cloudSecrets } from './cloud-credentials.js'
import { isPlanKind, planKinds, type PlanKind } from '../plan/format/naming.js'

export { InputError, parseIssueNumber, parseRelativeDir }

/** Repository roles in increasing order of access, as GitHub names them. */
export const permissionLevels = ['read', 'triage', 'write', 'maintain', 'admin'] as const
export type PermissionLevel = (typeof permissionLevels)[number]

export interface ActionInputs extends ProviderOptions {
  token: string
  /** Trigger labels, lowercase, each with the kind of plan it asks for. */
  labels: Record<string, PlanKind>
  /** The kind of plan a workflow_dispatch run makes. */
  kind: PlanKind
  /** Plan issues whose trigger came from a bot account (off by default, to avoid loops). */
  allowBots: boolean
  /** Least repository role the person who triggered the run must hold; unset means anyone. */
  requiredPermission?: PermissionLevel
  /** A comment or review whose first line starts with this asks for a (re)plan: `/plan`. */
  commentCommand: string
  /** Least role of whoever writes the command (default write): comments are open to anyone. */
  commentPermission?: PermissionLevel
  /** Added to the issue when its plan pull request is merged. */
  approvedLabel?: string
  /** Workflow file (or id) started by workflow_dispatch when a plan pull request is merged. */
  approvedWorkflow?: string
  /** From the `issue-number` input or the workflow_dispatch inputs; undefined when absent. */
  issueNumber?: number
  baseBranch?: string
  specsDir: string
  branchPrefix: string
  templatesDir?: string
  /**
   * Commits of the repository's history the research reads (0: none); a shallow checkout is
   * deepened to this many.
   */
  historyCommits: number
  draft: boolean
  dryRun: boolean
}

/** What `history-depth` is when a workflow leaves it out. */
export const DEFAULT_HISTORY_DEPTH = 3000

function optional(name: string): string | undefined {
  const value = core.getInput(name).trim()
  return value === '' ? undefined : value
}

function flag(name: string, fallback: boolean): boolean {
  const value = optional(name)?.toLowerCase()
  if (value === undefined) return fallback
  if (['true', 'yes', '1', 'on'].includes(value)) return true
  if (['false', 'no', '0', 'off'].includes(value)) return false
  throw new InputError(name, `expected true or false, got "${value}"`)
}

/** Branch prefixes become part of a ref name: keep them to what git accepts everywhere. */
export function parseBranchPrefix(raw: string): string {
  if (raw === '') return raw
  if (
    !/^[A-Za-z0-9._/-]+$/.test(raw) ||
    raw.includes('..') ||
    raw.startsWith('/') ||
    raw.includes('//')
  ) {
    throw new InputError('branch-prefix', `"${raw}" is not usable in a branch name`)
  }
  return raw
}

export function parseLabels(raw: string, name = 'label'): string[] {
  const labels = raw
    .split(',')
    .map(label => label.trim().toLowerCase())
    .filter(Boolean)
  if (labels.length === 0) throw new InputError(name, 'name at least one trigger label')
  return [...new Set(labels)]
}

/**
 * Maps every trigger label to its plan kind. `none` turns a kind off; a label may ask for one
 * kind only, or a single labelling would be two plans.
 */
export function parseLabelKinds(raw: Record<PlanKind, string>): Record<string, PlanKind> {
  const kinds: Record<string, PlanKind> = {}
  for (const kind of planKinds) {
    const name = kind === 'feature' ? 'label' : `${kind}-label`
    if (kind !== 'feature' && raw[kind].trim().toLowerCase() === 'none') continue
    for (const label of parseLabels(raw[kind], name)) {
      const taken = kinds[label]
      if (taken) {
        throw new InputError(name, `"${label}" already asks for a ${taken} plan; use another label`)
      }
      kinds[label] = kind
    }
  }
  return kinds
}

export function parseKind(raw: string | undefined, name = 'kind'): PlanKind {
  const value = (raw ?? 'feature').trim().toLowerCase()
  if (!isPlanKind(value)) {
    throw new InputError(name, `expected one of ${planKinds.join(', ')}, got "${raw}"`)
  }
  return value
}

export function parsePermission(
  raw: string | undefined,
  name = 'required-permission'
): PermissionLevel | undefined {
  const value = raw?.trim().toLowerCase()
  if (!value || value === 'none' || value === 'any') return undefined
  if (!permissionLevels.includes(value as PermissionLevel)) {
    throw new InputError(
      name,
      `expected one of ${permissionLevels.join(', ')} (or none), got "${raw}"`
    )
  }
  return value as PermissionLevel
}

/** One word starting with a punctuation mark people do not type by chance: `/plan`, `!plan`. */
export function parseCommentCommand(raw: string): string {
  const value = raw.trim()
  if (!/^[/!.#@][\w:-]+$/.test(value)) {
    throw new InputError(
      'comment-command',
      `expected one word such as /plan, starting with / or !, got "${raw}"`
    )
  }
  return value
}

/** The approval label must not be a trigger label: with a token that starts workflows, it would re-plan the issue. */
export function parseApprovedLabel(
  raw: string | undefined,
  triggers: Record<string, PlanKind>
): string | undefined {
  const value = raw?.trim()
  if (!value) return undefined
  if (value.includes(',')) throw new InputError('approved-label', 'name one label')
  if (Object.hasOwn(triggers, value.toLowerCase())) {
    throw new InputError(
      'approved-label',
      `"${value}" is a trigger label; adding it would start a new plan`
    )
  }
  return value
}

/** A workflow file name in `.github/workflows/` (`build.yml`) or a workflow's numeric id. */
export function parseWorkflow(raw: string | undefined): string | undefined {
  const value = raw?.trim().replace(/^\.github\/workflows\//, '')
  if (!value) return undefined
  if (!/^(?:[\w.-]+\.ya?ml|\d+)$/.test(value)) {
    throw new InputError(
      'approved-workflow',
      `expected a workflow file name such as build.yml (or its id), got "${raw}"`
    )
  }
  return value
}

function parseProvider(raw: string | undefined): ProviderChoice {
  const value = (raw ?? 'auto').toLowerCase()
  if (!providerChoices.includes(value as ProviderChoice)) {
    throw new InputError('provider', `expected one of ${providerChoices.join(', ')}, got "${raw}"`)
  }
  return value as ProviderChoice
}

function parseUrl(name: string): string | undefined {
  const value = optional(name)
  if (value === undefined) return undefined
  try {
    const url = new URL(value)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http(s)')
  } catch {
    throw new InputError(name, `expected an http(s) URL, got "${value}"`)
  }
  return value
}

function secret(name: string): string | undefined {
  const value = optional(name)
  // Masked before anything can log it, even if it came from a plain variable rather than a secret.
  if (value) core.setSecret(value)
  return value
}

/**
 * workflow_dispatch inputs arrive in the event payload (`github.event.inputs`), so a workflow
 * that declares `issue-number` (or `issue_number`) works without also wiring `with:`.
 */
export function dispatchIssueNumber(
  payload: { inputs?: Record<string, unknown> } | undefined
): string | undefined {
  return dispatchInput(payload, ['issue-number', 'issue_number', 'issue'])
}

function dispatchInput(
  payload: { inputs?: Record<string, unknown> } | undefined,
  keys: string[]
): string | undefined {
  const inputs = payload?.inputs
  if (!inputs) return undefined
  for (const key of keys) {
    const value = inputs[key]
    if (value !== undefined && value !== null && String(value).trim() !== '') return String(value)
  }
  return undefined
}

/**
 * The provider inputs. Bedrock has none of its own: it takes AWS's variables, as
 * aws-actions/configure-aws-credentials exports them. The cloud credentials the chosen provider
 * will use are masked here, with the keys.
 */
function providerInputs(env: NodeJS.ProcessEnv): ProviderOptions {
  const provider = parseProvider(optional('provider'))
  for (const value of cloudSecrets(provider, env)) core.setSecret(value)
  const vertexDefaults = vertexDefaultsFrom(env)
  return {
    provider,
    model: optional('model'),
    anthropicApiKey: secret('anthropic-api-key'),
    anthropicBaseUrl: parseUrl('anthropic-base-url'),
    openaiApiKey: secret('openai-api-key'),
    openaiBaseUrl: parseUrl('openai-base-url'),
    googleApiKey: secret('google-api-key'),
    googleBaseUrl: parseUrl('google-base-url'),
    vertexProject: optional('vertex-project') ?? vertexDefaults.vertexProject,
    vertexLocation: optional('vertex-location') ?? vertexDefaults.vertexLocation,
    vertexBaseUrl: parseUrl('vertex-base-url'),
    aws: awsSettingsFrom(env)
  }
}

export function getInputs(eventPayload?: { inputs?: Record<string, unknown> }): ActionInputs {
  const token = optional('github-token') ?? process.env.GITHUB_TOKEN ?? ''
  if (token) core.setSecret(token)
  const rawIssue = optional('issue-number') ?? dispatchIssueNumber(eventPayload)
  const labels = parseLabelKinds({
    feature: optional('label') ?? 'plan',
    bug: optional('bug-label') ?? 'plan:bug',
    chore: optional('chore-label') ?? 'plan:chore'
  })
  return {
    token,
    labels,
    kind: parseKind(optional('kind') ?? dispatchInput(eventPayload, ['kind'])),
    allowBots: flag('allow-bots', false),
    requiredPermission: parsePermission(optional('required-permission')),
    commentCommand: parseCommentCommand(optional('comment-command') ?? '/plan'),
    commentPermission: parsePermission(
      optional('comment-permission') ?? 'write',
      'comment-permission'
    ),
    approvedLabel: parseApprovedLabel(optional('approved-label'), labels),
    approvedWorkflow: parseWorkflow(optional('approved-workflow')),
    issueNumber: parseIssueNumber(rawIssue),
    baseBranch: optional('base-branch'),
    specsDir: parseRelativeDir(optional('specs-dir') ?? 'specs', 'specs-dir'),
    branchPrefix: parseBranchPrefix(optional('branch-prefix') ?? 'adw/'),
    ...providerInputs(process.env),
    templatesDir: optional('templates-dir')
      ? parseRelativeDir(optional('templates-dir') as string, 'templates-dir')
      : undefined,
    historyCommits:
      parseHistoryCommits(optional('history-depth'), 'history-depth') ?? DEFAULT_HISTORY_DEPTH,
    draft: flag('draft', false),
    dryRun: flag('dry-run', false)
  }
}
