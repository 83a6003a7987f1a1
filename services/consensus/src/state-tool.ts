/**
 * The offline `state` tool of the consensus service, run by the supervisor's
 * `ipfs-cluster-service state …` as a child process (it never touches the
 * network): `state-tool.js <version|export|import|cleanup|upgrade> [options]`.
 * Reads the configuration from IPFS_CLUSTER_PATH; data on stdout (export),
 * progress and errors on stderr as `error <doing>: <reason>`; exit 0 or 1.
 */
import { createReadStream, createWriteStream } from 'node:fs'
import { parseArgs } from 'node:util'
import { DEFAULT_DATA_FOLDER, loadConfig, logger, resolvePath, type ClusterConfig } from '@ipfscluster/chassis'
import { cleanup, exportState, formatVersion, importState, NodeFileLayer, readFormat, STATE_FORMAT } from './storage/index.js'

const log = logger('consensus')

function dataFolder (folder: string, config: ClusterConfig): string {
  return resolvePath(folder, config.raft.dataFolder === '' ? DEFAULT_DATA_FOLDER : config.raft.dataFolder)
}

/** `cluster.peers` + self: the voters of an imported state with no persisted configuration. */
function voters (config: ClusterConfig): string[] {
  // The config library has checked that every peer address ends in /p2p/<id>.
  const ids = config.cluster.peers.map(a => a.slice(a.lastIndexOf('/p2p/') + 5))
  return [...new Set([config.cluster.id, ...ids])].sort()
}

const progress = (what: string) => (n: number): void => { process.stderr.write(`${what} ${n} pins\n`) }

async function run (command: string, argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { file: { type: 'string' }, rmin: { type: 'string' }, rmax: { type: 'string' }, allocs: { type: 'string' } } })
  if (command === 'version') {
    process.stdout.write(`${formatVersion()}\n`)
    return
  }
  const folder = process.env.IPFS_CLUSTER_PATH ?? process.cwd()
  const { config } = await loadConfig(folder)
  const data = dataFolder(folder, config)
  if (command === 'export') {
    const out = values.file === undefined ? process.stdout : createWriteStream(values.file)
    await exportState(data, out, progress('exported'))
    if (out !== process.stdout) await new Promise<void>(resolve => out.end(() => { resolve() }))
    log.info('state successfully exported')
  } else if (command === 'import') {
    if (positionals.length === 0) process.stdout.write('reading from stdin, Ctrl-D to finish\n')
    const input = positionals.length === 0 ? process.stdin : createReadStream(positionals[0])
    await importState(data, input, {
      peers: voters(config),
      backupsRotate: config.raft.backupsRotate,
      defaultReplicationMin: config.cluster.replicationFactorMin,
      defaultReplicationMax: config.cluster.replicationFactorMax,
      replicationMin: values.rmin === undefined ? undefined : Number(values.rmin),
      replicationMax: values.rmax === undefined ? undefined : Number(values.rmax),
      allocations: values.allocs?.split(',').map(s => s.trim()).filter(s => s !== '')
    }, progress('imported'))
    log.info('state successfully imported.  Make sure all peers have consistent states')
  } else if (command === 'cleanup') {
    cleanup(data, config.raft.backupsRotate)
    log.info('data correctly cleaned up')
  } else if (command === 'upgrade') {
    const format = readFormat(new NodeFileLayer(), data)
    if (format === undefined) throw new Error('no snapshot could be found')
    if (format > STATE_FORMAT) throw new Error(`state format ${format} is newer than this binary supports (${STATE_FORMAT})`)
    log.info('Skipping migration of up-to-date state')
  } else {
    throw new Error(`unknown state command ${command}`)
  }
}

const DOING: Record<string, string> = { export: 'exporting state', import: 'importing state', cleanup: 'cleaning up state', upgrade: 'upgrading state' }
const [command = '', ...rest] = process.argv.slice(2)
try {
  await run(command, rest)
  process.exit(0)
} catch (err) {
  process.stderr.write(`error ${DOING[command] ?? ''}: ${(err as Error).message}\n`)
  process.exit(1)
}
