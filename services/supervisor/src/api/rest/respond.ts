import type { ServerResponse } from 'node:http'
import type { RestApiConfig } from '@ipfscluster/chassis'
import { goJson, type JsonValue } from './encode/json.js'

/** JSON content type plus the configured extra headers (rest-api.md §1). */
export function setJsonHeaders (res: ServerResponse, config: RestApiConfig): void {
  res.setHeader('Content-Type', 'application/json')
  for (const [name, values] of Object.entries(config.headers)) res.setHeader(name, values)
}

/** Answers with one JSON value. */
export function sendJson (res: ServerResponse, config: RestApiConfig, status: number, value: JsonValue): void {
  setJsonHeaders(res, config)
  res.writeHead(status).end(goJson(value))
}

/** Answers with the error body `{"code":N,"message":"…"}`. */
export function sendError (res: ServerResponse, config: RestApiConfig, status: number, message: string): void {
  sendJson(res, config, status, { code: status, message })
}

/** Answers without a body (204, 405). */
export function sendEmpty (res: ServerResponse, status: number): void {
  res.writeHead(status).end()
}
