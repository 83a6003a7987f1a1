import type { Handler } from '../context.js'
import { sendError } from '../respond.js'
import { issueToken, tokenClaims } from '../jwt.js'
import { basicCredentials, bearerToken } from '../pipeline/auth.js'
import { reply } from './reply.js'

/**
 * `POST /token`: a JWT for the authenticated user. Auth already verified the
 * credentials; this only finds whose they are.
 */
export const createToken: Handler = async ctx => {
  const credentials = ctx.config.basicAuthCredentials
  const token = bearerToken(ctx.req)
  const issuer = basicCredentials(ctx.req)?.user ?? (token === undefined ? undefined : tokenClaims(token)?.iss)
  if (credentials === null || typeof issuer !== 'string' || !Object.hasOwn(credentials, issuer)) {
    sendError(ctx.res, ctx.config, 401, 'unauthorized')
    return
  }
  reply(ctx, { token: issueToken(issuer, credentials[issuer]) })
}
