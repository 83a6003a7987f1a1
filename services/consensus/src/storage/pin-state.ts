/**
 * The pinset state machine (consensus.md §3): Pins keyed by binary CID. Each
 * pin is held as two one-byte strings (CID bytes → the Pin's other encoded
 * fields), which V8 stores compactly: a million pins cost a few hundred
 * bytes each instead of a JS object graph apiece.
 */
import { EntryKind, type Entry } from '../raft/types.js'
import { OP_PIN, OP_UNPIN, joinPin, readOp, splitPin } from './pin-bytes.js'

const key = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1')
const bytes = (s: string): Buffer => Buffer.from(s, 'latin1')

export class PinState {
  private readonly pins = new Map<string, string>()

  /** Number of pins. */
  get size (): number {
    return this.pins.size
  }

  /**
   * Applies a committed entry: a COMMAND's PIN puts (replaces) its pin, UNPIN
   * deletes it (absent → no-op). Other kinds and malformed ops change nothing:
   * ops are validated at propose time and apply never fails.
   */
  apply (entry: Entry): void {
    if (entry.kind !== EntryKind.COMMAND) return
    let op
    try {
      op = readOp(entry.data)
    } catch {
      return
    }
    if (op.type === OP_PIN) this.put(op.pin)
    else if (op.type === OP_UNPIN) this.delete(splitPin(op.pin).cid)
  }

  /** Puts an encoded Pin (replacing the one with the same CID; one without CID is ignored). True when it replaced one. */
  put (pin: Uint8Array): boolean {
    const { cid, rest } = splitPin(pin)
    if (cid.length === 0) return false
    const k = key(cid)
    const had = this.pins.has(k)
    this.pins.set(k, key(rest))
    return had
  }

  /** Removes the pin of a binary CID; false when absent. */
  delete (cid: Uint8Array): boolean {
    return this.pins.delete(key(cid))
  }

  /** The encoded Pin of a binary CID. */
  get (cid: Uint8Array): Buffer | undefined {
    const rest = this.pins.get(key(cid))
    return rest === undefined ? undefined : joinPin(cid, bytes(rest))
  }

  /**
   * Every encoded Pin in the order of `text(cid)` (the export sorts by CID
   * string). Holds one text per pin while it runs, never a copy of the pins.
   */
  * sortedBy (text: (cid: Buffer) => string): Generator<Buffer> {
    const keys = [...this.pins.keys()]
    const texts = keys.map(k => text(bytes(k)))
    const order = Array.from(keys.keys()).sort((a, b) => texts[a] < texts[b] ? -1 : texts[a] > texts[b] ? 1 : 0)
    for (const i of order) yield joinPin(bytes(keys[i]), bytes(this.pins.get(keys[i]) as string))
  }

  /**
   * Every encoded Pin in CID byte order (latin1 strings compare as their
   * bytes). A pin deleted while a consumer pauses between items is skipped;
   * one replaced meanwhile comes out as it is when reached.
   */
  * sorted (): Generator<Buffer> {
    const keys = [...this.pins.keys()].sort()
    for (const k of keys) {
      const rest = this.pins.get(k)
      if (rest !== undefined) yield joinPin(bytes(k), bytes(rest))
    }
  }

  clear (): void {
    this.pins.clear()
  }
}
