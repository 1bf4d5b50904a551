// Decides which planner runs from the provider inputs. No SDK is loaded here: the shells read
// these choices on every run, and the SDKs are most of the bundle (see language-model.ts).
// Keys only ever travel inside the SDK client; nothing here logs or formats them.

export const providerChoices = [
  'auto',
  'template',
  'anthropic',
  'openai',
  'google',
  'bedrock',
  'vertex'
] as const
export type ProviderChoice = (typeof providerChoices)[number]
export type LlmProviderName = Exclude<ProviderChoice, 'auto' | 'template'>

/** Bedrock's region, credentials and endpoint, as the AWS environment variables give them. */
export interface AwsSettings {
  region?: string
  accessKeyId?: string
  secretAccessKey?: string
  sessionToken?: string
  /** A Bedrock API key (`AWS_BEARER_TOKEN_BEDROCK`): sent instead of a signature. */
  bearerToken?: string
  /** A Bedrock runtime endpoint other than AWS's public one: VPC endpoints, gateways, tests. */
  endpoint?: string
}

export interface ProviderOptions {
  provider: ProviderChoice
  /** Overrides the provider's default model. */
  model?: string
  anthropicApiKey?: string
  anthropicBaseUrl?: string
  openaiApiKey?: string
  openaiBaseUrl?: string
  googleApiKey?: string
  googleBaseUrl?: string
  vertexProject?: string
  vertexLocation?: string
  /** Replaces `https://{location}-aiplatform.googleapis.com`: Private Service Connect, gateways. */
  vertexBaseUrl?: string
  aws?: AwsSettings
}

/**
 * The model each provider uses when none is given: a strong general model rather than the
 * largest one, since a plan is a few thousand tokens of structured writing after some reading.
 * Override with the `model` input (action) or `--model` (CLI). Bedrock's default also depends
 * on the region (see defaultBedrockModel).
 */
export const DEFAULT_MODELS: Readonly<Record<LlmProviderName, string>> = {
  anthropic: 'claude-sonnet-4-6',
  openai: 'gpt-5.4',
  google: 'gemini-3.8-flash',
  bedrock: 'anthropic.claude-sonnet-4-6',
  // Gemini works in any project with Vertex AI on; Claude on Vertex must first be enabled in
  // Model Garden, so it is there for those who name it.
  vertex: 'gemini-3.8-flash'
}

/** Where Vertex AI serves a model when neither the input nor GOOGLE_CLOUD_LOCATION says. */
export const DEFAULT_VERTEX_LOCATION = 'global'

/**
 * Bedrock serves current Claude models through cross-region inference profiles, whose prefix
 * must match the caller's geography: `us.` from US regions, `eu.` from European ones, and the
 * `global.` profile from anywhere else.
 */
export function defaultBedrockModel(region: string): string {
  const geography = /^us-(?!gov-)/.test(region) ? 'us' : region.startsWith('eu-') ? 'eu' : 'global'
  return `${geography}.${DEFAULT_MODELS.bedrock}`
}

/** Claude on Vertex AI is a different publisher with a different API, chosen by the model name. */
export function isVertexClaude(model: string): boolean {
  return /^claude-/i.test(model)
}

