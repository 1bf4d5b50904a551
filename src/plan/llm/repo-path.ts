// The one gate every model tool call goes through: turns a path the model asked for into a
// real path inside the repository, or into a refusal the model can read. The model is
// untrusted (its input includes issue text), so escapes, git internals and secret-looking
// files are refused whatever route the path takes, including through symlinks.
import { existsSync, realpathSync } from 'node:fs'
import { isAbsolute, posix, resolve, sep } from 'node:path'

export type GuardedPath =
  { ok: true; absolute: string; relative: string } | { ok: false; refusal: string }

// Always secret, whatever the extension.
const secretFiles: RegExp[] = [
  /^\.env($|\.)/i,
  /\.(pem|key|p12|pfx|jks|keystore|kdbx|gpg)$/i,
  /^id_(rsa|dsa|ecdsa|ed25519)/i,
  /^\.(npmrc|netrc|pypirc|pgpass|htpasswd|git-credentials|dockercfg)$/i,
  /^\.(ssh|aws|gnupg)$/i,
  // What google-github-actions/auth writes into the workspace: a service-account key, or the
  // request token of workload identity federation.
  /^gha-creds-.*\.json$/i
]

// Secret when the name holds data rather than code: `secrets.yml`, `token.txt`, `secrets/`,
// but not `src/auth/token.ts`, which a plan may well need to read.
const secretWords =
  /(^|[._-])(secrets?|credentials?|creds|tokens?|api[_-]?keys?|private[_-]?keys?)([._-]|$)/i
const dataExtension =
  /(^[^.]*$)|\.(txt|json|ya?ml|ini|cfg|conf|toml|properties|xml|csv|env|bak|old)$/i

/** True for file and directory names that usually hold credentials. */
export function isSecretLooking(name: string): boolean {
  if (secretFiles.some(pattern => pattern.test(name))) return true
  return secretWords.test(name) && dataExtension.test(name)
}

// Variables that name the credentials file of a cloud login, wherever a workflow put it.
const credentialFileVariables = [
  'GOOGLE_APPLICATION_CREDENTIALS',
  'GOOGLE_GHA_CREDS_PATH',
  'CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_WEB_IDENTITY_TOKEN_FILE'
]

/** Real paths of the credential files the environment names (relative ones from the cwd). */
export function credentialFilesIn(env: Record<string, string | undefined>): Set<string> {
  const files = new Set<string>()
  for (const name of credentialFileVariables) {
    const value = env[name]?.trim()
    if (!value) continue
    const path = isAbsolute(value) ? value : resolve(value)
    if (existsSync(path)) files.add(realpathSync(path))
  }
  return files
}

function refuse(path: string, why: string): GuardedPath {
  return { ok: false, refusal: `Refused: ${JSON.stringify(path)} ${why}.` }
}

/** Refuses `.git` and secret-looking segments anywhere in a repository-relative path. */
function segmentProblem(relative: string): string | undefined {
  for (const segment of relative.split('/')) {
    if (segment.toLowerCase() === '.git') return 'is inside .git, which is not readable'
    if (isSecretLooking(segment)) return 'looks like a secret or credentials file'
  }
  return undefined
}

export class RepoRoot {
  /** The repository root with symlinks resolved, so containment checks compare real paths. */
  readonly real: string
  private readonly credentialFiles: Set<string>

  /** `env` names the credential files to refuse whatever they are called (see credentialFilesIn). */
  constructor(root: string, env: Record<string, string | undefined> = process.env) {
    this.real = realpathSync(root)
    this.credentialFiles = credentialFilesIn(env)
  }

  /** True for a credentials file named by the environment; `real` is a path without symlinks. */
  isCredentialFile(real: string): boolean {
    return this.credentialFiles.has(real)
  }

  /**
   * Resolves `requested` (POSIX, relative to the root; `` or `.` is the root itself).
   * Checks the path as written and again after resolving symlinks.
   */
  resolve(requested: string): GuardedPath {
    const path = requested.trim()
    if (path.includes('\0')) return refuse(path, 'contains a NUL byte')
    if (path.startsWith('/') || path.startsWith('\\') || /^[a-zA-Z]:/.test(path)) {
      return refuse(path, 'is absolute: give a path relative to the repository root')
    }
    const slashed = path.replaceAll('\\', '/')
    if (slashed.split('/').includes('..')) {
      return refuse(path, 'contains "..": paths must stay inside the repository')
    }
    const relative = posix.normalize(slashed === '' ? '.' : slashed).replace(/\/+$/, '')
    const asWritten = relative === '.' ? undefined : segmentProblem(relative)
    if (asWritten) return refuse(path, asWritten)

    let real: string
    try {
      real = realpathSync(this.real + sep + relative)
    } catch {
      return refuse(path, 'does not exist')
    }
    if (real !== this.real && !real.startsWith(this.real + sep)) {
      return refuse(path, 'resolves (through a symlink) outside the repository')
    }
    if (this.isCredentialFile(real))
      return refuse(path, 'is the cloud credentials file of this run')
    const realRelative =
      real === this.real
        ? '.'
        : real
            .slice(this.real.length + 1)
            .split(sep)
            .join('/')
    const resolved = realRelative === '.' ? undefined : segmentProblem(realRelative)
    if (resolved) return refuse(path, `resolves to a path that ${resolved}`)
    return { ok: true, absolute: real, relative: realRelative }
  }
}
