import { CID } from 'multiformats/cid'

/** The usual text form of a binary CID, for logs and messages (the bytes themselves if they do not decode). */
export function cidText (cid: Uint8Array): string {
  try {
    return CID.decode(cid).toString()
  } catch {
    return Buffer.from(cid).toString('hex')
  }
}
