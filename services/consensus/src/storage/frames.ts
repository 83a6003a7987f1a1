/**
 * WAL frames (consensus.md §8.1): `{length u32, crc32c u32, type u8}` then
 * `length` payload bytes, zero-padded so every frame starts 8-byte aligned.
 * The checksum covers the type byte and the payload, so a flipped type is
 * caught too. All integers little-endian.
 */
import { crc32c } from '@node-rs/crc32'

export const FrameType = {
  /** Payload: one protobuf `LogEntry`. */
  ENTRY: 1,
  /** Closes a batch; payload: last index (u64) and commit index (u64) at that point. */
  COMMIT: 2
} as const
export type FrameType = typeof FrameType[keyof typeof FrameType]

export const HEADER_BYTES = 9
const ALIGN = 8
/** No single entry comes near this; a larger length is garbage. */
const MAX_PAYLOAD = 256 * 1024 * 1024

/** Total bytes a frame with `payloadLength` bytes occupies, padding included. */
export function frameSize (payloadLength: number): number {
  return Math.ceil((HEADER_BYTES + payloadLength) / ALIGN) * ALIGN
}

function checksum (type: number, payload: Uint8Array): number {
  return crc32c(Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength), crc32c(Buffer.of(type)))
}

/** One encoded frame. */
export function encodeFrame (type: FrameType, payload: Uint8Array): Buffer {
  const out = Buffer.alloc(frameSize(payload.length))
  out.writeUInt32LE(payload.length, 0)
  out.writeUInt32LE(checksum(type, payload), 4)
  out.writeUInt8(type, 8)
  out.set(payload, HEADER_BYTES)
  return out
}

/** Payload of a COMMIT frame. */
export function encodeCommit (lastIndex: number, commit: number): Buffer {
  const b = Buffer.alloc(16)
  b.writeBigUInt64LE(BigInt(lastIndex), 0)
  b.writeBigUInt64LE(BigInt(commit), 8)
  return encodeFrame(FrameType.COMMIT, b)
}

export function decodeCommit (payload: Buffer): { lastIndex: number, commit: number } {
  if (payload.length !== 16) throw new Error(`commit frame of ${payload.length} bytes`)
  return { lastIndex: Number(payload.readBigUInt64LE(0)), commit: Number(payload.readBigUInt64LE(8)) }
}

export type FrameRead =
  | { ok: true, type: FrameType, payload: Buffer, next: number }
  | { ok: false, detail: string }

/** Reads the frame at `offset` of `buf`; a failure says why in words for the log. */
export function readFrame (buf: Buffer, offset: number): FrameRead {
  if (offset + HEADER_BYTES > buf.length) return { ok: false, detail: 'torn frame header' }
  const length = buf.readUInt32LE(offset)
  const type = buf.readUInt8(offset + 8)
  if (length > MAX_PAYLOAD) return { ok: false, detail: `frame length ${length} is implausible` }
  const end = offset + HEADER_BYTES + length
  if (end > buf.length) return { ok: false, detail: `frame of ${length} bytes runs past the end of the file` }
  const payload = buf.subarray(offset + HEADER_BYTES, end)
  if (checksum(type, payload) !== buf.readUInt32LE(offset + 4)) return { ok: false, detail: 'checksum mismatch' }
  if (type !== FrameType.ENTRY && type !== FrameType.COMMIT) return { ok: false, detail: `unknown frame type ${type}` }
  return { ok: true, type, payload, next: offset + frameSize(length) }
}

/** End offset of the first valid COMMIT frame at an aligned offset ≥ `from`, or -1 when there is none. */
export function nextCommitEnd (buf: Buffer, from: number): number {
  for (let at = Math.ceil(from / ALIGN) * ALIGN; at + HEADER_BYTES <= buf.length; at += ALIGN) {
    if (buf.readUInt8(at + 8) !== FrameType.COMMIT || buf.readUInt32LE(at) !== 16) continue
    const f = readFrame(buf, at)
    if (f.ok) return f.next
  }
  return -1
}
