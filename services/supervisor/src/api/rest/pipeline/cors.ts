import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RestApiConfig } from '@ipfscluster/chassis'

const DEFAULT_ALLOWED_HEADERS = ['accept', 'content-type', 'x-requested-with']

function originAllowed (origin: string, allowed: string[]): boolean {
  return allowed.some(pattern => {
    if (pattern === '*') return true
    const star = pattern.indexOf('*')
    if (star < 0) return pattern.toLowerCase() === origin.toLowerCase()
    // rs/cors allows one wildcard inside an origin (`https://*.example.com`)
    const [pre, post] = [pattern.slice(0, star).toLowerCase(), pattern.slice(star + 1).toLowerCase()]
    const o = origin.toLowerCase()
    return o.length >= pre.length + post.length && o.startsWith(pre) && o.endsWith(post)
  })
}

const methodAllowed = (method: string, config: RestApiConfig): boolean =>
  config.corsAllowedMethods.some(m => m.toUpperCase() === method.toUpperCase())

function headersAllowed (requested: string[], config: RestApiConfig): boolean {
  const allowed = (config.corsAllowedHeaders.length === 0 ? DEFAULT_ALLOWED_HEADERS : config.corsAllowedHeaders).map(h => h.toLowerCase())
  if (allowed.includes('*')) return true
  // rs/cors always allows Origin
  return requested.every(h => h === 'origin' || allowed.includes(h))
}

const allowOrigin = (origin: string, config: RestApiConfig): string => config.corsAllowedOrigins.includes('*') ? '*' : origin

/**
 * Handles CORS (rest-api.md §2.4, rs/cors semantics). A preflight is
 * answered here (always 204) and true is returned; otherwise the CORS
 * headers of an actual request are set and false is returned.
 */
export function handleCors (req: IncomingMessage, res: ServerResponse, config: RestApiConfig): boolean {
  const origin = req.headers.origin ?? ''
  const requestedMethod = req.headers['access-control-request-method']
  if (req.method === 'OPTIONS' && typeof requestedMethod === 'string') {
    res.setHeader('Vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers')
    const rawHeaders = req.headers['access-control-request-headers'] ?? ''
    const requested = rawHeaders.split(',').map(h => h.trim().toLowerCase()).filter(h => h !== '')
    if (origin !== '' && originAllowed(origin, config.corsAllowedOrigins) && methodAllowed(requestedMethod, config) && headersAllowed(requested, config)) {
      res.setHeader('Access-Control-Allow-Origin', allowOrigin(origin, config))
      res.setHeader('Access-Control-Allow-Methods', requestedMethod.toUpperCase())
      if (requested.length > 0) res.setHeader('Access-Control-Allow-Headers', rawHeaders)
      if (config.corsAllowCredentials) res.setHeader('Access-Control-Allow-Credentials', 'true')
      if (config.corsMaxAge > 0) res.setHeader('Access-Control-Max-Age', String(Math.floor(config.corsMaxAge / 1000)))
    }
    res.writeHead(204).end()
    return true
  }
  res.setHeader('Vary', 'Origin')
  if (origin !== '' && originAllowed(origin, config.corsAllowedOrigins) && methodAllowed(req.method ?? '', config)) {
    res.setHeader('Access-Control-Allow-Origin', allowOrigin(origin, config))
    if (config.corsExposedHeaders.length > 0) res.setHeader('Access-Control-Expose-Headers', config.corsExposedHeaders.join(', '))
    if (config.corsAllowCredentials) res.setHeader('Access-Control-Allow-Credentials', 'true')
  }
  return false
}
