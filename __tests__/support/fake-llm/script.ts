// What a fake model is told to do next, independent of the wire format it speaks: the same
// script drives every fake (Anthropic, OpenAI-compatible, Bedrock, Gemini, Claude on Vertex),
// so one test runs against all of them.

/** One tool call the fake model makes. `id` is generated when omitted. */
export interface ScriptedToolCall {
  name: string
  input: Record<string, unknown>
  id?: string
}

export interface ScriptedUsage {
  inputTokens: number
  outputTokens: number
}

/** The fake model's next answer: final text, tool calls, an HTTP failure, or a broken body. */
export type ScriptedReply =
  | { text: string; usage?: ScriptedUsage }
  | { toolCalls: ScriptedToolCall[]; text?: string; usage?: ScriptedUsage }
  | { status: number; message?: string; retryAfterMs?: number }
  /** A 200 whose body is exactly this text: a broken gateway, a truncated or non-JSON answer. */
  | { raw: string; contentType?: string }

/** A tool result the client sent back, as the fake model reads it. */
export interface SeenToolResult {
  toolCallId: string
  /** The result as text (what the model sees). */
  content: string
  isError: boolean
}

/** A request the fake received, normalised across wire formats, plus the raw body. */
export interface SeenRequest {
  /** 0-based position among the requests this fake received. */
  index: number
  path: string
  headers: Record<string, string | string[] | undefined>
  body: Record<string, unknown>
  model: string
  /** System prompt text, wherever the format puts it. */
  system: string
  /** The text of every user message, in order. */
  userMessages: string[]
  /** Tool results carried by the last user turn, or by trailing `tool` messages (OpenAI). */
  latestToolResults: SeenToolResult[]
  /** Names of the tools the client declared. */
  toolNames: string[]
  /** Whether the model may call them: `none` also when no tools were sent (Bedrock's way). */
  toolChoice?: 'auto' | 'none' | 'required' | 'tool'
}

export type FakeScript = (request: SeenRequest) => ScriptedReply

/** A script that plays the replies in order and fails loudly when it runs out. */
export function inOrder(...replies: ScriptedReply[]): FakeScript {
  return request => {
    const reply = replies[request.index]
    if (!reply) {
      return { status: 400, message: `fake model: no scripted reply for request ${request.index}` }
    }
    return reply
  }
}

const defaultUsage: ScriptedUsage = { inputTokens: 100, outputTokens: 50 }

export function usageOf(reply: { usage?: ScriptedUsage }): ScriptedUsage {
  return reply.usage ?? defaultUsage
}
