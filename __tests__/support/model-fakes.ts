// Every model provider's fake, started the one way tests need it: a fake model server plus the
// settings that point the planner at it, three ways (provider options in process, the action's
// inputs and environment, the CLI's environment), and the secrets that must not leak.
import { mkdtempSync, rmSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ProviderOptions } from '../../src/plan/llm/providers.js'
import {
  startFakeAnthropic,
  startFakeBedrock,
  startFakeGemini,
  startFakeGoogleAuth,
  startFakeOpenAI,
  startFakeVertexClaude,
  startFakeVertexGemini,
  type AwsTestCredentials,
  type FakeGoogleAuth,
  type FakeLlmServer,
  type FakeScript
} from './fake-llm/index.js'

export type FakeKind =
  'anthropic' | 'openai' | 'google' | 'bedrock' | 'vertex-gemini' | 'vertex-claude'

export const cloudKinds = ['bedrock', 'vertex-gemini', 'vertex-claude', 'google'] as const

export interface ServedModel {
  server: FakeLlmServer
  /** The provider name the planner reports. */
  provider: ProviderOptions['provider']
  model: string
  /** Provider options for createPlanner or resolveProvider. */
  options: ProviderOptions
  /** `with:` inputs of the action. */
  inputs: Record<string, string>
  /** Variables a preceding workflow step would export (AWS's, the ADC file), for action and CLI. */
  env: Record<string, string>
  /** The CLI's whole provider configuration. */
  cliEnv: Record<string, string>
  /** Every credential this provider was given or issued so far: none may appear in any output. */
  secrets(): string[]
}

export interface ServeOptions {
  /** Where the Vertex credentials file goes (google-github-actions/auth puts it in the workspace). */
  credentialsDir?: string
  /** Its name (default: gha-creds-{random hex}.json, as google-github-actions/auth names it). */
  credentialsFile?: string
  /** Vertex: a service account to impersonate through workload identity federation. */
  impersonate?: string
  /** Leave `model` unset, so the provider's default is used. */
  defaultModel?: boolean
}

const fresh = (prefix: string) => `${prefix}${randomBytes(12).toString('hex')}`

export const testVertexProject = { project: 'adw-test-project', location: 'europe-west4' }

/** Starts fakes; closes them all (and the Google token service) with close(). */
export class ModelFakes {
  private readonly servers: FakeLlmServer[] = []
  private readonly dirs: string[] = []
  private googleAuth?: FakeGoogleAuth

  /** The token service the Vertex fakes trust, started with the first of them. */
  async tokens(): Promise<FakeGoogleAuth> {
    this.googleAuth ??= await startFakeGoogleAuth()
    return this.googleAuth
  }

  async serve(
    kind: FakeKind,
    script: FakeScript,
    options: ServeOptions = {}
  ): Promise<ServedModel> {
    const served = await this.start(kind, script, options)
    this.servers.push(served.server)
    if (options.defaultModel) {
      delete served.options.model
      delete served.inputs.model
    }
    return served
  }

  /** Closes the model servers; the token service stays up until close(). */
  async closeServers(): Promise<void> {
    await Promise.all(this.servers.splice(0).map(server => server.close()))
  }

  async close(): Promise<void> {
    await this.closeServers()
    await this.googleAuth?.close()
    this.googleAuth = undefined
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  }

