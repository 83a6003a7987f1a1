/**
 * `repo/stat` answers: Kubo sends numbers, js-ipfs JSON strings
 * (`"RepoSize":"11858"`), and `StorageMax` can pass 2^53; the digits are read
 * from the text so nothing is rounded.
 */
import type { RepoStat } from '../connector.js'
import { decodeError } from './http-errors.js'

function field (text: string, name: string): bigint {
  const m = new RegExp(`"${name}"\\s*:\\s*"?(\\d+)"?`).exec(text)
  if (m === null) throw decodeError('repo/stat', `no integer ${name} in ${text.slice(0, 200)}`)
  return BigInt(m[1])
}

/** Parses a `repo/stat` body; freespace = max(StorageMax − RepoSize, 0). */
export function parseRepoStat (body: string): RepoStat {
  const repoSize = field(body, 'RepoSize')
  const storageMax = field(body, 'StorageMax')
  return { repoSize, storageMax, freespace: storageMax > repoSize ? storageMax - repoSize : 0n }
}
