// What the one model loop has to know about the provider it talks to: how to mark the long
// first message cacheable, and how to make the last turn one without tools.
import type { ModelMessage } from 'ai'
import type { LlmProviderName } from './providers.js'

type MessageOptions = ModelMessage['providerOptions']

// Bedrock models with prompt caching; a cache point sent to any other model is an error.
const bedrockCaching = /anthropic\.claude|amazon\.nova/

/**
 * Every step resends the request; marked cacheable, the repeats are billed as cache reads.
 * Anthropic and Claude on Vertex read the `anthropic` option and the other SDKs ignore it;
 * OpenAI and Gemini cache long prefixes by themselves.
 */
export function cacheHint(provider: LlmProviderName, modelId: string): MessageOptions {
  if (provider !== 'bedrock') return { anthropic: { cacheControl: { type: 'ephemeral' } } }
  return bedrockCaching.test(modelId) ? { bedrock: { cachePoint: { type: 'default' } } } : undefined
}

/**
 * The last turn of a run may not call tools, so that it ends with an answer. Bedrock's
 * Converse API cannot offer tools and forbid them at once: the SDK leaves the tools out, and
 * with them every tool call and result in the conversation, so the model would write its plan
 * without its research. For Bedrock that research goes in as text.
 */
export function lastTurn(
  provider: LlmProviderName,
  messages: ModelMessage[]
): { toolChoice: 'none'; messages?: ModelMessage[] } {
  return provider === 'bedrock'
    ? { toolChoice: 'none', messages: inlineToolHistory(messages) }
    : { toolChoice: 'none' }
}

type ToolOutput = Extract<
  Extract<ModelMessage, { role: 'tool' }>['content'][number],
  { type: 'tool-result' }
>['output']

function outputText(output: ToolOutput): string {
  switch (output.type) {
    case 'text':
    case 'error-text':
      return output.value
    case 'content':
      return output.value.map(part => (part.type === 'text' ? part.text : '')).join('')
    case 'execution-denied':
      return output.reason ?? 'not run'
    default:
      return JSON.stringify(output.value)
  }
}

/** The conversation with tool calls and results written out as text, turn order unchanged. */
export function inlineToolHistory(messages: ModelMessage[]): ModelMessage[] {
  return messages.map((message): ModelMessage => {
    if (message.role === 'tool') {
      const results = message.content.flatMap(part =>
        part.type === 'tool-result'
          ? [`Result of ${part.toolName}:\n${outputText(part.output)}`]
          : []
      )
      return { role: 'user', content: results.join('\n\n') }
    }
    if (message.role !== 'assistant' || typeof message.content === 'string') return message
    const content = message.content.flatMap(part => {
      if (part.type === 'tool-call') {
        return [
          {
            type: 'text' as const,
            text: `Called ${part.toolName} with ${JSON.stringify(part.input)}`
          }
        ]
      }
      if (part.type === 'tool-result') {
        return [
          { type: 'text' as const, text: `Result of ${part.toolName}:\n${outputText(part.output)}` }
        ]
      }
      // Converse refuses empty text blocks.
      return part.type === 'text' && part.text.trim() === '' ? [] : [part]
    })
    return { ...message, content }
  })
}
