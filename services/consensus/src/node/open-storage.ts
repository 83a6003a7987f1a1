/**
 * Opens the data folder and, when it holds no state, writes the first
 * configuration of consensus.md §4: the same CONFIGURATION entry at index 1
 * term 1 on every static peer (self alone when `cluster.peers` is empty);
 * nothing in join mode, where the node waits for a leader to add it.
 */
import { logger } from '@ipfscluster/chassis'
import { bootstrapState } from '../raft/index.js'
import type { ConsensusSettings } from '../settings.js'
import { DurableStorage } from '../storage/index.js'

const log = logger('raft')

export function openStorage (s: ConsensusSettings): DurableStorage {
  const storage = DurableStorage.open(s.dataFolder, { trailingLogs: s.raft.trailingLogs })
  const fresh = storage.lastIndex() === 0 && storage.initialState().term === 0
  if (!fresh) {
    log.info('consensus state loaded', { last_index: storage.lastIndex(), snapshot_index: storage.snapshot().index, pins: storage.state.size })
  } else if (s.start.mode === 'static') {
    const b = bootstrapState(s.start.voters)
    storage.setHardState(b.hardState)
    storage.append([b.entry])
    storage.sync()
    log.info('new cluster configuration', { voters: s.start.voters.join(',') })
  } else {
    log.info('no consensus state: waiting to be added to the cluster (join mode)')
  }
  return storage
}
