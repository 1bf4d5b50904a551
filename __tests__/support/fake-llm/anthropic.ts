// A fake Anthropic Messages API (non-streaming) driven by a script, in its two deployments:
// Anthropic's own (`POST /v1/messages`, `x-api-key`) and Claude on Vertex AI (`rawPredict` on
// the model's path, an OAuth access token, `anthropic_version: vertex-2023-10-16` in the body
// instead of a `model`). It speaks the real wire format: `tool_use` blocks out, `tool_result`
// blocks in, `usage`, `stop_reason`, and Anthropic's error envelope.
import {
  bearerTokenOf,
  startFakeServer,
  textOf,
  type FakeLlmServer,
  type RawRequest,
  type WireFormat
} from './http.js'
import type { VertexTestProject } from './gemini.js'
import { usageOf, type FakeScript, type SeenRequest, type SeenToolResult } from './script.js'

type Block = {
  type: string
  text?: string
  tool_use_id?: string
  content?: unknown
  is_error?: boolean
}
type Message = { role: string; content: string | Block[] }

function blocksOf(content: Message['content']): Block[] {
  return typeof content === 'string' ? [{ type: 'text', text: content }] : content
}

const errorTypes: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  404: 'not_found_error',
  429: 'rate_limit_error',
  529: 'overloaded_error'
}

const toolChoices: Record<string, SeenRequest['toolChoice']> = {
  auto: 'auto',
  none: 'none',
  any: 'required',
  tool: 'tool'
}

let nextId = 0

/** Everything but where the endpoint is and how a caller proves who it is. */
const messagesFormat: Omit<WireFormat, 'basePath' | 'route' | 'checkAuth'> = {
  normalise(body, model) {
    const messages = (body.messages ?? []) as Message[]
    const system = typeof body.system === 'string' ? body.system : textOf(body.system)
    const userMessages = messages
      .filter(message => message.role === 'user')
      .map(message =>
        blocksOf(message.content)
          .filter(block => block.type === 'text')
          .map(block => block.text ?? '')
          .join('')
      )
      .filter(text => text !== '')
    const last = messages.at(-1)
    const latestToolResults: SeenToolResult[] =
      last?.role === 'user'
        ? blocksOf(last.content)
            .filter(block => block.type === 'tool_result')
            .map(block => ({
              toolCallId: block.tool_use_id ?? '',
              content: textOf(block.content),
              isError: block.is_error === true
            }))
        : []
    const tools = (body.tools ?? []) as { name: string }[]
    const choice = (body.tool_choice as { type?: string } | undefined)?.type ?? 'auto'
    return {
      model: model || String(body.model),
      system,
      userMessages,
      latestToolResults,
      toolNames: tools.map(tool => tool.name),
      toolChoice: tools.length === 0 ? 'none' : toolChoices[choice]
    }
  },
  answer(reply, request) {
    const usage = usageOf(reply)
    const content: unknown[] = []
    if (reply.text) content.push({ type: 'text', text: reply.text })
    const calls = 'toolCalls' in reply ? reply.toolCalls : []
    for (const call of calls) {
      content.push({
        type: 'tool_use',
        id: call.id ?? `toolu_fake_${++nextId}`,
        name: call.name,
        input: call.input
      })
    }
    return {
      id: `msg_fake_${++nextId}`,
      type: 'message',
      role: 'assistant',
      model: request.model,
      content,
      stop_reason: calls.length > 0 ? 'tool_use' : 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: usage.inputTokens, output_tokens: usage.outputTokens }
    }
  },
  error(status, message) {
    return { type: 'error', error: { type: errorTypes[status] ?? 'api_error', message } }
  }
}

const anthropicFormat: WireFormat = {
  ...messagesFormat,
  basePath: '/v1',
  route: (method, url) => (method === 'POST' && url === '/v1/messages' ? { model: '' } : undefined),
  checkAuth({ headers }) {
    if (!headers['x-api-key']) return 'x-api-key header is required'
    if (!headers['anthropic-version']) return 'anthropic-version header is required'
    return undefined
  }
}

export function startFakeAnthropic(script: FakeScript): Promise<FakeLlmServer> {
  return startFakeServer(anthropicFormat, script)
}

function vertexClaudeProblem({ headers, body }: RawRequest, vertex: VertexTestProject) {
  if (!vertex.isValidToken(bearerTokenOf(headers))) {
    return 'Request had invalid authentication credentials. Expected OAuth 2 access token.'
  }
  if (headers['x-api-key']) return 'Vertex AI takes no x-api-key'
  const parsed = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>
  if (parsed.anthropic_version !== 'vertex-2023-10-16') {
    return 'anthropic_version must be vertex-2023-10-16'
  }
  return 'model' in parsed ? 'the model is named in the path, not the body' : undefined
}

/** Claude on Vertex AI; its base URL (`vertex-base-url`) is the origin. */
export function startFakeVertexClaude(
  script: FakeScript,
  vertex: VertexTestProject
): Promise<FakeLlmServer> {
  const prefix = `/v1/projects/${vertex.project}/locations/${vertex.location}/publishers/anthropic/models/`
  return startFakeServer(
    {
      ...messagesFormat,
      basePath: '',
      route(method, url) {
        const match = /^([^/:?]+):rawPredict$/.exec(url.slice(prefix.length))
        return method === 'POST' && url.startsWith(prefix) && match
          ? { model: decodeURIComponent(match[1]) }
          : undefined
      },
      checkAuth: request => vertexClaudeProblem(request, vertex)
    },
    script
  )
}
