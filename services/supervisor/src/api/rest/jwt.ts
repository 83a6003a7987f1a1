/** The JWTs of `POST /token` and `Authorization: Bearer` (rest-api.md §2.3). */
import { createHmac, timingSafeEqual } from 'node:crypto'

const HMACS: Record<string, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url')

function sign (alg: string, input: string, key: string): Buffer {
  return createHmac(HMACS[alg], key).update(input).digest()
}

/** The deterministic HS256 token of a user: claims `{"iss":"<user>"}`, signed with the password. */
export function issueToken (user: string, password: string): string {
  const input = `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(JSON.stringify({ iss: user }))}`
  return `${input}.${sign('HS256', input, password).toString('base64url')}`
}

/** Decoded claims of a token, unverified; undefined when it is not a JWT. */
export function tokenClaims (token: string): Record<string, unknown> | undefined {
  try {
    const claims: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString())
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims) ? claims as Record<string, unknown> : undefined
  } catch {
    return undefined
  }
}

/**
 * Verifies an HS256/384/512 token whose `iss` is a configured user with a
 * non-empty password; `exp`, `nbf` and `iat` are checked when present.
 */
export function verifyToken (token: string, credentials: Record<string, string>, nowSec = Date.now() / 1000): boolean {
  const parts = token.split('.')
  if (parts.length !== 3) return false
  let header: { alg?: unknown }
  try { header = JSON.parse(Buffer.from(parts[0], 'base64url').toString()) } catch { return false }
  const claims = tokenClaims(token)
  if (typeof header?.alg !== 'string' || !Object.hasOwn(HMACS, header.alg) || claims === undefined) return false
  const iss = claims.iss
  if (typeof iss !== 'string' || !Object.hasOwn(credentials, iss) || credentials[iss] === '') return false
  const expected = sign(header.alg, `${parts[0]}.${parts[1]}`, credentials[iss])
  const given = Buffer.from(parts[2], 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false
  const num = (v: unknown): number | undefined => typeof v === 'number' ? v : undefined
  const exp = num(claims.exp)
  const nbf = num(claims.nbf)
  const iat = num(claims.iat)
  return (exp === undefined || nowSec < exp) && (nbf === undefined || nowSec >= nbf) && (iat === undefined || nowSec >= iat)
}