  private async start(
    kind: FakeKind,
    script: FakeScript,
    options: ServeOptions
  ): Promise<ServedModel> {
    switch (kind) {
      case 'anthropic':
      case 'openai': {
        const key = fresh(`${kind}-key-`)
        const server = await (kind === 'anthropic' ? startFakeAnthropic : startFakeOpenAI)(script)
        const model = `${kind}-test-model`
        const prefix = kind.toUpperCase()
        return {
          server,
          provider: kind,
          model,
          options: {
            provider: kind,
            model,
            [`${kind}ApiKey`]: key,
            [`${kind}BaseUrl`]: server.baseUrl
          },
          inputs: {
            provider: kind,
            model,
            [`${kind}-api-key`]: key,
            [`${kind}-base-url`]: server.baseUrl
          },
          env: {},
          cliEnv: { [`${prefix}_API_KEY`]: key, [`${prefix}_BASE_URL`]: server.baseUrl },
          secrets: () => [key]
        }
      }
      case 'google': {
        const key = fresh('AIza-fake-')
        const server = await startFakeGemini(script, key)
        const model = 'gemini-test-model'
        return {
          server,
          provider: 'google',
          model,
          options: { provider: 'google', model, googleApiKey: key, googleBaseUrl: server.baseUrl },
          inputs: {
            provider: 'google',
            model,
            'google-api-key': key,
            'google-base-url': server.baseUrl
          },
          env: {},
          cliEnv: {
            GOOGLE_GENERATIVE_AI_API_KEY: key,
            GOOGLE_GENERATIVE_AI_BASE_URL: server.baseUrl
          },
          secrets: () => [key]
        }
      }
      case 'bedrock':
        return this.bedrock(script)
      case 'vertex-gemini':
      case 'vertex-claude':
        return this.vertex(kind, script, options)
    }
  }

  private async bedrock(script: FakeScript): Promise<ServedModel> {
    const credentials: AwsTestCredentials = {
      accessKeyId: `AKIA${randomBytes(8).toString('hex').toUpperCase()}`,
      secretAccessKey: fresh('aws-secret-'),
      sessionToken: fresh('aws-session-token-'),
      region: 'eu-west-1'
    }
    const server = await startFakeBedrock(script, credentials)
    // A dated id with a ":" in it, which the signature must cover double-encoded.
    const model = 'eu.anthropic.claude-sonnet-4-5-20250929-v1:0'
    const env = {
      AWS_REGION: credentials.region,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_SESSION_TOKEN: credentials.sessionToken as string,
      AWS_ENDPOINT_URL_BEDROCK_RUNTIME: server.baseUrl
    }
    return {
      server,
      provider: 'bedrock',
      model,
      options: {
        provider: 'bedrock',
        model,
        aws: { ...credentials, endpoint: server.baseUrl }
      },
      inputs: { provider: 'bedrock', model },
      env,
      cliEnv: env,
      secrets: () => [
        credentials.accessKeyId,
        credentials.secretAccessKey,
        credentials.sessionToken as string
      ]
    }
  }

  private async vertex(
    kind: 'vertex-gemini' | 'vertex-claude',
    script: FakeScript,
    options: ServeOptions
  ): Promise<ServedModel> {
    const tokens = await this.tokens()
    const project = { ...testVertexProject, isValidToken: tokens.isValidToken }
    const server = await (kind === 'vertex-gemini' ? startFakeVertexGemini : startFakeVertexClaude)(
      script,
      project
    )
    const dir = options.credentialsDir ?? mkdtempSync(join(tmpdir(), 'adw-gcloud-'))
    if (!options.credentialsDir) this.dirs.push(dir)
    const file = join(
      dir,
      options.credentialsFile ?? `gha-creds-${randomBytes(8).toString('hex')}.json`
    )
    tokens.writeWorkloadIdentityFile(file, { impersonate: options.impersonate })
    const model = kind === 'vertex-gemini' ? 'gemini-test-model' : 'claude-test-model'
    const env = {
      GOOGLE_APPLICATION_CREDENTIALS: file,
      GOOGLE_CLOUD_PROJECT: project.project,
      GOOGLE_CLOUD_LOCATION: project.location
    }
    return {
      server,
      provider: 'vertex',
      model,
      options: {
        provider: 'vertex',
        model,
        vertexProject: project.project,
        vertexLocation: project.location,
        vertexBaseUrl: server.baseUrl
      },
      inputs: { provider: 'vertex', model, 'vertex-base-url': server.baseUrl },
      env,
      cliEnv: { ...env, GOOGLE_VERTEX_BASE_URL: server.baseUrl },
      secrets: tokens.secrets
    }
  }
}

/** Lines of `text` that hold any of `secrets`, apart from the runner's `::add-mask::` commands. */
export function leaks(text: string, secrets: string[]): string[] {
  return text
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .filter(line => secrets.some(secret => line.includes(secret)))
}
