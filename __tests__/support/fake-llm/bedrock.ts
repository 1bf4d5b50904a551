// A fake Amazon Bedrock runtime: the Converse API (`POST /model/{modelId}/converse`,
// non-streaming) with `toolUse` blocks out, `toolResult` blocks in, `usage`, `stopReason`, and
// AWS's errors (`{ message }` with the type in `x-amzn-ErrorType`). Every request's SigV4
// signature is recomputed with the secret the fake was given; a bad one gets AWS's 403.
import {
  bearerTokenOf,
  startFakeServer,
  textOf,
  type FakeLlmServer,
  type WireFormat
} from './http.js'
import { usageOf, type FakeScript, type SeenRequest, type SeenToolResult } from './script.js'
import { sigV4Problem, type AwsTestCredentials } from './sigv4.js'

type Block = {
  text?: string
  toolUse?: { toolUseId: string; name: string; input: unknown }
  toolResult?: { toolUseId: string; content?: { text?: string; json?: unknown }[]; status?: string }
}
type Message = { role: string; content: Block[] }
type ToolConfig = { tools?: { toolSpec: { name: string } }[]; toolChoice?: Record<string, unknown> }

const errorTypes: Record<number, string> = {
  400: 'ValidationException',
  403: 'AccessDeniedException',
  404: 'ResourceNotFoundException',
  429: 'ThrottlingException',
  500: 'InternalServerException',
  503: 'ServiceUnavailableException'
}

let nextId = 0

function toolResultsOf(message: Message | undefined): SeenToolResult[] {
  if (message?.role !== 'user') return []
  return message.content.flatMap(({ toolResult }) =>
    toolResult
      ? [
          {
            toolCallId: toolResult.toolUseId,
            content: (toolResult.content ?? [])
              .map(part => part.text ?? JSON.stringify(part.json))
              .join(''),
            isError: toolResult.status === 'error'
          }
        ]
      : []
  )
}

/** Converse has no "none": a request without `toolConfig` offers the model no tools. */
function toolChoiceOf(config: ToolConfig | undefined): SeenRequest['toolChoice'] {
  if (!config?.tools?.length) return 'none'
  if (config.toolChoice?.any) return 'required'
  return config.toolChoice?.tool ? 'tool' : 'auto'
}

/** SigV4-signing credentials, or a Bedrock API key sent as a bearer token. */
export type BedrockTestAuth = AwsTestCredentials | { bearerToken: string }

function bedrockFormat(auth: BedrockTestAuth): WireFormat {
  return {
    basePath: '',
    route(method, url) {
      const match = /^\/model\/([^/?]+)\/converse$/.exec(url)
      return method === 'POST' && match ? { model: decodeURIComponent(match[1]) } : undefined
    },
    checkAuth(request) {
      if ('bearerToken' in auth) {
        return bearerTokenOf(request.headers) === auth.bearerToken ? undefined : 'invalid API key'
      }
      // Signed for the service "bedrock", not the "bedrock-runtime" of the host name.
      return sigV4Problem(request, { ...auth, service: 'bedrock' })
    },
    authStatus: 403,
    normalise(body, model) {
      const messages = (body.messages ?? []) as Message[]
      const toolConfig = body.toolConfig as ToolConfig | undefined
      return {
        model,
        system: textOf(body.system),
        userMessages: messages
          .filter(message => message.role === 'user')
          .map(message => textOf(message.content.filter(block => block.text !== undefined)))
          .filter(text => text !== ''),
        latestToolResults: toolResultsOf(messages.at(-1)),
        toolNames: (toolConfig?.tools ?? []).map(tool => tool.toolSpec.name),
        toolChoice: toolChoiceOf(toolConfig)
      }
    },
    answer(reply) {
      const usage = usageOf(reply)
      const calls = 'toolCalls' in reply ? reply.toolCalls : []
      const content: Block[] = [
        ...(reply.text ? [{ text: reply.text }] : []),
        ...calls.map(call => ({
          toolUse: {
            toolUseId: call.id ?? `tooluse_fake${++nextId}`,
            name: call.name,
            input: call.input
          }
        }))
      ]
      return {
        output: { message: { role: 'assistant', content } },
        stopReason: calls.length > 0 ? 'tool_use' : 'end_turn',
        usage: {
          inputTokens: usage.inputTokens,
          outputTokens: usage.outputTokens,
          totalTokens: usage.inputTokens + usage.outputTokens
        },
        metrics: { latencyMs: 1 }
      }
    },
    error: (_status, message) => ({ message }),
    errorHeaders: status => ({
      'x-amzn-errortype': `${errorTypes[status] ?? (status >= 500 ? 'InternalServerException' : 'ValidationException')}:http://internal.amazon.com/coral/com.amazon.bedrock/`
    })
  }
}

/** The base URL (AWS_ENDPOINT_URL_BEDROCK_RUNTIME) is the origin. */
export function startFakeBedrock(
  script: FakeScript,
  auth: BedrockTestAuth
): Promise<FakeLlmServer> {
  return startFakeServer(bedrockFormat(auth), script)
}
