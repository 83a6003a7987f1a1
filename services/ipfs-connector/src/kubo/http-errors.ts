/**
 * Turns what went wrong talking to the daemon into the connector's error
 * classes (ipfs.md §1.2), with messages naming the endpoint or the address.
 */
import { formatDuration, IpfsUnavailableError, TimeoutError } from '@ipfscluster/chassis'
import { IpfsError } from '../errors.js'

const TRANSPORT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ENOENT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED', 'ENOTSOCK', 'EACCES'])

/** True for failures that mean the daemon could not be reached at all. */
export function isTransportError (err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code
  return code !== undefined && TRANSPORT_CODES.has(code)
}

/** `IPFS unreachable at <addr>: <cause>`. */
export function unreachable (address: string, cause: unknown): IpfsUnavailableError {
  const detail = cause instanceof Error ? cause.message : String(cause)
  return new IpfsUnavailableError(`IPFS unreachable at ${address}: ${detail}`)
}

/** `IPFS request timed out (<endpoint>) after <d>`. */
export function timedOut (endpoint: string, ms: number): TimeoutError {
  return new TimeoutError(`IPFS request timed out (${endpoint}) after ${formatDuration(ms)}`)
}

/** The error of a non-200 answer, from its body. */
export function httpError (endpoint: string, status: number, body: string): IpfsError {
  try {
    const parsed = JSON.parse(body) as { Message?: unknown }
    if (typeof parsed?.Message === 'string') {
      return new IpfsError(`IPFS error (${endpoint}). Code: ${status}. Message: ${parsed.Message}`, status, parsed.Message)
    }
  } catch { /* not the IPFS error shape */ }
  return new IpfsError(`IPFS request failed (is it running?) (${endpoint}). Code ${status}: ${body}`, status)
}

/** A 200 answer whose body could not be understood. */
export function decodeError (endpoint: string, detail: string): IpfsError {
  return new IpfsError(`error decoding IPFS response (${endpoint}): ${detail}`)
}

/** IPFS answered that the CID is not pinned (Kubo and js-ipfs wordings). */
export function isNotPinned (err: unknown): boolean {
  return err instanceof IpfsError && /not pinned/.test(err.ipfsMessage)
}
