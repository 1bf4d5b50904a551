// Builds the AI SDK model for a resolved provider. Each provider's SDK is imported here, when
// that provider is used and not before: the SDKs are most of the bundle, and a run needs one.
import type { LanguageModel } from 'ai'
import type { ModelProvider } from './providers.js'
import { isVertexClaude } from './providers.js'

/**
 * Test seam, never set in production: the `fetch` google-auth-library sends its own requests
 * (token exchanges) with. A service-account key file's token endpoint is fixed in the library,
 * whatever the file's `token_uri` says, so only this can point it at a local fake.
 */
export interface LanguageModelSeams {
  googleAuthFetch?: typeof fetch
}

/**
 * The AI SDK model for a resolved provider. With an OpenAI base URL the endpoint is a
 * gateway or a self-hosted server (LiteLLM, vLLM, Ollama, Azure): those speak Chat
 * Completions, not OpenAI's Responses API, so the OpenAI-compatible client is used.
 */
export async function createLanguageModel(
  resolved: ModelProvider,
  seams: LanguageModelSeams = {}
): Promise<LanguageModel> {
  switch (resolved.kind) {
    case 'anthropic': {
      const { createAnthropic } = await import('@ai-sdk/anthropic')
      return createAnthropic({ apiKey: resolved.apiKey, baseURL: resolved.baseUrl })(resolved.model)
    }
    case 'openai': {
      if (resolved.baseUrl) {
        const { createOpenAICompatible } = await import('@ai-sdk/openai-compatible')
        return createOpenAICompatible({
          name: 'openai',
          baseURL: resolved.baseUrl,
          apiKey: resolved.apiKey,
          includeUsage: true
        }).chatModel(resolved.model)
      }
      const { createOpenAI } = await import('@ai-sdk/openai')
      return createOpenAI({ apiKey: resolved.apiKey })(resolved.model)
    }
    case 'google': {
      const { createGoogle } = await import('@ai-sdk/google')
      return createGoogle({ apiKey: resolved.apiKey, baseURL: resolved.baseUrl })(resolved.model)
    }
    case 'bedrock': {
      const { createAmazonBedrock } = await import('@ai-sdk/amazon-bedrock')
      // The session token goes with the keys: the SDK reads AWS_SESSION_TOKEN only when it also
      // reads the keys from the environment.
      return createAmazonBedrock({
        region: resolved.region,
        baseURL: resolved.baseUrl,
        ...('bearerToken' in resolved.credentials
          ? { apiKey: resolved.credentials.bearerToken }
          : resolved.credentials)
      })(resolved.model)
    }
    case 'vertex':
      return vertexModel(resolved, seams)
  }
}

async function vertexModel(
  resolved: Extract<ModelProvider, { kind: 'vertex' }>,
  seams: LanguageModelSeams
): Promise<LanguageModel> {
  const { project, location } = resolved
  const root = resolved.baseUrl?.replace(/\/+$/, '')
  // The project is given to the credentials too: without it, Application Default Credentials
  // go looking for one (gcloud, the metadata server, the Resource Manager API).
  const googleAuthOptions = {
    projectId: project,
    ...(seams.googleAuthFetch
      ? { clientOptions: { transporterOptions: { fetchImplementation: seams.googleAuthFetch } } }
      : {})
  }
  if (isVertexClaude(resolved.model)) {
    const { createGoogleVertexAnthropic } = await import('@ai-sdk/google-vertex/anthropic')
    return createGoogleVertexAnthropic({
      project,
      location,
      googleAuthOptions,
      baseURL:
        root && `${root}/v1/projects/${project}/locations/${location}/publishers/anthropic/models`
    })(resolved.model)
  }
  const { createGoogleVertex } = await import('@ai-sdk/google-vertex')
  return createGoogleVertex({
    project,
    location,
    googleAuthOptions,
    baseURL: root && `${root}/v1beta1/projects/${project}/locations/${location}/publishers/google`
  })(resolved.model)
}
