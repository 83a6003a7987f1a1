import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RestApiConfig } from '@ipfscluster/chassis'
import { verifyToken } from '../jwt.js'
import { sendError } from '../respond.js'

const REALM = 'realm="Restricted IPFS Cluster API"'

/** `Authorization: Basic …` as Go's `Request.BasicAuth` reads it. */
export function basicCredentials (req: IncomingMessage): { user: string, password: string } | undefined {
  const m = /^basic (.*)$/is.exec(req.headers.authorization ?? '')
  if (m === null) return undefined
  const text = Buffer.from(m[1], 'base64').toString()
  const colon = text.indexOf(':')
  return colon < 0 ? undefined : { user: text.slice(0, colon), password: text.slice(colon + 1) }
}

/** The token of `Authorization: Bearer <jwt>` (scheme case-insensitive). */
export function bearerToken (req: IncomingMessage): string | undefined {
  return /^bearer (.+)$/is.exec(req.headers.authorization ?? '')?.[1]
}

/** Auth is skipped for every `OPTIONS` and for `GET /health` exactly. */
function exempt (req: IncomingMessage, path: string): boolean {
  return req.method === 'OPTIONS' || (req.method === 'GET' && path === '/health')
}

/**
 * Checks basic or bearer credentials (rest-api.md §2.3) when
 * `basic_auth_credentials` is set; on failure answers 401 and returns false.
 */
export function authorize (req: IncomingMessage, res: ServerResponse, path: string, config: RestApiConfig): boolean {
  const credentials = config.basicAuthCredentials
  if (credentials === null || exempt(req, path)) return true
  const basic = basicCredentials(req)
  const token = basic === undefined ? bearerToken(req) : undefined
  if (basic !== undefined) {
    const { user, password } = basic
    if (user !== '' && password !== '' && Object.hasOwn(credentials, user) && credentials[user] === password) return true
    res.setHeader('WWW-Authenticate', `Basic ${REALM}`)
    sendError(res, config, 401, 'unauthorized: access denied')
  } else if (token !== undefined) {
    if (verifyToken(token, credentials)) return true
    res.setHeader('WWW-Authenticate', `Bearer ${REALM}, error="invalid_token"`)
    sendError(res, config, 401, 'unauthorized: invalid token')
  } else {
    res.setHeader('WWW-Authenticate', [`Bearer ${REALM}`, `Basic ${REALM}`])
    sendError(res, config, 401, 'unauthorized: no auth provided')
  }
  return false
}
