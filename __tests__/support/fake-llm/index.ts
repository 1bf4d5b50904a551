export { startFakeAnthropic, startFakeVertexClaude } from './anthropic.js'
export { startFakeOpenAI } from './openai.js'
export { startFakeBedrock, type BedrockTestAuth } from './bedrock.js'
export { startFakeGemini, startFakeVertexGemini, type VertexTestProject } from './gemini.js'
export { startFakeGoogleAuth, toTokenUri, type FakeGoogleAuth } from './google-auth.js'
export type { AwsTestCredentials } from './sigv4.js'
export type { FakeLlmServer } from './http.js'
export {
  inOrder,
  type FakeScript,
  type ScriptedReply,
  type ScriptedToolCall,
  type SeenRequest,
  type SeenToolResult
} from './script.js'
