export { startFakeAnthropic } from './anthropic.js'
export { startFakeOpenAI } from './openai.js'
export type { FakeLlmServer } from './http.js'
export {
  inOrder,
  type FakeScript,
  type ScriptedReply,
  type ScriptedToolCall,
  type SeenRequest,
  type SeenToolResult
} from './script.js'
