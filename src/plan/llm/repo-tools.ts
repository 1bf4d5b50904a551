// The research tools the model may call, as AI SDK tools. All read-only, all confined to the
// repository root (see repo-path.ts), all counted: past the budget a tool answers with a
// request to write the plan, so a looping model cannot burn tokens forever.
import { jsonSchema, tool, type ToolSet } from 'ai'
import { searchCode, defaultSearchLimits, type SearchLimits } from './code-search.js'
import { RepoReader, defaultReadLimits, type ReadLimits } from './repo-reader.js'
import { answerGraphQuestion } from './graph-tool.js'
import {
  answerHistoryQuestion,
  historyInputSchema,
  historyToolDescription,
  type HistoryQuestion
} from './history-tool.js'
import type { GraphQuestion } from '../../research/graph/queries.js'

export interface RepoToolsOptions {
  /** Tool calls allowed in one planning run, across all tools. */
  maxCalls?: number
  read?: ReadLimits
  search?: SearchLimits
}

export interface ToolCallRecord {
  tool: string
  input: unknown
  refused: boolean
}

export interface RepoTools {
  tools: ToolSet
  /** Every call the model made, in order (for logs and tests). */
  calls: ToolCallRecord[]
}

export const DEFAULT_MAX_TOOL_CALLS = 30

type ListInput = { path: string }
type ReadInput = { path: string; start_line?: number; end_line?: number }
type SearchInput = { query: string; path_prefix?: string }
type GraphInput = { question: GraphQuestion; name: string; path_prefix?: string }

const pathProperty = {
  type: 'string',
  description: 'Path relative to the repository root, with forward slashes ("." for the root).'
} as const

/**
 * Wraps an operation with the budget, the record, and a last-resort catch: a tool failure
 * becomes text for the model, never an exception that aborts the plan.
 */
function countedBy(calls: ToolCallRecord[], maxCalls: number) {
  return <I>(name: string, run: (input: I) => string | Promise<string>) =>
    async (input: I): Promise<string> => {
      if (calls.length >= maxCalls) {
        calls.push({ tool: name, input, refused: true })
        return `Refused: the research budget of ${maxCalls} tool calls is spent. Write the plan now with what you have.`
      }
      let output: string
      try {
        output = await run(input)
      } catch (error) {
        output = `Error: ${error instanceof Error ? error.message : String(error)}`
      }
      calls.push({ tool: name, input, refused: output.startsWith('Refused:') })
      return output
    }
}

export function createRepoTools(root: string, options: RepoToolsOptions = {}): RepoTools {
  const reader = new RepoReader(root, options.read ?? defaultReadLimits)
  const searchLimits = options.search ?? defaultSearchLimits
  const maxCalls = options.maxCalls ?? DEFAULT_MAX_TOOL_CALLS
  const calls: ToolCallRecord[] = []

  const counted = countedBy(calls, maxCalls)

  const tools: ToolSet = {
    list_directory: tool({
      description:
        'List the files and subdirectories of a directory in the repository (read-only). Directories end with "/".',
      inputSchema: jsonSchema<ListInput>({
        type: 'object',
        properties: { path: pathProperty },
        required: ['path'],
        additionalProperties: false
      }),
      execute: counted<ListInput>('list_directory', input => reader.listDirectory(input.path))
    }),
    read_file: tool({
      description: `Read a text file in the repository (read-only), with line numbers. At most ${reader.limits.maxLines} lines per call; use start_line/end_line (1-based, inclusive) for long files.`,
      inputSchema: jsonSchema<ReadInput>({
        type: 'object',
        properties: {
          path: pathProperty,
          start_line: { type: 'integer', minimum: 1, description: 'First line to show (1-based).' },
          end_line: { type: 'integer', minimum: 1, description: 'Last line to show (inclusive).' }
        },
        required: ['path'],
        additionalProperties: false
      }),
      execute: counted<ReadInput>('read_file', input =>
        reader.readFile(input.path, input.start_line, input.end_line)
      )
    }),
    search_code: tool({
      description: `Search the repository's text files for a plain string (case-insensitive, not a regular expression). Returns up to ${searchLimits.maxResults} "path:line: text" matches.`,
      inputSchema: jsonSchema<SearchInput>({
        type: 'object',
        properties: {
          query: { type: 'string', description: 'The text to look for, e.g. a function name.' },
          path_prefix: {
            ...pathProperty,
            description: 'Only search under this directory (relative to the root). Optional.'
          }
        },
        required: ['query'],
        additionalProperties: false
      }),
      execute: counted<SearchInput>('search_code', input =>
        searchCode(reader.root, input.query, input.path_prefix ?? '.', searchLimits)
      )
    }),
    code_graph: tool({
      description:
        'Ask the code graph (read from real parses): "callers" lists where a function is called, with the function each call sits in; "callees" lists what a function calls; "references" lists every line that names an identifier (an option, a setting, a field), with the function it sits in. `name` is one identifier as the code writes it.',
      inputSchema: jsonSchema<GraphInput>({
        type: 'object',
        properties: {
          question: { type: 'string', enum: ['callers', 'callees', 'references'] },
          name: { type: 'string', description: 'One identifier, e.g. parse_args or maxResults.' },
          path_prefix: {
            ...pathProperty,
            description: 'Only look under this directory (relative to the root). Optional.'
          }
        },
        required: ['question', 'name'],
        additionalProperties: false
      }),
      execute: counted<GraphInput>('code_graph', input =>
        answerGraphQuestion(
          reader.root,
          input.question,
          input.name,
          input.path_prefix ?? '.',
          searchLimits
        )
      )
    }),
    git_history: tool({
      description: historyToolDescription,
      inputSchema: historyInputSchema,
      execute: counted<HistoryQuestion>('git_history', input =>
        answerHistoryQuestion(reader.root, input)
      )
    })
  }
  return { tools, calls }
}
