// A fake of the Google token services behind Application Default Credentials, on 127.0.0.1,
// and writers for the credential files that point at it:
//   - workload identity federation (the `external_account` file google-github-actions/auth
//     writes): GitHub's OIDC token request, the Security Token Service exchange and, for a
//     service account to impersonate, IAM's generateAccessToken. The library calls the URLs
//     the file names, so this file alone points it at the fake;
//   - a service-account key file, with a key pair generated for the test (nothing committed):
//     its JWT-bearer grant is verified with the public key. The library sends that grant to
//     its own fixed token URL, whatever the file's `token_uri` says, so a test reaches this
//     one only through the language model's test seam (`googleAuthFetch`).
// Every secret these files hold, and every token issued, is listed for "no secret leaked" checks.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createPublicKey, generateKeyPairSync, randomBytes, verify } from 'node:crypto'
import { writeFileSync } from 'node:fs'

export const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform'
/** Where google-auth-library sends a service account's JWT-bearer grant, always. */
export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token'

const AUDIENCE =
  '//iam.googleapis.com/projects/123456789/locations/global/workloadIdentityPools/github/providers/repo'

export interface FakeGoogleAuth {
  origin: string
  /** `METHOD /path` of every request, in order. */
  calls: string[]
  /** Whether this fake issued the access token (what the fake Vertex servers accept). */
  isValidToken(token: string): boolean
  /** Secrets of the files written so far and every access token issued: none may leak. */
  secrets(): string[]
  /** When set, every endpoint answers with this status: the token service is down. */
  failWith?: number
  /** An `external_account` file; with `impersonate`, the federated token buys that account's. */
  writeWorkloadIdentityFile(path: string, options?: { impersonate?: string }): void
  /** A `service_account` key file whose `token_uri` is this fake's JWT-bearer endpoint. */
  writeServiceAccountFile(path: string, projectId: string): void
  close(): Promise<void>
}

const secret = (prefix: string) => `${prefix}${randomBytes(18).toString('base64url')}`

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** The claims of an RS256 JWT signed by `publicKeyPem`'s private key, or undefined. */
function verifiedClaims(jwt: string, publicKeyPem: string): Record<string, unknown> | undefined {
  const [header, payload, signature] = jwt.split('.')
  if (!header || !payload || !signature) return undefined
  const alg = (JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: string }).alg
  const signed = Buffer.from(`${header}.${payload}`)
  if (alg !== 'RS256') return undefined
  if (
    !verify(
      'RSA-SHA256',
      signed,
      createPublicKey(publicKeyPem),
      Buffer.from(signature, 'base64url')
    )
  ) {
    return undefined
  }
  return JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>
}

