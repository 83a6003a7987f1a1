import { implement, InvalidParametersError, type CallContext, type HostedService } from '@ipfscluster/chassis'
import { loadProtos, REMOTE_PEER_METADATA_KEY, type ConsensusHandlers, type MessageInput, type RaftHandlers } from '@ipfscluster/proto'
import type { Consensus } from './consensus.js'
import type { RaftDriver } from './node/raft-driver.js'
import { Role, type Status } from './raft/index.js'
import { watchApplied } from './watch.js'

const { Consensus: ConsensusService, Raft: RaftService } = loadProtos().ipfscluster.consensus.v1

type RoleName = NonNullable<MessageInput<'ipfscluster.consensus.v1.StatusResponse'>['role']>

const ROLES: Record<Role, RoleName> = {
  [Role.FOLLOWER]: 'RAFT_ROLE_FOLLOWER',
  [Role.PRE_CANDIDATE]: 'RAFT_ROLE_PRE_CANDIDATE',
  [Role.CANDIDATE]: 'RAFT_ROLE_CANDIDATE',
  [Role.LEADER]: 'RAFT_ROLE_LEADER',
  [Role.LEARNER]: 'RAFT_ROLE_LEARNER'
}

function statusResponse (s: Status): MessageInput<'ipfscluster.consensus.v1.StatusResponse'> {
  const joining = s.configuration.voters.length === 0 && s.configuration.learners.length === 0
  return {
    id: s.id,
    role: joining ? 'RAFT_ROLE_JOINING' : ROLES[s.role],
    term: s.term,
    leader: s.leader ?? '',
    commit_index: s.commit,
    applied_index: s.applied,
    last_index: s.lastIndex,
    snapshot_index: s.snapshotIndex,
    configuration: { voters: [...s.configuration.voters], learners: [...s.configuration.learners] },
    configuration_index: s.configurationIndex
  }
}

/** The peer a Raft message came from: only the relay may deliver them, and it says who called. */
function caller (ctx: CallContext): string {
  const v = ctx.metadata.get(REMOTE_PEER_METADATA_KEY)[0]
  if (v === undefined) throw new InvalidParametersError('Raft messages are delivered by the peer-management relay')
  return String(v)
}

/** The gRPC services of this process: Consensus and Raft, adapters only. */
export function services (c: Consensus, d: RaftDriver): HostedService[] {
  const consensus = implement<ConsensusHandlers>(ConsensusService.service, {
    LogPin: async (req, { signal }) => ({ index: await c.logPin(req.pin, signal) }),
    LogUnpin: async (req, { signal }) => ({ index: await c.logUnpin(req.pin, signal) }),
    PinGet: async (req, { signal }) => ({ pin: await c.pinGet(req.cid, req.linearizable, signal) }),
    List: async function * (req, { signal }) {
      for await (const pins of c.list(req.linearizable, req.types, signal)) yield { pins }
    },
    WatchApplied: (req, { signal }) => watchApplied(d, Number(req.from_index), AbortSignal.any([signal, d.closing])),
    Leader: async () => ({ leader: c.leader() }),
    Peers: async () => ({ peers: c.peers() }),
    AddPeer: async (req, { signal }) => {
      await c.addPeer(req.peer_id, signal)
      return {}
    },
    RmPeer: async (req, { signal }) => {
      await c.rmPeer(req.peer_id, signal)
      return {}
    },
    WaitForSync: async (_req, { signal }) => ({ applied_index: await c.waitForSync(signal) }),
    Snapshot: async () => {
      const meta = d.takeSnapshot()
      return { snapshot_index: meta.index, snapshot_term: meta.term }
    },
    Status: async () => statusResponse(c.status())
  })
  const raft = implement<RaftHandlers>(RaftService.service, {
    Message: async (req, ctx) => {
      if (req.message != null) d.receive(caller(ctx), req.message)
      return {}
    },
    Messages: async (reqs, ctx) => {
      const from = caller(ctx)
      let received = 0
      // The stream lives as long as the sender; a stopping node ends it rather than wait.
      const items = reqs[Symbol.asyncIterator]()
      const closed = new Promise<{ done: true, value: undefined }>(resolve => {
        if (d.closing.aborted) resolve({ done: true, value: undefined })
        else d.closing.addEventListener('abort', () => { resolve({ done: true, value: undefined }) }, { once: true })
      })
      for (let next = await Promise.race([items.next(), closed]); next.done !== true; next = await Promise.race([items.next(), closed])) {
        for (const m of next.value.messages) d.receive(from, m)
        received += next.value.messages.length
      }
      return { received }
    }
  })
  return [
    { name: 'ipfscluster.consensus.v1.Consensus', definition: ConsensusService.service, implementation: consensus },
    { name: 'ipfscluster.consensus.v1.Raft', definition: RaftService.service, implementation: raft }
  ]
}
