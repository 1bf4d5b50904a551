// The HTTP part every fake model server shares: listens on 127.0.0.1 only, routes by method
// and path (several formats carry the model in the path), checks credentials against the raw
// request (a SigV4 signature covers the method, the path and the body's bytes), records every
// request, and turns scripted failures into real error responses (with the `retry-after-ms`
// header real providers send, so the SDK's retries stay fast in tests).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FakeScript, ScriptedReply, SeenRequest } from './script.js'

export interface FakeLlmServer {
  /** Base URL to hand the SDK (or the action's base-URL input), e.g. `http://127.0.0.1:PORT/v1`. */
  baseUrl: string
  /** `http://127.0.0.1:PORT`. */
  origin: string
  /** Every request the script answered, normalised, in order. */
  requests: SeenRequest[]
  /** Requests turned away before the script saw them: unknown routes, missing credentials. */
  refused: { method: string; url: string; status: number; reason: string }[]
  close(): Promise<void>
}

/** A request as it arrived: the path still percent-encoded, the body as bytes. */
export interface RawRequest {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: Buffer
}

export interface WireFormat {
  /** What the SDK's base URL adds to the origin, e.g. `/v1` (may be empty). */
  basePath: string
  /**
   * This format's endpoint: the model the path names (`''` when the body names it), or
   * undefined for any other request.
   */
  route(method: string, url: string): { model: string } | undefined
  /** Rejects requests without the credentials the real service needs (returns why). */
  checkAuth(request: RawRequest): string | undefined
  /** The status of a credential failure: 401, or 403 where the service answers that (AWS). */
  authStatus?: number
  normalise(
    body: Record<string, unknown>,
    model: string
  ): Omit<SeenRequest, 'index' | 'path' | 'headers' | 'body'>
  /** The success body for a scripted text or tool-call reply. */
  answer(
    reply: Exclude<ScriptedReply, { status: number } | { raw: string }>,
    request: SeenRequest
  ): unknown
  /** The error body real servers send for a status. */
  error(status: number, message: string): unknown
  /** Headers real servers send with an error (AWS names the error type in one). */
  errorHeaders?(status: number): Record<string, string>
}

/** The text of a message's content, whether a string or a list of `{ text }` parts. */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content
  if (Array.isArray(content)) {
    return content
      .map(part => (typeof part === 'object' && part && 'text' in part ? String(part.text) : ''))
      .join('')
  }
  return ''
}

/** The bearer token of an `Authorization` header, or ''. */
export function bearerTokenOf(headers: IncomingMessage['headers']): string {
  const auth = headers.authorization
  return typeof auth === 'string' && auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : ''
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function send(res: ServerResponse, status: number, body: unknown, headers = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

export async function startFakeServer(
  format: WireFormat,
  script: FakeScript
): Promise<FakeLlmServer> {
  const requests: SeenRequest[] = []
  const refused: FakeLlmServer['refused'] = []
  const fail = (res: ServerResponse, status: number, message: string, extra = {}) =>
    send(res, status, format.error(status, message), { ...format.errorHeaders?.(status), ...extra })

  const server = createServer((req, res) => {
    void (async () => {
      const raw: RawRequest = {
        method: req.method ?? '',
        url: req.url ?? '/',
        headers: req.headers,
        body: await readBody(req)
      }
      const route = format.route(raw.method, raw.url)
      if (!route) {
        refused.push({ method: raw.method, url: raw.url, status: 404, reason: 'no route' })
        fail(res, 404, `no route ${raw.method} ${raw.url}`)
        return
      }
      const authProblem = format.checkAuth(raw)
      if (authProblem) {
        const status = format.authStatus ?? 401
        refused.push({ method: raw.method, url: raw.url, status, reason: authProblem })
        fail(res, status, authProblem)
        return
      }
      let body: Record<string, unknown>
      try {
        body = JSON.parse(raw.body.toString('utf8')) as Record<string, unknown>
      } catch {
        fail(res, 400, 'request body is not JSON')
        return
      }
      const seen: SeenRequest = {
        index: requests.length,
        path: raw.url,
        headers: req.headers,
        body,
        ...format.normalise(body, route.model)
      }
      requests.push(seen)
      let reply: ScriptedReply
      try {
        reply = script(seen)
      } catch (error) {
        reply = { status: 500, message: `fake script threw: ${String(error)}` }
      }
      if ('raw' in reply) {
        res.writeHead(200, { 'content-type': reply.contentType ?? 'application/json' })
        res.end(reply.raw)
        return
      }
      if ('status' in reply) {
        fail(res, reply.status, reply.message ?? 'scripted failure', {
          'retry-after-ms': String(reply.retryAfterMs ?? 5)
        })
        return
      }
      send(res, 200, format.answer(reply, seen))
    })().catch(error => {
      fail(res, 500, String(error))
    })
  })

  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    baseUrl: `${origin}${format.basePath}`,
    origin,
    requests,
    refused,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close(error => (error ? reject(error) : resolve()))
      })
  }
}