export async function startFakeGoogleAuth(): Promise<FakeGoogleAuth> {
  const requestToken = secret('fake-actions-request-token-')
  const oidcToken = secret('fake-github-oidc-jwt-')
  const issued = new Set<string>()
  const fileSecrets: string[] = [requestToken, oidcToken]
  const serviceAccounts = new Map<string, string>() // client_email -> public key
  const calls: string[] = []
  const issue = (prefix: string) => {
    const token = secret(prefix)
    issued.add(token)
    return token
  }

  const routes: Record<string, (req: IncomingMessage, body: string) => [number, unknown]> = {
    // GitHub's OIDC token request (ACTIONS_ID_TOKEN_REQUEST_URL with the request token).
    'GET /_apis/oidc/token': req =>
      req.headers.authorization === `Bearer ${requestToken}`
        ? [200, { count: 1, value: oidcToken }]
        : [401, { message: 'invalid request token' }],
    // Security Token Service: the GitHub token for a federated Google access token.
    'POST /sts/v1/token': (_req, body) => {
      const form = new URLSearchParams(body)
      if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:token-exchange') {
        return [400, { error: 'unsupported_grant_type' }]
      }
      if (form.get('subject_token') !== oidcToken || form.get('audience') !== AUDIENCE) {
        return [400, { error: 'invalid_grant', error_description: 'subject token or audience' }]
      }
      return [
        200,
        { access_token: issue('ya29.fake-federated-'), token_type: 'Bearer', expires_in: 3600 }
      ]
    },
    // IAM Credentials: the federated token for the impersonated service account's token.
    'POST /iamcredentials/v1/generateAccessToken': (req, body) => {
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '')
      const scope = (JSON.parse(body || '{}') as { scope?: string[] }).scope ?? []
      if (!issued.has(token)) return [401, { error: { code: 401, status: 'UNAUTHENTICATED' } }]
      if (!scope.includes(CLOUD_PLATFORM_SCOPE))
        return [400, { error: { code: 400, status: 'INVALID_ARGUMENT' } }]
      return [
        200,
        {
          accessToken: issue('ya29.fake-impersonated-'),
          expireTime: new Date(Date.now() + 3_600_000).toISOString()
        }
      ]
    },
    // OAuth 2.0 JWT-bearer grant, for a service-account key.
    'POST /oauth2/token': (_req, body) => {
      const assertion = new URLSearchParams(body).get('assertion') ?? ''
      const unverified = JSON.parse(
        Buffer.from(assertion.split('.')[1] ?? '', 'base64url').toString() || '{}'
      ) as { iss?: string }
      const publicKey = serviceAccounts.get(unverified.iss ?? '')
      const claims = publicKey ? verifiedClaims(assertion, publicKey) : undefined
      if (
        !claims ||
        !String(claims.scope).includes(CLOUD_PLATFORM_SCOPE) ||
        Number(claims.exp) * 1000 < Date.now()
      ) {
        return [400, { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' }]
      }
      return [
        200,
        {
          access_token: issue('ya29.fake-service-account-'),
          token_type: 'Bearer',
          expires_in: 3599
        }
      ]
    }
  }

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req)
      const path = new URL(req.url ?? '/', 'http://fake').pathname.replace(
        /\/projects\/-\/serviceAccounts\/[^/:]+:/,
        '/'
      )
      const key = `${req.method} ${path}`
      calls.push(key)
      if (auth.failWith) return json(res, auth.failWith, { error: 'temporarily_unavailable' })
      const route = routes[key]
      if (!route) return json(res, 404, { error: 'not_found' })
      json(res, ...route(req, body))
    })().catch(error => json(res, 500, { error: String(error) }))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const auth: FakeGoogleAuth = {
    origin,
    calls,
    isValidToken: token => issued.has(token),
    secrets: () => [...fileSecrets, ...issued],
    writeWorkloadIdentityFile(path, options = {}) {
      const file: Record<string, unknown> = {
        type: 'external_account',
        audience: AUDIENCE,
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: `${origin}/sts/v1/token`,
        credential_source: {
          url: `${origin}/_apis/oidc/token?api-version=2.0&audience=${encodeURIComponent(`https:${AUDIENCE}`)}`,
          headers: { Authorization: `Bearer ${requestToken}` },
          format: { type: 'json', subject_token_field_name: 'value' }
        }
      }
      if (options.impersonate) {
        file.service_account_impersonation_url = `${origin}/iamcredentials/v1/projects/-/serviceAccounts/${options.impersonate}:generateAccessToken`
      }
      writeFileSync(path, JSON.stringify(file, null, 2), { mode: 0o600 })
    },
    writeServiceAccountFile(path, projectId) {
      const { privateKey, publicKey } = generateKeyPairSync('rsa', {
        modulusLength: 2048,
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
        publicKeyEncoding: { type: 'spki', format: 'pem' }
      })
      const email = `planner-${serviceAccounts.size}@${projectId}.iam.gserviceaccount.com`
      const keyId = randomBytes(20).toString('hex')
      serviceAccounts.set(email, publicKey)
      fileSecrets.push(
        privateKey,
        keyId,
        ...privateKey.split('\n').filter(line => line && !line.startsWith('-----'))
      )
      const file = {
        type: 'service_account',
        project_id: projectId,
        private_key_id: keyId,
        private_key: privateKey,
        client_email: email,
        client_id: '100000000000000000001',
        token_uri: `${origin}/oauth2/token`
      }
      writeFileSync(path, JSON.stringify(file, null, 2), { mode: 0o600 })
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close(error => (error ? reject(error) : resolve()))
      })
  }
  return auth
}

/**
 * The test seam's fetch: sends google-auth-library's fixed token URL to the `token_uri` of a
 * service-account key file, and everything else where it was going.
 */
export function toTokenUri(tokenUri: string): typeof fetch {
  return (input, init) => fetch(String(input) === GOOGLE_TOKEN_URL ? tokenUri : input, init)
}
