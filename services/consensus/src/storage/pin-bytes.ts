/**
 * Raw protobuf surgery on encoded `Op`s and `Pin`s, so applying a log entry
 * or loading a snapshot never builds JS objects per pin: the state keeps each
 * Pin's bytes minus its `cid` field (field 1), and puts the field back in
 * front when a whole Pin is needed (protobuf accepts fields in any order).
 */

/** Protobuf wire types used by the messages here. */
const VARINT = 0
const I64 = 1
const LEN = 2
const I32 = 5

function varint (buf: Uint8Array, at: number): [value: number, next: number] {
  let value = 0
  let scale = 1
  for (let i = at; i < buf.length; i++) {
    const b = buf[i]
    value += (b & 0x7f) * scale
    if ((b & 0x80) === 0) return [value, i + 1]
    scale *= 128
  }
  throw new Error('truncated varint')
}

/** Each top-level field of a message: number, wire type and where its value lies. */
function * fields (buf: Uint8Array): Generator<{ field: number, wire: number, start: number, end: number, value: number }> {
  let at = 0
  while (at < buf.length) {
    const [tag, afterTag] = varint(buf, at)
    const wire = tag & 7
    let value = 0
    let start = afterTag
    let end: number
    if (wire === VARINT) [value, end] = varint(buf, afterTag)
    else if (wire === I64) end = afterTag + 8
    else if (wire === I32) end = afterTag + 4
    else if (wire === LEN) {
      const [len, afterLen] = varint(buf, afterTag)
      start = afterLen
      end = afterLen + len
    } else throw new Error(`unsupported wire type ${wire}`)
    if (end > buf.length) throw new Error('truncated field')
    yield { field: Math.floor(tag / 8), wire, start, end, value }
    at = end
  }
}

/** An encoded Pin split into its binary CID and the rest of its fields. */
export interface SplitPin {
  cid: Uint8Array
  rest: Uint8Array
}

/** Splits an encoded Pin; the CID is empty when absent. */
export function splitPin (pin: Uint8Array): SplitPin {
  // Fast path: encoders write field 1 first. A later duplicate field 1 stays
  // in `rest` and still wins on decode, as it did in the original bytes.
  if (pin.length > 2 && pin[0] === 0x0a && pin[1] < 0x80 && 2 + pin[1] <= pin.length) {
    return { cid: pin.subarray(2, 2 + pin[1]), rest: pin.subarray(2 + pin[1]) }
  }
  let cid: Uint8Array = new Uint8Array(0)
  const parts: Uint8Array[] = []
  let from = 0
  let tagStart = 0
  for (const f of fields(pin)) {
    if (f.field === 1 && f.wire === LEN) {
      cid = pin.subarray(f.start, f.end)
      parts.push(pin.subarray(from, tagStart))
      from = f.end
    }
    tagStart = f.end
  }
  parts.push(pin.subarray(from))
  return { cid, rest: parts.length === 1 ? parts[0] : Buffer.concat(parts) }
}

/** The encoded Pin with `cid` as field 1 followed by `rest`. */
export function joinPin (cid: Uint8Array, rest: Uint8Array): Buffer {
  const head: number[] = [0x0a]
  for (let n = cid.length; ; n = Math.floor(n / 128)) {
    if (n < 128) { head.push(n); break }
    head.push((n & 0x7f) | 0x80)
  }
  return Buffer.concat([Buffer.from(head), cid, rest])
}

/** Op types as numbered in types.proto. */
export const OP_PIN = 1
export const OP_UNPIN = 2

/** The type and encoded Pin of an encoded `Op` (unknown fields skipped). */
export function readOp (op: Uint8Array): { type: number, pin: Uint8Array } {
  let type = 0
  let pin: Uint8Array = new Uint8Array(0)
  for (const f of fields(op)) {
    if (f.field === 1 && f.wire === VARINT) type = f.value
    else if (f.field === 2 && f.wire === LEN) pin = op.subarray(f.start, f.end)
  }
  return { type, pin }
}
