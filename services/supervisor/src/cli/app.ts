import { homedir } from 'node:os'
import { join } from 'node:path'
import type { CommandSpec, FlagSpec } from './spec.js'

const force: FlagSpec = { name: 'force', aliases: ['f'], usage: 'forcefully proceed with some actions. i.e. overwriting configuration' }
const bootstrap: FlagSpec = { name: 'bootstrap', aliases: ['j'], value: true, usage: 'join a cluster through an existing peer\'s multiaddress (overrides cluster.bootstrap)' }
const leave: FlagSpec = { name: 'leave', aliases: ['x'], hidden: true, usage: 'remove peer from cluster on exit. Overrides "leave_on_shutdown"' }
const alloc: FlagSpec = { name: 'alloc', aliases: ['a'], value: true, default: 'disk-freespace', usage: 'allocation strategy: disk-freespace, disk-reposize or numpin' }

const DESCRIPTION = `ipfs-cluster-service runs an IPFS Cluster peer. A peer is a member of a
cluster that keeps one shared pinset, agreed by Raft consensus, and makes its
IPFS daemon pin what the cluster allocated to it.

Before running it for the first time, initialize a configuration with
"ipfs-cluster-service init". The configuration is placed in
<folder>/service.json (folder: --config, default ~/.ipfs-cluster).

A peer is four processes: this supervisor (CLI, cluster core, REST API on
9094) and its children consensus (Raft), peer-management (libp2p on 9096,
cluster secret, peers, monitor) and ipfs-connector (IPFS daemon on 5001,
proxy on 9095). A crashed child is restarted alone.

EXAMPLES

Initial configuration:

$ ipfs-cluster-service init

Launch a cluster:

$ ipfs-cluster-service

Launch a peer and join an existing cluster:

$ ipfs-cluster-service --bootstrap /ip4/192.168.1.2/tcp/9096/p2p/QmPSoSaPXpyunaBwHs1rZBKYSqRV4bLRk32VGYLuvdrypL

Debug one component:

$ ipfs-cluster-service --loglevel info,cluster:debug daemon`

/** Every command and flag of cli.md. */
export function appSpec (env: NodeJS.ProcessEnv): CommandSpec {
  return {
    name: 'ipfs-cluster-service',
    usage: 'IPFS Cluster node',
    description: DESCRIPTION,
    flags: [
      { name: 'config', aliases: ['c'], value: true, env: 'IPFS_CLUSTER_PATH', default: join(env.HOME ?? homedir(), '.ipfs-cluster'), defaultText: '~/.ipfs-cluster', usage: 'path to the config and data FOLDER' },
      force,
      bootstrap,
      leave,
      { name: 'debug', aliases: ['d'], usage: 'enable full debug logging (very verbose)' },
      { name: 'loglevel', aliases: ['l'], value: true, env: 'IPFS_CLUSTER_LOG_LEVEL', default: 'info', usage: 'log level, or level,facility:level,…' },
      { name: 'log-format', value: true, env: 'IPFS_CLUSTER_LOG_FORMAT', default: 'text', usage: 'log output format: text or json' },
      alloc,
      { name: 'version', aliases: ['v'], usage: 'print the version' }
    ],
    subcommands: [
      { name: 'init', usage: 'create a default configuration and exit', argsUsage: ' ', flags: [{ name: 'custom-secret', aliases: ['s'], usage: 'prompt for the cluster secret' }, force] },
      {
        name: 'daemon',
        usage: 'run the IPFS Cluster peer (default)',
        argsUsage: ' ',
        flags: [
          bootstrap, leave, { ...alloc, default: undefined }, force,
          { name: 'tracing', usage: 'enable OpenTelemetry tracing in every process of the peer' },
          { name: 'stats', usage: 'enable stats collection' },
          { name: 'upgrade', aliases: ['u'], hidden: true, usage: 'no effect (deprecated)' },
          { name: 'no-trust', hidden: true, usage: 'no effect with raft consensus' }
        ]
      },
      {
        name: 'state',
        usage: 'Manage ipfs-cluster-state',
        flags: [],
        subcommands: [
          { name: 'version', usage: 'display the shared state format version', flags: [] },
          { name: 'upgrade', usage: 'upgrade the IPFS Cluster state to the current version', flags: [] },
          { name: 'export', usage: 'save the IPFS Cluster state to a json file', flags: [{ name: 'file', aliases: ['f'], value: true, usage: 'writes to an output file' }] },
          {
            name: 'import',
            usage: 'load an IPFS Cluster state from an exported state file',
            argsUsage: '[FILE]',
            flags: [
              force,
              { name: 'replication-min', aliases: ['rmin'], value: true, usage: 'overwrite replication-factor-min for all pins' },
              { name: 'replication-max', aliases: ['rmax'], value: true, usage: 'overwrite replication-factor-max for all pins' },
              { name: 'allocations', aliases: ['allocs'], value: true, usage: 'overwrite allocations for all pins (comma-separated peer IDs)' }
            ]
          },
          { name: 'cleanup', usage: 'remove persistent data', flags: [force] }
        ]
      },
      { name: 'version', usage: 'Print the ipfs-cluster version', flags: [] }
    ]
  }
}
