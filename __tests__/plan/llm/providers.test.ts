import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_MODELS,
  ProviderSetupError,
  defaultBedrockModel,
  describeProvider,
  isVertexClaude,
  resolveProvider,
  type ModelProvider
} from '../../../src/plan/llm/providers.js'
import {
  awsSettingsFrom,
  providerSettingsFrom
} from '../../../src/plan/llm/provider-environment.js'

const anthropicKey = 'sk-ant-fake-key-for-tests'
const openaiKey = 'sk-fake-openai-key-for-tests'
const googleKey = 'AIza-fake-google-key-for-tests'
const aws = {
  region: 'eu-central-1',
  accessKeyId: 'AKIAFAKEFORTESTS',
  secretAccessKey: 'fake-aws-secret-for-tests',
  sessionToken: 'fake-aws-session-token-for-tests'
}

describe('resolveProvider', () => {
  it('auto prefers Anthropic, then OpenAI, then the Gemini API, then the template planner', () => {
    expect(
      resolveProvider({ provider: 'auto', anthropicApiKey: anthropicKey, openaiApiKey: openaiKey })
    ).toEqual({ kind: 'anthropic', model: DEFAULT_MODELS.anthropic, apiKey: anthropicKey })
    expect(resolveProvider({ provider: 'auto', openaiApiKey: openaiKey })).toEqual({
      kind: 'openai',
      model: DEFAULT_MODELS.openai,
      apiKey: openaiKey
    })
    expect(
      resolveProvider({ provider: 'auto', openaiApiKey: openaiKey, googleApiKey: googleKey }).kind
    ).toBe('openai')
    expect(resolveProvider({ provider: 'auto', googleApiKey: googleKey })).toEqual({
      kind: 'google',
      model: DEFAULT_MODELS.google,
      apiKey: googleKey
    })
    expect(resolveProvider({ provider: 'auto' }).kind).toBe('template')
    // A blank secret (an unset repository secret expands to '') counts as absent.
    expect(resolveProvider({ provider: 'auto', anthropicApiKey: '  ' }).kind).toBe('template')
  })

  it('template ignores keys', () => {
    expect(resolveProvider({ provider: 'template', anthropicApiKey: anthropicKey }).kind).toBe(
      'template'
    )
  })

  it('keeps the model override and base URL of the chosen provider', () => {
    expect(
      resolveProvider({
        provider: 'openai',
        model: 'llama3.1',
        openaiApiKey: openaiKey,
        openaiBaseUrl: 'http://127.0.0.1:11434/v1',
        anthropicBaseUrl: 'http://127.0.0.1:1/v1'
      })
    ).toEqual({
      kind: 'openai',
      model: 'llama3.1',
      apiKey: openaiKey,
      baseUrl: 'http://127.0.0.1:11434/v1'
    })
  })

  it('auto never takes cloud credentials a runner happens to have', () => {
    const ambient = providerSettingsFrom({
      AWS_REGION: aws.region,
      AWS_ACCESS_KEY_ID: aws.accessKeyId,
      AWS_SECRET_ACCESS_KEY: aws.secretAccessKey,
      GOOGLE_CLOUD_PROJECT: 'my-project',
      GOOGLE_APPLICATION_CREDENTIALS: '/tmp/adc.json'
    })
    expect(resolveProvider({ provider: 'auto', ...ambient }).kind).toBe('template')
  })

  it.each([
    ['anthropic', /`anthropic-api-key` input .* ANTHROPIC_API_KEY/],
    ['openai', /`openai-api-key` input .* OPENAI_API_KEY/],
    ['google', /`google-api-key` input .* GOOGLE_GENERATIVE_AI_API_KEY/]
  ] as const)('explicit %s without its key names the missing input', (provider, message) => {
    const resolve = () =>
      resolveProvider({
        provider,
        // Another provider's key does not stand in.
        anthropicApiKey: provider === 'anthropic' ? undefined : anthropicKey,
        openaiApiKey: provider === 'openai' ? undefined : openaiKey,
        googleApiKey: provider === 'google' ? undefined : googleKey
      })
    expect(resolve).toThrow(ProviderSetupError)
    expect(resolve).toThrow(message)
  })

  it('bedrock takes the AWS environment: region, keys with their session token, endpoint', () => {
    const settings = awsSettingsFrom({
      AWS_REGION: '',
      AWS_DEFAULT_REGION: aws.region,
      AWS_ACCESS_KEY_ID: aws.accessKeyId,
      AWS_SECRET_ACCESS_KEY: aws.secretAccessKey,
      AWS_SESSION_TOKEN: aws.sessionToken,
      AWS_ENDPOINT_URL: 'https://gateway.example.com',
      AWS_ENDPOINT_URL_BEDROCK_RUNTIME:
        'https://vpce-1.bedrock-runtime.eu-central-1.vpce.amazonaws.com'
    })
    expect(resolveProvider({ provider: 'bedrock', aws: settings })).toEqual({
      kind: 'bedrock',
      model: 'eu.anthropic.claude-sonnet-4-6',
      region: aws.region,
      credentials: {
        accessKeyId: aws.accessKeyId,
        secretAccessKey: aws.secretAccessKey,
        sessionToken: aws.sessionToken
      },
      baseUrl: 'https://vpce-1.bedrock-runtime.eu-central-1.vpce.amazonaws.com'
    })
    // A Bedrock API key stands in for the keys; `model` overrides the default.
    expect(
      resolveProvider({
        provider: 'bedrock',
        model: 'amazon.nova-pro-v1:0',
        aws: { region: 'us-east-1', bearerToken: 'bedrock-api-key' }
      })
    ).toEqual({
      kind: 'bedrock',
      model: 'amazon.nova-pro-v1:0',
      region: 'us-east-1',
      credentials: { bearerToken: 'bedrock-api-key' }
    })
  })

  it('bedrock without a region or credentials names the variables to set', () => {
    expect(() => resolveProvider({ provider: 'bedrock', aws: { ...aws, region: ' ' } })).toThrow(
      /needs an AWS region: set AWS_REGION/
    )
    expect(() =>
      resolveProvider({ provider: 'bedrock', aws: { region: 'us-east-1', accessKeyId: 'AKIA' } })
    ).toThrow(
      /needs AWS credentials: run aws-actions\/configure-aws-credentials .*AWS_SECRET_ACCESS_KEY/
    )
    expect(() => resolveProvider({ provider: 'bedrock' })).toThrow(ProviderSetupError)
  })

  it.each([
    ['us-east-1', 'us.anthropic.claude-sonnet-4-6'],
    ['us-west-2', 'us.anthropic.claude-sonnet-4-6'],
    ['eu-west-3', 'eu.anthropic.claude-sonnet-4-6'],
    ['ap-northeast-1', 'global.anthropic.claude-sonnet-4-6'],
    ['us-gov-west-1', 'global.anthropic.claude-sonnet-4-6']
  ])('bedrock in %s defaults to the %s inference profile', (region, model) => {
    expect(defaultBedrockModel(region)).toBe(model)
  })

  it('vertex needs a project; the location defaults to global; Claude is chosen by name', () => {
    expect(resolveProvider({ provider: 'vertex', vertexProject: 'my-project' })).toEqual({
      kind: 'vertex',
      model: DEFAULT_MODELS.vertex,
      project: 'my-project',
      location: 'global'
    })
    expect(
      resolveProvider({
        provider: 'vertex',
        model: 'claude-sonnet-4-6',
        ...providerSettingsFrom({ GOOGLE_CLOUD_PROJECT: 'p-1', GOOGLE_CLOUD_LOCATION: 'us-east5' })
      })
    ).toMatchObject({ model: 'claude-sonnet-4-6', project: 'p-1', location: 'us-east5' })
    expect(isVertexClaude('claude-sonnet-4-6')).toBe(true)
    expect(isVertexClaude('gemini-3.8-flash')).toBe(false)
    expect(() => resolveProvider({ provider: 'vertex' })).toThrow(
      /needs a Google Cloud project: set the `vertex-project` input .* GOOGLE_CLOUD_PROJECT/
    )
    expect(() =>
      resolveProvider({ provider: 'vertex', vertexProject: 'p', vertexLocation: 'evil.com/x' })
    ).toThrow(/"evil.com\/x" is not one; set `vertex-location`/)
    expect(() => resolveProvider({ provider: 'vertex', vertexProject: '../p' })).toThrow(
      /"..\/p" is not one/
    )
  })

  it('describes the model and where it runs, never a credential', () => {
    const described = (['bedrock', 'vertex', 'google'] as const).map(provider =>
      describeProvider(
        resolveProvider({
          provider,
          googleApiKey: googleKey,
          vertexProject: 'my-project',
          aws
        }) as ModelProvider
      )
    )
    expect(described).toEqual([
      'bedrock model eu.anthropic.claude-sonnet-4-6 in eu-central-1',
      `vertex model ${DEFAULT_MODELS.vertex} in project my-project, location global`,
      `google model ${DEFAULT_MODELS.google}`
    ])
    for (const secret of [googleKey, aws.secretAccessKey, aws.sessionToken, aws.accessKeyId]) {
      expect(described.join('\n')).not.toContain(secret)
    }
  })

  it('never puts a key into an error message', () => {
    try {
      resolveProvider({ provider: 'anthropic', openaiApiKey: openaiKey })
    } catch (error) {
      expect(String(error)).not.toContain(openaiKey)
    }
    expect.assertions(1)
  })
})
