import { InvalidParametersError, NotFoundError, ServiceUnavailableError } from '@ipfscluster/chassis'

/** A failure with its HTTP status decided where it was detected (bad input → 400). */
export class HttpError extends Error {
  constructor (readonly status: number, message: string) {
    super(message)
    this.name = HttpError.name
  }
}

/** The message of anything thrown. */
export const errorText = (err: unknown): string => err instanceof Error ? err.message : String(err)

/** Shorthand for the 400 answers of rest-api.md §3-§5. */
export const badRequest = (message: string): HttpError => new HttpError(400, message)

const NOT_IN_PINSET = 'pin is not part of the pinset'

/** Status and message of an error thrown by a handler or the core (rest-api.md §2.1). */
export function httpStatusOf (err: unknown): { status: number, message: string } {
  const message = errorText(err)
  if (err instanceof HttpError) return { status: err.status, message }
  if (err instanceof InvalidParametersError) return { status: 400, message }
  if (err instanceof NotFoundError || message === NOT_IN_PINSET) return { status: 404, message }
  if (err instanceof ServiceUnavailableError) {
    // the chassis names the target first (`consensus unavailable at <socket>: …`); clients only need which one
    const service = /^(\S+) unavailable/.exec(message)?.[1]
    return { status: 503, message: service === undefined ? message : `${service} unavailable, retry` }
  }
  return { status: 500, message }
}
