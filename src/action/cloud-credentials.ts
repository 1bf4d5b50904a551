// The cloud credentials a run uses, found so they can be masked before anything prints them.
// aws-actions/configure-aws-credentials and google-github-actions/auth mask what they export,
// but a workflow can set the variables itself, and the private key in a service-account key
// file is no variable at all.
import { readFileSync } from 'node:fs'
import type { ProviderChoice } from '../plan/llm/providers.js'

type Environment = Record<string, string | undefined>

// Fields of Application Default Credentials files that hold a secret: service-account keys,
// user credentials (`gcloud auth application-default login`), and under `headers`, the
// request token of a workload identity federation file.
const secretFields = new Set(['private_key', 'private_key_id', 'client_secret', 'refresh_token'])

/**
 * The value, and the pieces of it a log line can hold on its own: the runner masks line by
 * line, so each line of a PEM key is masked too, and a bearer token without its scheme.
 */
function forms(value: string): string[] {
  const lines = value
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line.length >= 8 && !line.startsWith('-----'))
  const bearer = /^Bearer\s+(\S+)$/i.exec(value.trim())
  return [value, ...(lines.length > 1 ? lines : []), ...(bearer ? [bearer[1]] : [])]
}

function secretsIn(value: unknown, key = '', underHeaders = false): string[] {
  if (typeof value === 'string') {
    return value.trim() && (underHeaders || secretFields.has(key)) ? forms(value) : []
  }
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([name, inner]) =>
    secretsIn(inner, name, underHeaders || name.toLowerCase() === 'headers')
  )
}

/** The secrets in the credentials file ADC reads; none when there is no readable file. */
function googleCredentialFileSecrets(path: string | undefined): string[] {
  if (!path?.trim()) return []
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    // Nothing readable here, so nothing to leak; the provider reports the file when it fails.
    return []
  }
  return secretsIn(parsed)
}

/** Every secret the named provider will use from the environment (inputs are masked apart). */
export function cloudSecrets(provider: ProviderChoice, env: Environment): string[] {
  const found =
    provider === 'bedrock'
      ? [
          env.AWS_ACCESS_KEY_ID,
          env.AWS_SECRET_ACCESS_KEY,
          env.AWS_SESSION_TOKEN,
          env.AWS_BEARER_TOKEN_BEDROCK
        ]
      : provider === 'vertex'
        ? [
            env.GOOGLE_VERTEX_API_KEY,
            ...googleCredentialFileSecrets(env.GOOGLE_APPLICATION_CREDENTIALS)
          ]
        : []
  return [...new Set(found.filter((value): value is string => !!value?.trim()))]
}
