/**
 * CIDs in and out: every CID a caller or the daemon hands over is parsed here,
 * with errors naming it, and compared by value (js-ipfs prints CIDv1 in
 * base58btc where Kubo prints base32).
 */
import { InvalidParametersError } from '@ipfscluster/chassis'
import { CID } from 'multiformats/cid'
import { equals } from 'multiformats/bytes'
import { sha256, sha512 } from 'multiformats/hashes/sha2'
import type { MultihashHasher } from 'multiformats/hashes/interface'

/** Parses a CID in any multibase (or a base58 CIDv0). @throws InvalidParametersError naming it. */
export function parseCid (text: string): CID {
  try {
    return CID.parse(text)
  } catch (err) {
    throw new InvalidParametersError(`invalid CID ${JSON.stringify(text)}: ${(err as Error).message}`)
  }
}

/** Decodes a binary CID (the gRPC form). @throws InvalidParametersError showing the bytes. */
export function decodeCid (bytes: Uint8Array): CID {
  try {
    if (bytes.byteLength === 0) throw new Error('empty')
    return CID.decode(bytes)
  } catch (err) {
    throw new InvalidParametersError(`invalid CID 0x${Buffer.from(bytes).toString('hex')}: ${(err as Error).message}`)
  }
}

/** The same CID from another copy of `multiformats` (Helia's), or from text. */
export function asCid (value: { bytes: Uint8Array } | string): CID {
  return typeof value === 'string' ? parseCid(value) : CID.decode(value.bytes)
}

/** Same content address, whatever the CID version (a CIDv0 equals its dag-pb CIDv1). */
export function sameBlock (a: CID, b: CID): boolean {
  return a.code === b.code && a.multihash.code === b.multihash.code &&
    Buffer.compare(a.multihash.bytes, b.multihash.bytes) === 0
}

const HASHERS = new Map<number, MultihashHasher<number>>([[sha256.code, sha256], [sha512.code, sha512]])

/**
 * False when `bytes` do not hash to `cid`'s multihash; undefined when the
 * hash function is not one we can check (sha2-256, sha2-512).
 */
export async function matchesCid (cid: CID, bytes: Uint8Array): Promise<boolean | undefined> {
  const hasher = HASHERS.get(cid.multihash.code)
  if (hasher === undefined) return undefined
  return equals((await hasher.digest(bytes)).bytes, cid.multihash.bytes)
}
