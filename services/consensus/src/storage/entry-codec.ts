/** Raft {@link Entry} ↔ protobuf `LogEntry` bytes (the WAL frame payload). */
import { codec } from '@ipfscluster/proto'
import { EntryKind, type Entry } from '../raft/types.js'

const logEntries = codec('ipfscluster.consensus.v1.LogEntry')

const toProto = {
  COMMAND: 'ENTRY_KIND_COMMAND',
  NOOP: 'ENTRY_KIND_NOOP',
  CONFIGURATION: 'ENTRY_KIND_CONFIGURATION',
  BARRIER: 'ENTRY_KIND_BARRIER'
} as const satisfies Record<EntryKind, string>

const fromProto = new Map<string, EntryKind>(Object.entries(toProto).map(([k, v]) => [v, k as EntryKind]))

export function encodeEntry (e: Entry): Uint8Array {
  return logEntries.encode({ index: e.index, term: e.term, kind: toProto[e.kind], data: e.data })
}

/** Throws when the bytes are not a LogEntry of a known kind. */
export function decodeEntry (bytes: Uint8Array): Entry {
  const m = logEntries.decode(bytes)
  const kind = fromProto.get(m.kind)
  if (kind === undefined) throw new Error(`entry of unknown kind ${m.kind}`)
  return { index: Number(m.index), term: Number(m.term), kind, data: new Uint8Array(m.data) }
}