export type AwsCredentials =
  { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | { bearerToken: string }

export type ModelProvider =
  | { kind: 'anthropic' | 'openai' | 'google'; model: string; apiKey: string; baseUrl?: string }
  | {
      kind: 'bedrock'
      model: string
      region: string
      credentials: AwsCredentials
      baseUrl?: string
    }
  | { kind: 'vertex'; model: string; project: string; location: string; baseUrl?: string }

export type ResolvedProvider = { kind: 'template'; reason: string } | ModelProvider

/** A provider was named without something it needs; the message says what to set. */
export class ProviderSetupError extends Error {
  constructor(provider: LlmProviderName, needs: string, fix: string) {
    super(`provider "${provider}" needs ${needs}: ${fix}, or use provider "auto" or "template"`)
    this.name = 'ProviderSetupError'
  }
}

const keyHints: Record<'anthropic' | 'openai' | 'google', [input: string, env: string]> = {
  anthropic: ['anthropic-api-key', 'ANTHROPIC_API_KEY'],
  openai: ['openai-api-key', 'OPENAI_API_KEY'],
  google: ['google-api-key', 'GOOGLE_GENERATIVE_AI_API_KEY']
}

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

/** A property only when the value is there, so resolved providers compare without `undefined`s. */
function optionalUrl(baseUrl: string | undefined): { baseUrl?: string } {
  const url = present(baseUrl)
  return url ? { baseUrl: url } : {}
}

function withKey(name: 'anthropic' | 'openai' | 'google', options: ProviderOptions): ModelProvider {
  const [apiKey, baseUrl] = {
    anthropic: [options.anthropicApiKey, options.anthropicBaseUrl],
    openai: [options.openaiApiKey, options.openaiBaseUrl],
    google: [options.googleApiKey, options.googleBaseUrl]
  }[name].map(present)
  const [input, env] = keyHints[name]
  if (!apiKey) {
    throw new ProviderSetupError(
      name,
      'an API key',
      `set the \`${input}\` input (action) or the ${env} environment variable (CLI)`
    )
  }
  return {
    kind: name,
    model: present(options.model) ?? DEFAULT_MODELS[name],
    apiKey,
    ...optionalUrl(baseUrl)
  }
}

function bedrock(options: ProviderOptions): ModelProvider {
  const aws = options.aws ?? {}
  const region = present(aws.region)
  if (!region) {
    throw new ProviderSetupError(
      'bedrock',
      'an AWS region',
      'set AWS_REGION (aws-actions/configure-aws-credentials sets it from its aws-region input)'
    )
  }
  const bearerToken = present(aws.bearerToken)
  const accessKeyId = present(aws.accessKeyId)
  const secretAccessKey = present(aws.secretAccessKey)
  const sessionToken = present(aws.sessionToken)
  let credentials: AwsCredentials
  if (bearerToken) credentials = { bearerToken }
  else if (accessKeyId && secretAccessKey) {
    credentials = { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) }
  } else {
    throw new ProviderSetupError(
      'bedrock',
      'AWS credentials',
      'run aws-actions/configure-aws-credentials before this step, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_BEARER_TOKEN_BEDROCK)'
    )
  }
  return {
    kind: 'bedrock',
    model: present(options.model) ?? defaultBedrockModel(region),
    region,
    credentials,
    ...optionalUrl(aws.endpoint)
  }
}

// Both go into the request URL: a project id (or number), and a location that is one DNS label.
const projectPattern = /^[a-z0-9][a-z0-9.:-]*$/i
const locationPattern = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i

function vertex(options: ProviderOptions): ModelProvider {
  const project = present(options.vertexProject)
  const location = present(options.vertexLocation) ?? DEFAULT_VERTEX_LOCATION
  if (!project) {
    throw new ProviderSetupError(
      'vertex',
      'a Google Cloud project',
      'set the `vertex-project` input (action) or GOOGLE_CLOUD_PROJECT (google-github-actions/auth exports it)'
    )
  }
  if (!projectPattern.test(project)) {
    throw new ProviderSetupError(
      'vertex',
      'a project id such as my-project',
      `"${project}" is not one; set \`vertex-project\` or GOOGLE_CLOUD_PROJECT`
    )
  }
  if (!locationPattern.test(location)) {
    throw new ProviderSetupError(
      'vertex',
      'a location such as global or us-central1',
      `"${location}" is not one; set \`vertex-location\` or GOOGLE_CLOUD_LOCATION`
    )
  }
  return {
    kind: 'vertex',
    model: present(options.model) ?? DEFAULT_MODELS.vertex,
    project,
    location,
    ...optionalUrl(options.vertexBaseUrl)
  }
}

/**
 * `auto` prefers Anthropic, then OpenAI, then the Gemini API, then the embedded template
 * planner. Bedrock and Vertex AI run only when named: cloud credentials a runner happens to
 * have are not a request to spend money.
 */
export function resolveProvider(options: ProviderOptions): ResolvedProvider {
  switch (options.provider) {
    case 'template':
      return { kind: 'template', reason: 'provider "template" selected' }
    case 'anthropic':
    case 'openai':
    case 'google':
      return withKey(options.provider, options)
    case 'bedrock':
      return bedrock(options)
    case 'vertex':
      return vertex(options)
    case 'auto':
      if (present(options.anthropicApiKey)) return withKey('anthropic', options)
      if (present(options.openaiApiKey)) return withKey('openai', options)
      if (present(options.googleApiKey)) return withKey('google', options)
      return {
        kind: 'template',
        reason: 'no anthropic-api-key, openai-api-key or google-api-key given'
      }
    default:
      throw new Error(`unknown provider "${String(options.provider)}"`)
  }
}

/** Which model, where: for the log. Never a credential. */
export function describeProvider(resolved: ModelProvider): string {
  const model = `${resolved.kind} model ${resolved.model}`
  const at = resolved.baseUrl ? ` at ${resolved.baseUrl}` : ''
  if (resolved.kind === 'bedrock') return `${model} in ${resolved.region}${at}`
  if (resolved.kind === 'vertex') {
    return `${model} in project ${resolved.project}, location ${resolved.location}${at}`
  }
  return `${model}${at}`
}
