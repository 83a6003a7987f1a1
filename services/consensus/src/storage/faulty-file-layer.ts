/**
 * FaultyFS (consensus.md §8.1 test hook): a {@link FileLayer} whose writes
 * stay in an in-memory overlay until `datasync`, so a simulated crash loses
 * exactly what a power cut would. Folder operations (mkdir, rename, remove)
 * reach the disk at once: the storage layer always syncs a file before
 * renaming it, so their ordering is what matters, not their delay.
 */
import { randomBytes } from 'node:crypto'
import { dirname } from 'node:path'
import { NodeFileLayer, type FileLayer } from './file-layer.js'

/** Size of the sector a torn write garbles. */
const SECTOR = 512

/**
 * A file with unsynced changes: its first `synced` bytes are the disk's, then
 * `tail` (`length` bytes used) holds what was appended since.
 */
interface Overlay {
  synced: number
  tail: Buffer
  length: number
}

export interface CrashOptions {
  /** Leave random bytes in the sector after each file's durable end, like a torn write. */
  garble?: boolean
}

export class FaultyFileLayer implements FileLayer {
  private disk = new NodeFileLayer()
  private readonly overlays = new Map<string, Overlay>()
  private failSync: Error | undefined

  read (path: string): Buffer | undefined {
    const o = this.overlays.get(path)
    return o === undefined ? this.disk.read(path) : this.readRange(path, 0, o.synced + o.length)
  }

  readRange (path: string, offset: number, length: number): Buffer {
    const o = this.overlays.get(path)
    if (o === undefined) return this.disk.readRange(path, offset, length)
    const end = Math.min(offset + length, o.synced + o.length)
    const head = offset < o.synced && this.disk.exists(path) ? this.disk.readRange(path, offset, Math.min(end, o.synced) - offset) : Buffer.alloc(0)
    const tail = o.tail.subarray(Math.max(0, offset - o.synced), Math.max(0, end - o.synced))
    return Buffer.concat([head, tail])
  }

  size (path: string): number {
    const o = this.overlays.get(path)
    return o === undefined ? this.disk.size(path) : o.synced + o.length
  }

  exists (path: string): boolean {
    return this.overlays.has(path) || this.disk.exists(path)
  }

  list (dir: string): string[] {
    const names = new Set(this.disk.list(dir))
    for (const p of this.overlays.keys()) if (dirname(p) === dir) names.add(p.slice(dir.length + 1))
    return [...names].sort()
  }

  mkdir (dir: string): void {
    this.disk.mkdir(dir)
  }

  append (path: string, data: Uint8Array): void {
    const o = this.overlay(path)
    if (o.length + data.length > o.tail.length) {
      const grown = Buffer.alloc(Math.max(o.tail.length * 2, o.length + data.length, 4096))
      o.tail.copy(grown, 0, 0, o.length)
      o.tail = grown
    }
    o.tail.set(data, o.length)
    o.length += data.length
  }

  truncate (path: string, length: number): void {
    const o = this.overlay(path)
    if (length <= o.synced) {
      o.synced = length
      o.length = 0
    } else {
      o.length = Math.min(o.length, length - o.synced)
    }
  }

  datasync (path: string): void {
    if (this.failSync !== undefined) {
      const err = this.failSync
      this.failSync = undefined
      throw err
    }
    const o = this.overlays.get(path)
    if (o === undefined) return
    this.writeTail(path, o, o.tail.subarray(0, o.length))
    this.disk.datasync(path)
    this.overlays.delete(path)
  }

  rename (from: string, to: string): void {
    if (this.disk.exists(from)) this.disk.rename(from, to)
    for (const [p, o] of [...this.overlays]) {
      if (p === from || p.startsWith(from + '/')) {
        this.overlays.delete(p)
        this.overlays.set(to + p.slice(from.length), o)
      }
    }
  }

  remove (path: string): void {
    this.disk.remove(path)
    for (const p of [...this.overlays.keys()]) if (p === path || p.startsWith(path + '/')) this.overlays.delete(p)
  }

  syncDir (dir: string): void {
    this.disk.syncDir(dir)
  }

  /**
   * Makes the next `datasync` throw `err` with the data still unsynced, as
   * when power fails (or the disk errs) during the fdatasync of a batch.
   */
  failNextDatasync (err: Error = new Error('simulated crash during fdatasync')): void {
    this.failSync = err
  }

  close (): void {
    this.disk.close()
  }

  /** Bytes written but not yet made durable, over all files. */
  unsyncedBytes (): number {
    let n = 0
    for (const o of this.overlays.values()) n += o.length
    return n
  }

  /**
   * Simulated power cut: every unsynced byte is lost; with `garble`, each file
   * that lost bytes gets random bytes up to the end of its last sector. The
   * layer stays usable, as after a restart.
   */
  crash (options: CrashOptions = {}): void {
    for (const [path, o] of this.overlays) {
      if (options.garble === true && o.length > 0) {
        this.writeTail(path, o, randomBytes(Math.min(o.length, SECTOR - (o.synced % SECTOR))))
      }
    }
    this.overlays.clear()
    this.disk.close()
    this.disk = new NodeFileLayer()
  }

  /** Puts `bytes` on the disk right after the file's synced prefix (not synced). */
  private writeTail (path: string, o: Overlay, bytes: Uint8Array): void {
    if (this.disk.exists(path)) this.disk.truncate(path, o.synced)
    this.disk.append(path, bytes)
  }

  private overlay (path: string): Overlay {
    let o = this.overlays.get(path)
    if (o === undefined) {
      o = { synced: this.disk.size(path), tail: Buffer.alloc(0), length: 0 }
      this.overlays.set(path, o)
    }
    return o
  }
}
