import { describe, expect, it } from '@jest/globals'
import type { ModelMessage } from 'ai'
import {
  cacheHint,
  inlineToolHistory,
  lastTurn
} from '../../../src/plan/llm/provider-differences.js'

const research: ModelMessage[] = [
  { role: 'user', content: 'Plan issue 42.' },
  {
    role: 'assistant',
    content: [
      { type: 'text', text: ' ' },
      { type: 'tool-call', toolCallId: 't1', toolName: 'read_file', input: { path: 'a.ts' } }
    ]
  },
  {
    role: 'tool',
    content: [
      {
        type: 'tool-result',
        toolCallId: 't1',
        toolName: 'read_file',
        output: { type: 'text', value: 'File a.ts:\n1| export const a = 1' }
      }
    ]
  }
]

describe('provider differences', () => {
  it('writes tool calls and results out as text, in the same turn order', () => {
    expect(inlineToolHistory(research)).toEqual([
      { role: 'user', content: 'Plan issue 42.' },
      {
        role: 'assistant',
        content: [{ type: 'text', text: 'Called read_file with {"path":"a.ts"}' }]
      },
      { role: 'user', content: 'Result of read_file:\nFile a.ts:\n1| export const a = 1' }
    ])
  })

  it('only Bedrock’s last turn needs the history as text; every last turn forbids tools', () => {
    expect(lastTurn('bedrock', research)).toEqual({
      toolChoice: 'none',
      messages: inlineToolHistory(research)
    })
    for (const provider of ['anthropic', 'openai', 'google', 'vertex'] as const) {
      expect(lastTurn(provider, research)).toEqual({ toolChoice: 'none' })
    }
  })

  it('asks Bedrock to cache only models that can, and everyone else the Anthropic way', () => {
    expect(cacheHint('bedrock', 'eu.anthropic.claude-sonnet-4-6')).toEqual({
      bedrock: { cachePoint: { type: 'default' } }
    })
    expect(cacheHint('bedrock', 'meta.llama3-70b-instruct-v1:0')).toBeUndefined()
    expect(cacheHint('vertex', 'claude-sonnet-4-6')).toEqual({
      anthropic: { cacheControl: { type: 'ephemeral' } }
    })
  })
})
