import type { FakeGitHub } from './fake-github.js'

export interface RouteContext {
  fake: FakeGitHub
  params: Record<string, string>
  query: URLSearchParams
  // Already validated against the OpenAPI schema by the time a handler runs.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any
}

export interface RouteResult {
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** Binary payload (tarballs), sent as is. */
  raw?: Buffer
}

/** Handlers keyed by the OpenAPI operationId they serve. */
export type Routes = Record<string, (context: RouteContext) => Promise<RouteResult>>

export const json = (
  status: number,
  body: unknown,
  headers?: Record<string, string>
): RouteResult => ({
  status,
  body,
  headers
})
