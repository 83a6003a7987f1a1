import { strict as assert } from 'node:assert'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { loadConfig } from '@ipfscluster/chassis'
import { shortTmpDir } from '@ipfscluster/testing'
import { leaveCluster } from '../../src/membership/leave.js'
import { MembershipFile } from '../../src/membership/membership-file.js'
import { PeersetWatch, type PeersetSource } from '../../src/membership/peerset-watch.js'
import { initTestPeer } from '../cli-helpers.js'

const A = '12D3KooWGRUVh7VZg3C4jVP9ut8U7ZYaJg2PaVdtPSSm9JYdVWXS'
const B = '12D3KooWJjKvJPWtq3JXmjtqq4yQx6N1KQ4ETgNgxoNxx4Ly1F2w'
const addr = (id: string): string => `/ip4/127.0.0.1/tcp/9096/p2p/${id}`

/** A peer folder made by the real `init`, with its membership file. */
async function peerFolder (): Promise<{ dir: string, self: string, file: MembershipFile }> {
  const dir = await shortTmpDir()
  await initTestPeer(dir)
  const loaded = await loadConfig(dir, { env: {} })
  const c = loaded.config.cluster
  return { dir, self: c.id, file: new MembershipFile(loaded, { peers: c.peers, bootstrap: c.bootstrap, leaveOnShutdown: c.leaveOnShutdown }) }
}

const saved = async (dir: string): Promise<any> => JSON.parse(await readFile(join(dir, 'service.json'), 'utf8')).cluster

/** A consensus peerset the test changes at will. */
function source (peers: string[]): PeersetSource & { peers: string[] } {
  const s = {
    peers,
    consensusPeers: async () => s.peers,
    addressesOf: async (ids: readonly string[]) => ids.map(addr)
  }
  return s
}

describe('membership persistence', () => {
  it('saves cluster.peers when the peerset changes, and only the membership keys', async () => {
    const { dir, self, file } = await peerFolder()
    const before = JSON.parse(await readFile(join(dir, 'service.json'), 'utf8'))
    const src = source([self])
    const watch = new PeersetWatch(self, src, file, 60_000, () => assert.fail('not removed'))
    await watch.check()
    assert.deepEqual((await saved(dir)).peers, [])
    src.peers = [self, A, B]
    await watch.check()
    const after = JSON.parse(await readFile(join(dir, 'service.json'), 'utf8'))
    assert.deepEqual(after.cluster.peers, [addr(A), addr(B)])
    assert.deepEqual({ ...after, cluster: { ...after.cluster, peers: before.cluster.peers } }, before)
  })

  it('a removed peer saves the others as bootstrap, empties peers and asks to stop', async () => {
    const { dir, self, file } = await peerFolder()
    const src = source([self, A, B])
    let removed = 0
    const watch = new PeersetWatch(self, src, file, 60_000, () => { removed++ })
    await watch.check()
    src.peers = [A, B]
    await watch.check()
    await watch.check()
    assert.equal(removed, 1)
    assert.equal(watch.removed, true)
    const c = await saved(dir)
    assert.deepEqual(c.peers, [])
    assert.deepEqual(c.bootstrap, [addr(A), addr(B)])
  })

  it('an empty peerset (join mode) or one without self from the start is not a removal', async () => {
    const { dir, self, file } = await peerFolder()
    const src = source([])
    const watch = new PeersetWatch(self, src, file, 60_000, () => assert.fail('not removed'))
    await watch.check()
    src.peers = [A, B]
    await watch.check()
    assert.equal(watch.removed, false)
    assert.deepEqual((await saved(dir)).bootstrap, [])
  })

  it('an unreachable consensus changes nothing', async () => {
    const { dir, self, file } = await peerFolder()
    const before = await readFile(join(dir, 'service.json'), 'utf8')
    const watch = new PeersetWatch(self, { consensusPeers: async () => { throw new Error('consensus unavailable') }, addressesOf: async () => [] }, file, 60_000, () => {})
    await watch.check()
    assert.equal(await readFile(join(dir, 'service.json'), 'utf8'), before)
  })

  it('leaving saves the other peers as bootstrap; a refused removal changes nothing', async () => {
    const { dir, self, file } = await peerFolder()
    const src = source([self, A])
    const removedIds: string[] = []
    assert.equal(await leaveCluster({ ...src, self, file, rmPeer: async id => { removedIds.push(id) } }), true)
    assert.deepEqual(removedIds, [self])
    assert.deepEqual((await saved(dir)).bootstrap, [addr(A)])

    const other = await peerFolder()
    const before = await readFile(join(other.dir, 'service.json'), 'utf8')
    const refused = await leaveCluster({
      ...source([other.self]),
      self: other.self,
      file: other.file,
      rmPeer: async () => { throw new Error('cannot remove ourselves from a 1-peer cluster') }
    })
    assert.equal(refused, false)
    assert.equal(await readFile(join(other.dir, 'service.json'), 'utf8'), before)
  })
})
