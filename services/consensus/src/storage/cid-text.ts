/**
 * CID text for `state export`, the same as multiformats' `CID.toString()`
 * (base58btc for CIDv0, multibase base32 for v1) but a few times faster:
 * exporting a million pins formats a million CIDs, and sorts by that text.
 */
import { base58btc } from 'multiformats/bases/base58'

const ALPHABET = Buffer.from('abcdefghijklmnopqrstuvwxyz234567')

/** A CIDv0 is a bare sha2-256 multihash: 0x12 0x20 + 32 bytes. */
const isV0 = (b: Uint8Array): boolean => b.length === 34 && b[0] === 0x12 && b[1] === 0x20

/** Scratch space: the text is built as bytes and turned into one flat string (no rope of one-letter pieces). */
let scratch = Buffer.alloc(128)

/** Text form of a binary CID. */
export function cidText (cid: Uint8Array): string {
  if (isV0(cid)) return base58btc.baseEncode(cid)
  const length = 1 + Math.ceil(cid.length * 8 / 5)
  if (scratch.length < length) scratch = Buffer.alloc(length)
  scratch[0] = 0x62 // 'b', the base32 multibase prefix
  let at = 1
  let bits = 0
  let value = 0
  for (const byte of cid) {
    value = ((value << 8) | byte) & 0xfff
    bits += 8
    while (bits >= 5) {
      scratch[at++] = ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) scratch[at++] = ALPHABET[(value << (5 - bits)) & 31]
  return scratch.toString('latin1', 0, at)
}
