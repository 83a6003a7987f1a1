/**
 * The `snapshots/` folder (consensus.md §8.2): one folder per snapshot with
 * meta.json and state.bin, written under `<id>.tmp/` and renamed into place
 * once both files are synced, so a snapshot folder is always complete.
 */
import { crc32c } from '@node-rs/crc32'
import { join } from 'node:path'
import type { SnapshotMeta } from '../raft/types.js'
import { SnapshotCorruptedError } from './errors.js'
import type { FileLayer } from './file-layer.js'
import { decodeSnapshotMeta, encodeSnapshotMeta, parseSnapshotId, snapshotId, type StoredSnapshot } from './snapshot-meta.js'
import { STATE_FORMAT, type StateFileInfo } from './state-file.js'

/** Snapshots kept (consensus.md §10). */
export const SNAPSHOTS_KEPT = 5

const META = 'meta.json'
const STATE = 'state.bin'

export class SnapshotStore {
  constructor (private readonly files: FileLayer, readonly dir: string) {
    files.mkdir(dir)
  }

  /** Folder names of complete snapshots, newest first by (term, index, time). */
  names (): string[] {
    const ids = this.files.list(this.dir).flatMap(n => {
      const id = parseSnapshotId(n)
      return id === undefined ? [] : [{ n, id }]
    })
    return ids.sort((a, b) => b.id[0] - a.id[0] || b.id[1] - a.id[1] || b.id[2] - a.id[2]).map(x => x.n)
  }

  /** Metadata of one snapshot. @throws SnapshotCorruptedError */
  read (name: string): StoredSnapshot {
    const text = this.files.read(join(this.dir, name, META))
    if (text === undefined) throw new SnapshotCorruptedError(`${name}: meta.json missing`)
    return decodeSnapshotMeta(text.toString('utf8'))
  }

  /** The content of a snapshot's state.bin after checking size and crc32c. @throws SnapshotCorruptedError */
  state (s: StoredSnapshot): Buffer {
    const buf = this.files.read(this.statePath(s))
    if (buf === undefined) throw new SnapshotCorruptedError(`${s.id}: state.bin missing`)
    if (buf.length !== s.size || crc32c(buf) !== s.crc32c) throw new SnapshotCorruptedError(`${s.id}: state.bin checksum mismatch`)
    return buf
  }

  statePath (s: StoredSnapshot): string {
    return join(this.dir, s.id, STATE)
  }

  /**
   * Writes a snapshot: `body(path)` writes state.bin (unsynced) and returns its
   * size and checksum; then meta.json, fdatasync of both, rename from `.tmp`,
   * fsync of `snapshots/`. Durable when this returns.
   */
  write (meta: SnapshotMeta, body: (statePath: string) => StateFileInfo, now = Date.now()): StoredSnapshot {
    const id = snapshotId(meta, now)
    const tmp = join(this.dir, `${id}.tmp`)
    this.files.remove(tmp)
    this.files.mkdir(tmp)
    const info = body(join(tmp, STATE))
    const stored: StoredSnapshot = { id, meta, size: info.size, crc32c: info.crc32c, stateFormat: STATE_FORMAT }
    this.files.append(join(tmp, META), Buffer.from(encodeSnapshotMeta(stored)))
    this.files.datasync(join(tmp, STATE))
    this.files.datasync(join(tmp, META))
    this.files.syncDir(tmp)
    this.files.remove(join(this.dir, id))
    this.files.rename(tmp, join(this.dir, id))
    this.files.syncDir(this.dir)
    return stored
  }

  /** Deletes snapshots beyond the newest {@link SNAPSHOTS_KEPT} and unfinished `.tmp` folders, never `keep`. */
  prune (keep: string): void {
    const old = this.names().slice(SNAPSHOTS_KEPT).filter(n => n !== keep)
    const tmps = this.files.list(this.dir).filter(n => n.endsWith('.tmp'))
    for (const n of [...old, ...tmps]) this.files.remove(join(this.dir, n))
    if (old.length + tmps.length > 0) this.files.syncDir(this.dir)
  }
}

/** A state.bin body that copies given bytes (a snapshot received from the leader). */
export function copyBody (files: FileLayer, chunks: Iterable<Uint8Array>): (path: string) => StateFileInfo {
  return path => {
    let info: StateFileInfo = { size: 0, crc32c: 0 }
    for (const c of chunks) {
      files.append(path, c)
      info = { size: info.size + c.length, crc32c: crc32c(Buffer.from(c.buffer, c.byteOffset, c.byteLength), info.crc32c) }
    }
    return info
  }
}
