// The HTTP part both fake model servers share: listens on 127.0.0.1 only, parses JSON bodies,
// records every request, turns scripted failures into real error responses (with the
// `retry-after-ms` header real providers send, so the SDK's retries stay fast in tests).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FakeScript, ScriptedReply, SeenRequest } from './script.js'

export interface FakeLlmServer {
  /** Base URL to hand to the SDK, ending in `/v1`. */
  baseUrl: string
  /** Every request received, normalised, in order. */
  requests: SeenRequest[]
  close(): Promise<void>
}

export interface WireFormat {
  /** The one path this format serves, e.g. `/v1/messages`. */
  path: string
  /** Rejects requests without the credentials the real service needs (returns a message). */
  checkAuth(headers: IncomingMessage['headers']): string | undefined
  normalise(body: Record<string, unknown>): Omit<SeenRequest, 'index' | 'path' | 'headers' | 'body'>
  /** The success body for a scripted text or tool-call reply. */
  answer(
    reply: Exclude<ScriptedReply, { status: number } | { raw: string }>,
    request: SeenRequest
  ): unknown
  /** The error body real servers send for a status. */
  error(status: number, message: string): unknown
}

/** The text of a message's content, whether a string or a list of parts (both wire formats). */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content
  if (Array.isArray(content)) {
    return content
      .map(part => (typeof part === 'object' && part && 'text' in part ? String(part.text) : ''))
      .join('')
  }
  return ''
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
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

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req)
      if (req.method !== 'POST' || req.url !== format.path) {
        send(res, 404, format.error(404, `no route ${req.method} ${req.url}`))
        return
      }
      const authProblem = format.checkAuth(req.headers)
      if (authProblem) {
        send(res, 401, format.error(401, authProblem))
        return
      }
      let body: Record<string, unknown>
      try {
        body = JSON.parse(raw) as Record<string, unknown>
      } catch {
        send(res, 400, format.error(400, 'request body is not JSON'))
        return
      }
      const seen: SeenRequest = {
        index: requests.length,
        path: req.url,
        headers: req.headers,
        body,
        ...format.normalise(body)
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
        send(res, reply.status, format.error(reply.status, reply.message ?? 'scripted failure'), {
          'retry-after-ms': String(reply.retryAfterMs ?? 5)
        })
        return
      }
      send(res, 200, format.answer(reply, seen))
    })().catch(error => {
      send(res, 500, format.error(500, String(error)))
    })
  })

  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close(error => (error ? reject(error) : resolve()))
      })
  }
}
