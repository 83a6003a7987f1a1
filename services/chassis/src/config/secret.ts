/**
 * The cluster secret: 32 bytes as 64 hex characters, or empty for an
 * unprotected network (config.md §4.1, cli.md §4 step 3). The original 0.3.1
 * ignored a malformed secret and ran unprotected; here it is an error.
 */
import { randomBytes } from 'node:crypto'
import { InvalidParametersError } from '../errors.js'
import { Problem } from './problem.js'
import { string, type ValueType } from './types.js'

/** Length of the secret in bytes. */
export const SECRET_BYTES = 32

/** `cluster.secret` as a config value: `""` or 64 hex characters (any case), kept lower-case. */
export const secret: ValueType<string> = {
  read: v => secret.fromEnv(string.read(v)),
  fromEnv: text => {
    if (text === '') return ''
    const chars = Array.from(text)
    if (chars.length !== SECRET_BYTES * 2) {
      throw new Problem(`must be 64 hexadecimal characters (32 bytes) or empty, got ${chars.length} characters`)
    }
    const bad = chars.findIndex(c => !/^[0-9a-fA-F]$/.test(c))
    if (bad >= 0) throw new Problem(`invalid hex character ${JSON.stringify(chars[bad])} at position ${bad}`)
    return text.toLowerCase()
  },
  write: v => v
}

/** A new random secret (CSPRNG), as `init` writes it. */
export function newSecret (): string {
  return randomBytes(SECRET_BYTES).toString('hex')
}

/**
 * `init`'s check of a secret typed by the user or taken from `CLUSTER_SECRET`
 * (Go's `hex.DecodeString` rules and texts, as the original).
 *
 * @returns the secret in lower case, or `""`
 * @throws InvalidParametersError `input secret is N bytes, cluster secret should be 32` or `invalid hex: <detail>`
 */
export function parseUserSecret (input: string): string {
  // like Go: a bad character is reported before an odd length
  const bad = Array.from(input).find(c => !/^[0-9a-fA-F]$/.test(c))
  if (bad !== undefined) {
    const code = bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
    throw new InvalidParametersError(`invalid hex: invalid byte: U+${code} '${bad}'`)
  }
  if (input.length % 2 === 1) throw new InvalidParametersError('invalid hex: odd length hex string')
  const bytes = input.length / 2
  if (bytes !== 0 && bytes !== SECRET_BYTES) {
    throw new InvalidParametersError(`input secret is ${bytes} bytes, cluster secret should be ${SECRET_BYTES}`)
  }
  return input.toLowerCase()
}

/**
 * The libp2p private-network key file for a secret: what `@libp2p/pnet`'s
 * `preSharedKey({ psk })` expects (it always decodes line 3 as lower-case
 * base16; conventions P-L7).
 *
 * @param hex - a validated, non-empty `cluster.secret`
 */
export function pskFile (hex: string): Uint8Array {
  return new TextEncoder().encode(`/key/swarm/psk/1.0.0/\n/base16/\n${hex.toLowerCase()}`)
}
