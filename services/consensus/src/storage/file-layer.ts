/**
 * The file operations the storage layer needs, synchronous so the Raft core's
 * {@link Storage} reads can reach the disk without awaiting. Two
 * implementations: {@link NodeFileLayer} on `node:fs` and the FaultyFS test
 * hook ({@link FaultyFileLayer}), which only makes data durable at `datasync`.
 */
import * as fs from 'node:fs'
import { dirname } from 'node:path'

export interface FileLayer {
  /** Whole content, or undefined when the file does not exist. */
  read: (path: string) => Buffer | undefined
  /** `length` bytes at `offset` (fewer at the end of the file). */
  readRange: (path: string, offset: number, length: number) => Buffer
  /** Size in bytes (0 when missing). */
  size: (path: string) => number
  exists: (path: string) => boolean
  /** Names in a folder, sorted; [] when it does not exist. */
  list: (dir: string) => string[]
  /** Creates the folder and its parents (mode 0700). */
  mkdir: (dir: string) => void
  /** Appends to a file, creating it. Not durable until {@link FileLayer.datasync}. */
  append: (path: string, data: Uint8Array) => void
  /** Cuts a file to `length` bytes. Not durable until {@link FileLayer.datasync}. */
  truncate: (path: string, length: number) => void
  /** fdatasync: the file's data and size are durable when this returns. */
  datasync: (path: string) => void
  /** Atomic rename (files or folders); durable after {@link FileLayer.syncDir} of the parent. */
  rename: (from: string, to: string) => void
  /** Deletes a file or a folder tree; missing is fine. */
  remove: (path: string) => void
  /** fsync of a folder, making creations, renames and deletions in it durable. */
  syncDir: (dir: string) => void
  /** Releases open descriptors (nothing pending is lost: data is durable only through datasync anyway). */
  close: () => void
}

/** Writes a whole new file durably: data, fdatasync, then the folder entry. */
export function writeFileDurably (files: FileLayer, path: string, data: Uint8Array): void {
  files.remove(path)
  files.append(path, data)
  files.datasync(path)
  files.syncDir(dirname(path))
}

/**
 * {@link FileLayer} on `node:fs`. Keeps one descriptor per written file and
 * one per file read by range (WAL entries older than the cache), so neither
 * reopens it; they are closed on rename and remove.
 */
export class NodeFileLayer implements FileLayer {
  private readonly fds = new Map<string, number>()
  private readonly readFds = new Map<string, number>()

  read (path: string): Buffer | undefined {
    try {
      return fs.readFileSync(path)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw err
    }
  }

  readRange (path: string, offset: number, length: number): Buffer {
    let fd = this.readFds.get(path)
    if (fd === undefined) {
      fd = fs.openSync(path, 'r')
      this.readFds.set(path, fd)
    }
    const buf = Buffer.allocUnsafe(length)
    return buf.subarray(0, fs.readSync(fd, buf, 0, length, offset))
  }

  size (path: string): number {
    return fs.statSync(path, { throwIfNoEntry: false })?.size ?? 0
  }

  exists (path: string): boolean {
    return fs.existsSync(path)
  }

  list (dir: string): string[] {
    return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []
  }

  mkdir (dir: string): void {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  }

  append (path: string, data: Uint8Array): void {
    fs.writeSync(this.fd(path), data)
  }

  truncate (path: string, length: number): void {
    fs.ftruncateSync(this.fd(path), length)
  }

  datasync (path: string): void {
    fs.fdatasyncSync(this.fd(path))
  }

  rename (from: string, to: string): void {
    this.closeUnder(from)
    this.closeUnder(to)
    fs.renameSync(from, to)
  }

  remove (path: string): void {
    this.closeUnder(path)
    fs.rmSync(path, { recursive: true, force: true })
  }

  syncDir (dir: string): void {
    const fd = fs.openSync(dir, 'r')
    try {
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
  }

  /** Closes every descriptor this layer holds. */
  close (): void {
    for (const fds of [this.fds, this.readFds]) {
      for (const fd of fds.values()) fs.closeSync(fd)
      fds.clear()
    }
  }

  private fd (path: string): number {
    let fd = this.fds.get(path)
    if (fd === undefined) {
      fd = fs.openSync(path, fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT, 0o600)
      this.fds.set(path, fd)
    }
    return fd
  }

  private closeUnder (path: string): void {
    for (const fds of [this.fds, this.readFds]) {
      for (const [p, fd] of fds) {
        if (p === path || p.startsWith(path + '/')) {
          fs.closeSync(fd)
          fds.delete(p)
        }
      }
    }
  }
}
