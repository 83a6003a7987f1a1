/**
 * Layout of `ipfs-cluster-data/` (consensus.md §8) and its `FORMAT` file.
 */
import { join } from 'node:path'
import { StateFormatError } from './errors.js'
import { writeFileDurably, type FileLayer } from './file-layer.js'
import { STATE_FORMAT } from './state-file.js'

export interface DataPaths {
  root: string
  format: string
  stable: string
  wal: string
  snapshots: string
}

export function dataPaths (root: string): DataPaths {
  return { root, format: join(root, 'FORMAT'), stable: join(root, 'stable'), wal: join(root, 'wal'), snapshots: join(root, 'snapshots') }
}

const FORMAT_LINE = /^ipfs-cluster-ts consensus (\d+)\n?$/

/** The state format recorded in the folder, or undefined when it has no FORMAT file. */
export function readFormat (files: FileLayer, root: string): number | undefined {
  const text = files.read(dataPaths(root).format)?.toString('utf8')
  if (text === undefined) return undefined
  const m = FORMAT_LINE.exec(text)
  if (m === null) throw new StateFormatError(`${dataPaths(root).format}: unrecognised content`)
  return Number(m[1])
}

/**
 * Creates the folder (0700) with a FORMAT file when new.
 * @throws StateFormatError when the folder holds another state format.
 */
export function prepareDataFolder (files: FileLayer, root: string): DataPaths {
  const paths = dataPaths(root)
  files.mkdir(root)
  const format = readFormat(files, root)
  if (format === undefined) {
    writeFileDurably(files, paths.format, Buffer.from(`ipfs-cluster-ts consensus ${STATE_FORMAT}\n`))
  } else if (format > STATE_FORMAT) {
    throw new StateFormatError(`state format ${format} is newer than this binary supports (${STATE_FORMAT})`)
  } else if (format < STATE_FORMAT) {
    throw new StateFormatError(`state format ${format} needs "ipfs-cluster-service state upgrade"`)
  }
  return paths
}

/** True when the folder holds any Raft state: a term, a log segment or a snapshot. */
export function hasState (files: FileLayer, root: string): boolean {
  const p = dataPaths(root)
  return files.exists(p.stable) || files.list(p.wal).some(n => n.endsWith('.seg')) ||
    files.list(p.snapshots).some(n => !n.endsWith('.tmp'))
}
