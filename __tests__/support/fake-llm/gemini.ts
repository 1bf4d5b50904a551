// A fake Gemini `generateContent` (non-streaming) in its two deployments: the Gemini API (key in
// `x-goog-api-key`) and Vertex AI (an OAuth access token from the fake Google token service).
// One wire format: `functionCall` parts out, `functionResponse` parts in, `usageMetadata`,
// `finishReason`, and Google's error envelope `{ error: { code, message, status } }`.
import {
  bearerTokenOf,
  startFakeServer,
  textOf,
  type FakeLlmServer,
  type WireFormat
} from './http.js'
import { usageOf, type FakeScript, type SeenRequest, type SeenToolResult } from './script.js'

type Part = {
  text?: string
  functionCall?: { name: string; args?: unknown; id?: string }
  functionResponse?: {
    name: string
    id?: string
    response?: { content?: unknown; error?: unknown }
  }
  thoughtSignature?: string
}
type Content = { role: string; parts: Part[] }

const statusNames: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE'
}

const modes: Record<string, SeenRequest['toolChoice']> = {
  AUTO: 'auto',
  VALIDATED: 'auto',
  NONE: 'none',
  ANY: 'required'
}

function toolResultsOf(content: Content | undefined): SeenToolResult[] {
  if (content?.role !== 'user') return []
  return content.parts.flatMap(({ functionResponse: result }) => {
    if (!result) return []
    const value = result.response?.content ?? result.response?.error
    return [
      {
        // Vertex sends no ids; the name stands in.
        toolCallId: result.id ?? result.name,
        content: typeof value === 'string' ? value : JSON.stringify(value),
        isError: result.response?.error !== undefined
      }
    ]
  })
}

let nextId = 0

function geminiFormat(
  route: WireFormat['route'],
  checkAuth: WireFormat['checkAuth'],
  basePath: string
): WireFormat {
  return {
    basePath,
    route,
    checkAuth,
    normalise(body, model) {
      const contents = (body.contents ?? []) as Content[]
      const tools = (body.tools ?? []) as { functionDeclarations?: { name: string }[] }[]
      const toolNames = tools.flatMap(tool => (tool.functionDeclarations ?? []).map(f => f.name))
      const mode = (body.toolConfig as { functionCallingConfig?: { mode?: string } } | undefined)
        ?.functionCallingConfig?.mode
      return {
        model,
        system: textOf((body.systemInstruction as { parts?: Part[] } | undefined)?.parts),
        userMessages: contents
          .filter(content => content.role === 'user')
          .map(content => textOf(content.parts.filter(part => part.text !== undefined)))
          .filter(text => text !== ''),
        latestToolResults: toolResultsOf(contents.at(-1)),
        toolNames,
        toolChoice: toolNames.length === 0 ? 'none' : (modes[mode ?? 'AUTO'] ?? 'tool')
      }
    },
    answer(reply, request) {
      const usage = usageOf(reply)
      const calls = 'toolCalls' in reply ? reply.toolCalls : []
      const parts: Part[] = [
        ...(reply.text ? [{ text: reply.text }] : []),
        // Gemini 3 signs each function call and expects the signature back with it.
        ...calls.map(call => ({
          functionCall: { name: call.name, args: call.input, ...(call.id ? { id: call.id } : {}) },
          thoughtSignature: Buffer.from(`fake-signature-${++nextId}`).toString('base64')
        }))
      ]
      return {
        candidates: [{ content: { role: 'model', parts }, finishReason: 'STOP', index: 0 }],
        usageMetadata: {
          promptTokenCount: usage.inputTokens,
          candidatesTokenCount: usage.outputTokens,
          totalTokenCount: usage.inputTokens + usage.outputTokens
        },
        modelVersion: request.model,
        responseId: `fake-response-${++nextId}`
      }
    },
    error: (status, message) => ({
      error: { code: status, message, status: statusNames[status] ?? 'UNKNOWN' }
    })
  }
}

function generateContentRoute(prefix: string): WireFormat['route'] {
  return (method, url) => {
    const match = /^([^/:?]+):generateContent$/.exec(url.slice(prefix.length))
    return method === 'POST' && url.startsWith(prefix) && match
      ? { model: decodeURIComponent(match[1]) }
      : undefined
  }
}

/** The Gemini API; its base URL (GOOGLE_GENERATIVE_AI_BASE_URL) ends in `/v1beta`. */
export function startFakeGemini(script: FakeScript, apiKey: string): Promise<FakeLlmServer> {
  return startFakeServer(
    geminiFormat(
      generateContentRoute('/v1beta/models/'),
      ({ headers }) =>
        headers['x-goog-api-key'] === apiKey
          ? undefined
          : 'API key not valid. Please pass a valid API key.',
      '/v1beta'
    ),
    script
  )
}

export interface VertexTestProject {
  project: string
  location: string
  /** Whether the fake Google token service issued this access token. */
  isValidToken(token: string): boolean
}

/** Vertex AI's Gemini endpoint; its base URL (`vertex-base-url`) is the origin. */
export function startFakeVertexGemini(
  script: FakeScript,
  vertex: VertexTestProject
): Promise<FakeLlmServer> {
  return startFakeServer(
    geminiFormat(
      generateContentRoute(
        `/v1beta1/projects/${vertex.project}/locations/${vertex.location}/publishers/google/models/`
      ),
      ({ headers }) =>
        vertex.isValidToken(bearerTokenOf(headers))
          ? undefined
          : 'Request had invalid authentication credentials. Expected OAuth 2 access token.',
      ''
    ),
    script
  )
}
