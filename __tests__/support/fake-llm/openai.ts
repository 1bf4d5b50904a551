// A fake OpenAI Chat Completions API (`POST /v1/chat/completions`, non-streaming) driven by a
// script: `tool_calls` out, `role: "tool"` messages in, `usage`, `finish_reason`, and
// OpenAI's error envelope. This is the dialect OpenAI-compatible gateways speak.
import { startFakeServer, textOf, type FakeLlmServer, type WireFormat } from './http.js'
import { usageOf, type FakeScript, type SeenToolResult } from './script.js'

type Message = { role: string; content?: unknown; tool_call_id?: string }

let nextId = 0

const openaiFormat: WireFormat = {
  basePath: '/v1',
  route: (method, url) =>
    method === 'POST' && url === '/v1/chat/completions' ? { model: '' } : undefined,
  checkAuth({ headers }) {
    const auth = headers.authorization
    return typeof auth === 'string' && auth.startsWith('Bearer ')
      ? undefined
      : 'Authorization: Bearer header is required'
  },
  normalise(body) {
    const messages = (body.messages ?? []) as Message[]
    const system = messages
      .filter(message => message.role === 'system' || message.role === 'developer')
      .map(message => textOf(message.content))
      .join('\n')
    const userMessages = messages
      .filter(message => message.role === 'user')
      .map(message => textOf(message.content))
    const latestToolResults: SeenToolResult[] = []
    for (let i = messages.length - 1; i >= 0 && messages[i].role === 'tool'; i--) {
      latestToolResults.unshift({
        toolCallId: messages[i].tool_call_id ?? '',
        content: textOf(messages[i].content),
        isError: false
      })
    }
    const tools = (body.tools ?? []) as { function: { name: string } }[]
    return {
      model: String(body.model),
      system,
      userMessages,
      latestToolResults,
      toolNames: tools.map(tool => tool.function.name)
    }
  },
  answer(reply, request) {
    const usage = usageOf(reply)
    const calls = 'toolCalls' in reply ? reply.toolCalls : []
    const message: Record<string, unknown> = { role: 'assistant', content: reply.text ?? null }
    if (calls.length > 0) {
      message.tool_calls = calls.map(call => ({
        id: call.id ?? `call_fake_${++nextId}`,
        type: 'function',
        function: { name: call.name, arguments: JSON.stringify(call.input) }
      }))
    }
    return {
      id: `chatcmpl-fake-${++nextId}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: request.model,
      choices: [{ index: 0, message, finish_reason: calls.length > 0 ? 'tool_calls' : 'stop' }],
      usage: {
        prompt_tokens: usage.inputTokens,
        completion_tokens: usage.outputTokens,
        total_tokens: usage.inputTokens + usage.outputTokens
      }
    }
  },
  error(status, message) {
    const type =
      status === 429
        ? 'rate_limit_exceeded'
        : status >= 500
          ? 'server_error'
          : 'invalid_request_error'
    return { error: { message, type, code: type } }
  }
}

export function startFakeOpenAI(script: FakeScript): Promise<FakeLlmServer> {
  return startFakeServer(openaiFormat, script)
}
