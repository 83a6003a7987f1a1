/**
 * `WatchApplied` (consensus.md §2): applied ops from an index, resumable
 * after either side restarts. History comes from the log; when the wanted
 * entries were compacted away (or a snapshot from the leader replaced the
 * state) the stream sends the snapshot as an image between `reset` and
 * `reset_end`. Then `caught_up` once, then live items as they apply.
 */
import { readFileSync } from 'node:fs'
import { codec, type MessageInput } from '@ipfscluster/proto'
import type { RaftDriver } from './node/raft-driver.js'
import { EntryKind, LogCompactedError } from './raft/index.js'
import { readStateFile } from './storage/index.js'

type Item = MessageInput<'ipfscluster.consensus.v1.WatchAppliedResponse'>

const ops = codec('ipfscluster.types.v1.Op')
const pins = codec('ipfscluster.types.v1.Pin')
/** Entries read from the log per step. */
const PAGE = 256

/** The stream of one WatchApplied call; ends only when `signal` aborts (the client cancels, or the node stops). */
export async function * watchApplied (d: RaftDriver, fromIndex: number, signal: AbortSignal): AsyncGenerator<Item> {
  const target = d.applied
  let next = Math.max(fromIndex, 1)
  let caughtUp = false
  for (;;) {
    if (next <= d.applied && next < d.storage.firstIndex()) {
      next = yield * image(d)
      continue
    }
    if (next <= d.applied) {
      let entries
      try {
        entries = d.storage.entries(next, Math.min(d.applied + 1, next + PAGE))
      } catch (err) {
        if (err instanceof LogCompactedError) continue
        throw err
      }
      for (const e of entries) {
        if (e.kind === EntryKind.COMMAND) yield { applied: { index: e.index, op: ops.decode(e.data) } }
        next = e.index + 1
      }
      continue
    }
    if (!caughtUp) {
      caughtUp = true
      yield { caught_up: { applied_index: target } }
      continue
    }
    // Nothing can apply between the check above and this wait: no await in between.
    await d.changed.next(signal)
  }
}

/** The newest snapshot as an image; returns the index after it. */
async function * image (d: RaftDriver): AsyncGenerator<Item, number> {
  const stored = d.storage.storedSnapshot()
  const path = d.storage.snapshotStatePath()
  if (stored === undefined || path === undefined) throw new Error('entries were compacted but no snapshot is stored')
  const index = stored.meta.index
  // Read at once: the file may be pruned by newer snapshots while the consumer reads slowly.
  const items = [...readStateFile(readFileSync(path))]
  yield { reset: { snapshot_index: index, pin_count: items.length } }
  for (const pin of items) yield { applied: { index, op: { type: 'OP_TYPE_PIN', pin: pins.decode(pin) } } }
  yield { reset_end: { snapshot_index: index } }
  return index + 1
}
