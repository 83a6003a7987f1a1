/**
 * IPFS path → CID (ipfs.md §1.5 `Resolve`): a bare CID or `/ipfs/<cid>` needs
 * no lookup; anything with a sub-path, `/ipns/…` or `/ipld/…` is resolved by
 * the node, and the result must be immutable.
 */
import { InvalidParametersError } from '@ipfscluster/chassis'
import type { CID } from 'multiformats/cid'
import { parseCid } from './cids.js'

/**
 * Resolves `path` with `lookup` (which answers the node's `/ipfs/<cid>` path) when needed.
 *
 * @throws InvalidParametersError for a malformed path or CID, or `resolved path is mutable`.
 */
export async function resolvePath (path: string, lookup: (path: string) => Promise<string>): Promise<CID> {
  const text = path.trim()
  if (!text.startsWith('/')) return parseCid(text)
  const parts = text.split('/').filter(p => p !== '')
  if (parts.length < 2 || !['ipfs', 'ipns', 'ipld'].includes(parts[0])) {
    throw new InvalidParametersError(`invalid IPFS path ${JSON.stringify(path)}`)
  }
  if (parts[0] !== 'ipns') {
    const root = parseCid(parts[1])
    if (parts.length === 2) return root
  }
  const resolved = await lookup(text)
  if (!resolved.startsWith('/ipfs/')) throw new InvalidParametersError('resolved path is mutable')
  return parseCid(resolved.slice('/ipfs/'.length).split('/')[0])
}
