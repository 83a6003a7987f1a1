/**
 * `state.bin` (consensus.md §8.2): magic "IPFSCLUSTER-STATE", format version
 * (u32), pin count (u64), then each Pin as u32 length + protobuf bytes in CID
 * byte order. Written in 1 MiB chunks while a running crc32c is kept, so a
 * million pins never sit in one buffer.
 */
import { crc32c } from '@node-rs/crc32'
import { SnapshotCorruptedError } from './errors.js'
import type { FileLayer } from './file-layer.js'

const MAGIC = Buffer.from('IPFSCLUSTER-STATE')
const HEADER_BYTES = MAGIC.length + 4 + 8
const CHUNK = 1024 * 1024

/** The state format this build writes (`FORMAT`, `state_format`, `state version`). */
export const STATE_FORMAT = 1

/** Size and checksum of a written state file. */
export interface StateFileInfo {
  size: number
  crc32c: number
}

/** Writes `count` pins to `path` (not synced: the caller fsyncs). */
export function writeStateFile (files: FileLayer, path: string, count: number, pins: Iterable<Uint8Array>): StateFileInfo {
  const header = Buffer.alloc(HEADER_BYTES)
  MAGIC.copy(header)
  header.writeUInt32LE(STATE_FORMAT, MAGIC.length)
  header.writeBigUInt64LE(BigInt(count), MAGIC.length + 4)
  let chunk = Buffer.allocUnsafe(CHUNK)
  let used = 0
  let info: StateFileInfo = { size: 0, crc32c: 0 }
  const flush = (): void => {
    const out = chunk.subarray(0, used)
    files.append(path, out)
    info = { size: info.size + used, crc32c: crc32c(out, info.crc32c) }
    chunk = Buffer.allocUnsafe(CHUNK)
    used = 0
  }
  const put = (b: Uint8Array): void => {
    if (used + b.length > CHUNK) flush()
    if (b.length > CHUNK) {
      files.append(path, b)
      info = { size: info.size + b.length, crc32c: crc32c(Buffer.from(b), info.crc32c) }
      return
    }
    chunk.set(b, used)
    used += b.length
  }
  put(header)
  let written = 0
  const len = Buffer.alloc(4)
  for (const pin of pins) {
    len.writeUInt32LE(pin.length)
    put(len)
    put(pin)
    written++
  }
  if (written !== count) throw new Error(`state file: ${written} pins written, ${count} announced`)
  flush()
  return info
}

/**
 * The encoded pins of a state file's content, in file order.
 * @throws SnapshotCorruptedError on a bad header, unknown version or truncation.
 */
export function * readStateFile (buf: Buffer): Generator<Buffer> {
  if (buf.length < HEADER_BYTES || !buf.subarray(0, MAGIC.length).equals(MAGIC)) throw new SnapshotCorruptedError('state.bin: bad magic')
  const version = buf.readUInt32LE(MAGIC.length)
  if (version !== STATE_FORMAT) throw new SnapshotCorruptedError(`state.bin: state format ${version} is not supported (${STATE_FORMAT})`)
  const count = Number(buf.readBigUInt64LE(MAGIC.length + 4))
  let at = HEADER_BYTES
  for (let i = 0; i < count; i++) {
    if (at + 4 > buf.length) throw new SnapshotCorruptedError('state.bin: truncated')
    const end = at + 4 + buf.readUInt32LE(at)
    if (end > buf.length) throw new SnapshotCorruptedError('state.bin: truncated')
    yield buf.subarray(at + 4, end)
    at = end
  }
  if (at !== buf.length) throw new SnapshotCorruptedError('state.bin: trailing bytes')
}
