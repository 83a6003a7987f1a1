/**
 * What the proxy writes itself: the IPFS error shape
 * `{"Message","Code":0,"Type":"error"}` and JSON answers, with the headers of
 * intercepted responses (ipfs.md §2.1: CORS and learnt headers, then
 * `Content-Type` and `Server`).
 */
import type { ServerResponse } from 'node:http'

/** `Server` header of intercepted responses. */
export const SERVER_HEADER = 'ipfs-cluster/ipfsproxy/0.1.0'

/** Writes an IPFS-shaped error unless the head was already sent (then the connection is cut). */
export function sendIpfsError (res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json', Server: SERVER_HEADER })
  res.end(JSON.stringify({ Message: message, Code: 0, Type: 'error' }) + '\n')
}

/** Writes one JSON answer (BigInts as JSON numbers). */
export function sendJson (res: ServerResponse, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(200, { ...headers, 'Content-Type': 'application/json', Server: SERVER_HEADER })
  res.end(toJson(body) + '\n')
}

/** JSON with BigInt values written as plain numbers. */
export function toJson (value: unknown): string {
  return JSON.stringify(value, (_k, v) => typeof v === 'bigint' ? `\u0000${v.toString()}\u0000` : v).replace(/"\\u0000(\d+)\\u0000"/g, '$1')
}
