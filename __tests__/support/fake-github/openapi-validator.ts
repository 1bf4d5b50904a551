import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

// ajv-formats is CommonJS: depending on the loader the default import is the plugin itself or
// the module object holding it.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv

// Found by walking up from this module, so the fake also works when bundled into a bench script.
export const OPENAPI_SUBSET_FILE = findUp(
  dirname(fileURLToPath(import.meta.url)),
  join('__fixtures__', 'openapi', 'api.github.com.subset.json')
)

function findUp(start: string, relative: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, relative))) return join(dir, relative)
    if (dirname(dir) === dir) throw new Error(`${relative} not found above ${start}`)
  }
}

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  required?: boolean
  schema?: { type?: string }
}

interface Operation {
  method: string
  template: string
  operationId: string
  regex: RegExp
  paramNames: string[]
  parameters: { parameter: Parameter; validate: ValidateFunction }[]
  body?: { required: boolean; validate: ValidateFunction }
  responses: Map<number, ValidateFunction>
}

export interface MatchedOperation {
  operationId: string
  template: string
  params: Record<string, string>
}

/**
 * Checks requests against GitHub's own OpenAPI description (the committed subset): a request the
 * action builds wrongly fails here even though the fake could have served it.
 */
export class OpenApiValidator {
  private static shared?: OpenApiValidator

  /** Compiling the schemas takes a moment; every fake in a process can share one validator. */
  static get default(): OpenApiValidator {
    OpenApiValidator.shared ??= new OpenApiValidator()
    return OpenApiValidator.shared
  }

  private readonly operations: Operation[] = []

  constructor(file = OPENAPI_SUBSET_FILE) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const document = withJsonSchemaNulls(JSON.parse(readFileSync(file, 'utf8'))) as any
    const ajv = new Ajv({ strict: false, allErrors: true })
    addFormats(ajv)
    // GitHub's description uses a few formats of its own; accept them rather than warn.
    ajv.addFormat('repo.nwo', /^[\w.-]+\/[\w.-]+$/)
    for (const format of collectFormats(document)) {
      if (!ajv.formats[format]) ajv.addFormat(format, true)
    }
    ajv.addSchema(document, 'openapi.json')
    const compile = (pointer: string[]) =>
      ajv.compile({ $ref: `openapi.json#/${pointer.map(encodePointerSegment).join('/')}` })

