import { connect, socketPath, type LoadedConfig } from '@ipfscluster/chassis'
import { loadProtos } from '@ipfscluster/proto'
import { leaveCluster, type LeaveDeps } from './leave.js'
import { MembershipFile } from './membership-file.js'
import { PeersetWatch, type PeersetSource } from './peerset-watch.js'

const IDEMPOTENT = { idempotent: true } as const

/**
 * A running peer's membership duties (cluster-behaviour.md §9.4–§9.5): the
 * peerset watch while it runs and the leave at shutdown when asked.
 */
export class PeerMembership {
  private readonly watch: PeersetWatch
  private readonly source: PeersetSource & Pick<LeaveDeps, 'rmPeer'>
  private readonly file: MembershipFile
  private readonly close: () => void
  private left = false

  constructor (private readonly loaded: LoadedConfig, socketsDir: string, onRemoved: () => void) {
    const { consensus, peermanagement } = loadProtos().ipfscluster
    const cons = connect(consensus.v1.Consensus, socketPath(socketsDir, 'consensus'), 'consensus')
    const pm = connect(peermanagement.v1.PeerManager, socketPath(socketsDir, 'peer-management'), 'peer-management')
    this.close = () => { cons.close(); pm.close() }
    this.source = {
      consensusPeers: async () => (await cons.Peers({}, { ...IDEMPOTENT, timeout: 10_000 })).peers,
      addressesOf: async ids => {
        const known = new Map((await pm.Peers({}, IDEMPOTENT)).peers.map(p => [p.peer_id, p.addresses[0]]))
        return ids.flatMap(id => known.get(id) ?? [])
      },
      rmPeer: async (id: string) => { await cons.RmPeer({ peer_id: id }, { timeout: loaded.config.raft.waitForLeaderTimeout * 2 }) }
    }
    const c = loaded.config.cluster
    this.file = new MembershipFile(loaded, { peers: c.peers, bootstrap: c.bootstrap, leaveOnShutdown: c.leaveOnShutdown })
    this.watch = new PeersetWatch(c.id, this.source, this.file, c.peerWatchInterval, onRemoved)
  }

  start (): void {
    this.watch.start()
  }

  /** At shutdown of a peer that became ready: leaves when `leave_on_shutdown` (or `--leave`) asks for it. */
  async beforeStop (): Promise<void> {
    await this.watch.stop()
    if (!this.loaded.config.cluster.leaveOnShutdown || this.watch.removed) return
    this.left = await leaveCluster({ ...this.source, self: this.loaded.config.cluster.id, file: this.file })
  }

  /** True once this peer left, or was removed: its consensus process rotates the state as it stops. */
  get noLongerMember (): boolean {
    return this.left || this.watch.removed
  }

  stop (): void {
    this.close()
  }
}
