// The environment variables the providers are configured by. The CLI takes its whole
// configuration from them. The action takes only what has no input (AWS's variables, which
// aws-actions/configure-aws-credentials exports) and the defaults of its Vertex inputs, so a
// key lying in a runner's environment never turns `auto` into a paid run.
import type { AwsSettings, ProviderOptions } from './providers.js'

type Environment = Record<string, string | undefined>

/** The first value that is set and not blank (a cleared variable is `''`). */
function first(...values: (string | undefined)[]): string | undefined {
  return values.find(value => value !== undefined && value.trim() !== '')
}

/** The AWS variables Bedrock is used with, named as the AWS SDKs and CLI name them. */
export function awsSettingsFrom(env: Environment): AwsSettings {
  return {
    region: first(env.AWS_REGION, env.AWS_DEFAULT_REGION),
    accessKeyId: first(env.AWS_ACCESS_KEY_ID),
    secretAccessKey: first(env.AWS_SECRET_ACCESS_KEY),
    sessionToken: first(env.AWS_SESSION_TOKEN),
    bearerToken: first(env.AWS_BEARER_TOKEN_BEDROCK),
    endpoint: first(env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME, env.AWS_ENDPOINT_URL)
  }
}

/** What the `vertex-project` and `vertex-location` inputs default to. */
export function vertexDefaultsFrom(
  env: Environment
): Pick<ProviderOptions, 'vertexProject' | 'vertexLocation'> {
  return {
    vertexProject: first(env.GOOGLE_CLOUD_PROJECT),
    vertexLocation: first(env.GOOGLE_CLOUD_LOCATION)
  }
}

/** The CLI's provider settings: every key, endpoint and cloud setting from the environment. */
export function providerSettingsFrom(
  env: Environment
): Omit<ProviderOptions, 'provider' | 'model'> {
  return {
    anthropicApiKey: first(env.ANTHROPIC_API_KEY),
    anthropicBaseUrl: first(env.ANTHROPIC_BASE_URL),
    openaiApiKey: first(env.OPENAI_API_KEY),
    openaiBaseUrl: first(env.OPENAI_BASE_URL),
    googleApiKey: first(env.GOOGLE_GENERATIVE_AI_API_KEY),
    googleBaseUrl: first(env.GOOGLE_GENERATIVE_AI_BASE_URL),
    ...vertexDefaultsFrom(env),
    vertexBaseUrl: first(env.GOOGLE_VERTEX_BASE_URL),
    aws: awsSettingsFrom(env)
  }
}
