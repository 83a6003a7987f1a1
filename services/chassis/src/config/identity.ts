/**
 * The peer's libp2p identity: `cluster.id` + `cluster.private_key` in
 * `service.json`, or a v1.x `identity.json` (config.md §3).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { InvalidConfigError } from '../errors.js'
import { isJsonObject, JsonSyntaxError, parseJson } from './json.js'
import { canonicalPeerId } from './multiaddr.js'
import { Problem } from './problem.js'

/** A peer identity as written in the config files. */
export interface Identity {
  /** The peer ID, base58 (`12D3KooW…` for Ed25519, `Qm…` for RSA). */
  id: string
  /** Std base64 of the libp2p protobuf-encoded private key (`CAESQ…`). */
  privateKey: string
}

/** Name of the v1.x identity file in the config folder. */
export const IDENTITY_FILE = 'identity.json'

/** A decoded libp2p private key (Ed25519, RSA, secp256k1, ECDSA). */
export type PrivateKey = ReturnType<typeof privateKeyFromProtobuf>

const STD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/**
 * Decodes a `private_key` value.
 *
 * @throws Problem `invalid base64` or `not a libp2p private key: <detail>`
 */
export function decodePrivateKey (base64: string): PrivateKey {
  // Buffer.from silently skips bad characters; Go's StdEncoding (the original) does not
  if (!STD_BASE64.test(base64)) throw new Problem('invalid base64')
  try {
    return privateKeyFromProtobuf(Buffer.from(base64, 'base64'))
  } catch (err) {
    throw new Problem(`not a libp2p private key: ${(err as Error).message}`)
  }
}

/** The peer ID a private key gives (canonical base58). @throws Problem as {@link decodePrivateKey} */
export function keyPeerId (base64: string): string {
  return peerIdFromPrivateKey(decodePrivateKey(base64)).toString()
}

/** A new Ed25519 identity, as `init` writes it. */
export async function generateIdentity (): Promise<Identity> {
  const key = await generateKeyPair('Ed25519')
  return {
    id: peerIdFromPrivateKey(key).toString(),
    privateKey: Buffer.from(privateKeyToProtobuf(key)).toString('base64')
  }
}

/**
 * Reads and validates `<folder>/identity.json`.
 *
 * @returns the identity (ID in canonical form), or `undefined` when there is no such file
 * @throws InvalidConfigError `identity.json: <problem>`
 */
export async function readIdentityFile (folder: string): Promise<Identity | undefined> {
  let text: string
  try {
    text = await readFile(join(folder, IDENTITY_FILE), 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new InvalidConfigError(`${IDENTITY_FILE}: ${(err as Error).message}`)
  }
  try {
    return checkIdentity(parseJson(text))
  } catch (err) {
    if (err instanceof Problem || err instanceof JsonSyntaxError) throw new InvalidConfigError(`${IDENTITY_FILE}: ${err.message}`)
    throw err
  }
}

/**
 * The identity an existing `cluster` section (or identity.json object) holds,
 * when its `id` and `private_key` are valid and match; `init -f` keeps it
 * (cli.md §4 step 4: a new key would orphan the peer in its cluster).
 */
export function identityIn (json: unknown): Identity | undefined {
  try {
    return checkIdentity(json)
  } catch (err) {
    if (err instanceof Problem) return undefined
    throw err
  }
}

function checkIdentity (json: unknown): Identity {
  if (!isJsonObject(json)) throw new Problem('expected an object')
  const { id, private_key: privateKey } = json
  if (typeof id !== 'string' || id === '') throw new Problem('id not set')
  if (typeof privateKey !== 'string' || privateKey === '') throw new Problem('private_key not set')
  let keyId: string
  try {
    keyId = keyPeerId(privateKey)
  } catch (err) {
    throw err instanceof Problem ? new Problem(`private_key: ${err.message}`) : err
  }
  if (canonicalPeerId(id) !== keyId) throw new Problem('identity ID does not match the private_key')
  return { id: keyId, privateKey }
}