    for (const [template, item] of Object.entries<Record<string, unknown>>(document.paths)) {
      for (const [method, raw] of Object.entries(item)) {
        const operation = raw as {
          operationId: string
          parameters?: ({ $ref: string } | Parameter)[]
          requestBody?: { required?: boolean; content?: Record<string, unknown> }
          responses?: Record<string, { content?: Record<string, unknown>; $ref?: string }>
        }
        const parameters = (operation.parameters ?? []).map((entry, index) => {
          if ('$ref' in entry) {
            const name = entry.$ref.split('/').pop()!
            const parameter = document.components.parameters[name] as Parameter
            return { parameter, validate: compile(['components', 'parameters', name, 'schema']) }
          }
          return {
            parameter: entry,
            validate: compile(['paths', template, method, 'parameters', String(index), 'schema'])
          }
        })
        const body = operation.requestBody?.content?.['application/json']
          ? {
              required: operation.requestBody.required === true,
              validate: compile([
                'paths',
                template,
                method,
                'requestBody',
                'content',
                'application/json',
                'schema'
              ])
            }
          : undefined
        const responses = new Map<number, ValidateFunction>()
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          if (!/^2\d\d$/.test(status) || !response.content?.['application/json']) continue
          responses.set(
            Number(status),
            compile([
              'paths',
              template,
              method,
              'responses',
              status,
              'content',
              'application/json',
              'schema'
            ])
          )
        }
        const { regex, paramNames } = templateRegex(template)
        this.operations.push({
          method: method.toUpperCase(),
          template,
          operationId: operation.operationId,
          regex,
          paramNames,
          parameters,
          body,
          responses
        })
      }
    }
    // Literal routes first: /git/refs must not be taken for /git/ref/{ref}-like templates.
    this.operations.sort((a, b) => a.paramNames.length - b.paramNames.length)
  }

  match(method: string, rawPath: string): MatchedOperation | null {
    const operation = this.find(method, rawPath)
    return operation
      ? {
          operationId: operation.operationId,
          template: operation.template,
          params: operation.params
        }
      : null
  }

  /** Problems with the request, empty when GitHub's description accepts it. */
  validate(method: string, rawPath: string, query: URLSearchParams, body: unknown): string[] {
    const found = this.find(method, rawPath)
    if (!found) return [`${method} ${rawPath} is not an operation of the OpenAPI subset`]
    const problems: string[] = []
    for (const { parameter, validate } of found.parameters) {
      if (parameter.in === 'header') continue
      const raw = parameter.in === 'path' ? found.params[parameter.name] : query.get(parameter.name)
      if (raw === null || raw === undefined) {
        if (parameter.required) problems.push(`missing ${parameter.in} parameter ${parameter.name}`)
        continue
      }
      const value = coerce(raw, parameter.schema?.type)
      if (!validate(value)) {
        problems.push(`${parameter.in} parameter ${parameter.name}=${raw}: ${ajvErrors(validate)}`)
      }
    }
    if (found.body) {
      if (body === undefined) {
        if (found.body.required) problems.push('request body is required')
      } else if (!found.body.validate(body)) {
        problems.push(`body: ${ajvErrors(found.body.validate)}`)
      }
    }
    return problems
  }

  /** Problems with a 2xx JSON response the fake is about to send (its own bugs, not the client's). */
  validateResponse(method: string, rawPath: string, status: number, body: unknown): string[] {
    const validate = this.find(method, rawPath)?.responses.get(status)
    if (!validate || validate(body)) return []
    return [`response ${status}: ${ajvErrors(validate)}`]
  }

  private find(method: string, rawPath: string) {
    for (const operation of this.operations) {
      if (operation.method !== method.toUpperCase()) continue
      const match = operation.regex.exec(rawPath)
      if (!match) continue
      const params: Record<string, string> = {}
      operation.paramNames.forEach((name, index) => {
        params[name] = safeDecode(match[index + 1]!)
      })
      return { ...operation, params }
    }
    return undefined
  }
}

/** `{ref}` / `{path}` at the end may hold slashes (sent raw or as %2F); others are one segment. */
export function templateRegex(template: string): { regex: RegExp; paramNames: string[] } {
  const paramNames: string[] = []
  const segments = template.split('/')
  const pattern = segments
    .map((segment, index) => {
      const param = /^\{(\w+)\}$/.exec(segment)
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      paramNames.push(param[1]!)
      return index === segments.length - 1 && ['ref', 'path'].includes(param[1]!)
        ? '(.*)'
        : '([^/]+)'
    })
    .join('/')
  return { regex: new RegExp(`^${pattern}/?$`), paramNames }
}

/**
 * OpenAPI 3.0's `nullable: true` has no JSON Schema meaning (and Ajv accepts it only next to
 * `type`): rewrite it as "this, or null" everywhere. Keys inside `properties` are field names.
 */
function withJsonSchemaNulls(value: unknown, parentKey?: string): unknown {
  if (Array.isArray(value)) return value.map(item => withJsonSchemaNulls(item))
  if (value === null || typeof value !== 'object') return value
  const copy: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) copy[key] = withJsonSchemaNulls(inner, key)
  if (parentKey === 'properties' || copy.nullable !== true) return copy
  delete copy.nullable
  if (typeof copy.type === 'string') {
    copy.type = [copy.type, 'null']
    if (Array.isArray(copy.enum) && !copy.enum.includes(null)) copy.enum = [...copy.enum, null]
    return copy
  }
  return { anyOf: [copy, { type: 'null' }] }
}

function collectFormats(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) collectFormats(item, found)
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'format' && typeof inner === 'string') found.add(inner)
      else collectFormats(inner, found)
    }
  }
  return found
}

function encodePointerSegment(segment: string): string {
  return encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'))
}

function coerce(raw: string, type: string | undefined): unknown {
  if (
    (type === 'integer' || type === 'number') &&
    raw.trim() !== '' &&
    !Number.isNaN(Number(raw))
  ) {
    return Number(raw)
  }
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true'
  return raw
}

function ajvErrors(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .map(error => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`)
    .join('; ')
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
