// A fake Anthropic Messages API (`POST /v1/messages`, non-streaming) driven by a script.
// It speaks the real wire format: `tool_use` blocks out, `tool_result` blocks in, `usage`,
// `stop_reason`, and Anthropic's error envelope.
import { startFakeServer, textOf, type FakeLlmServer, type WireFormat } from './http.js'
import { usageOf, type FakeScript, type SeenToolResult } from './script.js'

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

let nextId = 0

const anthropicFormat: WireFormat = {
  path: '/v1/messages',
  checkAuth(headers) {
    if (!headers['x-api-key']) return 'x-api-key header is required'
    if (!headers['anthropic-version']) return 'anthropic-version header is required'
    return undefined
  },
  normalise(body) {
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
    return {
      model: String(body.model),
      system,
      userMessages,
      latestToolResults,
      toolNames: tools.map(tool => tool.name)
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

export function startFakeAnthropic(script: FakeScript): Promise<FakeLlmServer> {
  return startFakeServer(anthropicFormat, script)
}
