/**
 * The route table matcher (rest-api.md §3): first match in table order, a
 * path that matches only with other methods is a 405, no match a 404.
 * Patterns: literal segments, `{name}` (one segment), `{name:a|b}` (one of
 * these words), `{name…}` (one or more segments, last only).
 */
import type { Handler } from './context.js'

/** One row of the route table. */
export interface Route {
  method: string
  pattern: string
  handler: Handler
}

/** Outcome of matching a request. */
export type Match =
  | { kind: 'route', route: Route, params: Record<string, string> }
  | { kind: 'method-not-allowed' }
  | { kind: 'not-found' }

function decode (segment: string): string {
  try { return decodeURIComponent(segment) } catch { return segment }
}

function matchPattern (pattern: string, segments: string[]): Record<string, string> | undefined {
  const parts = pattern.split('/').slice(1)
  const params: Record<string, string> = {}
  for (const [i, part] of parts.entries()) {
    const m = /^\{(\w+)(?::([\w|]+)|(…))?\}$/.exec(part)
    if (m === null) {
      if (segments[i] !== part) return undefined
      continue
    }
    const [, name, words, rest] = m
    if (rest !== undefined) {
      if (segments.length <= i) return undefined
      params[name] = segments.slice(i).map(decode).join('/')
      return params
    }
    if (segments[i] === undefined || (words !== undefined && !words.split('|').includes(segments[i]))) return undefined
    params[name] = decode(segments[i])
  }
  return segments.length === parts.length ? params : undefined
}

/** Finds the route of a request path (without query). */
export function matchRoute (routes: readonly Route[], method: string, path: string): Match {
  const segments = path.split('/').slice(1)
  let pathMatched = false
  for (const route of routes) {
    const params = matchPattern(route.pattern, segments)
    if (params === undefined) continue
    if (route.method === method) return { kind: 'route', route, params }
    pathMatched = true
  }
  return pathMatched ? { kind: 'method-not-allowed' } : { kind: 'not-found' }
}
