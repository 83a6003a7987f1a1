import assert from 'node:assert/strict'
import { methods, packageDefinition, policies, policyOf } from '../src/index.js'

/** Every RPC of the loaded protos as "<full service>/<method>". */
function rpcsInProtos (): string[] {
  const out: string[] = []
  for (const [name, def] of Object.entries(packageDefinition())) {
    if ('format' in def) continue
    for (const method of Object.keys(def)) out.push(`${name}/${method}`)
  }
  return out.sort()
}

function rpcsInTable (): string[] {
  const out: string[] = []
  for (const [service, table] of Object.entries(policies)) {
    for (const method of Object.keys(table)) out.push(`${service}/${method}`)
  }
  return out.sort()
}

describe('policy table', () => {
  it('has an entry for every RPC of every service in the protos', () => {
    const table = new Set(rpcsInTable())
    const missing = rpcsInProtos().filter(r => !table.has(r))
    assert.deepEqual(missing, [], `RPCs without a policy entry:\n  ${missing.join('\n  ')}`)
  })

  it('names no RPC or service that the protos lack', () => {
    const protos = new Set(rpcsInProtos())
    const extra = rpcsInTable().filter(r => !protos.has(r))
    assert.deepEqual(extra, [], `policy entries for missing RPCs:\n  ${extra.join('\n  ')}`)
  })

  it('uses only open, trusted and closed', () => {
    for (const table of Object.values(policies)) {
      for (const p of Object.values(table)) assert.ok(['open', 'trusted', 'closed'].includes(p as string), String(p))
    }
  })

  it('follows cluster-behaviour.md §11', () => {
    assert.equal(policyOf('/ipfscluster.cluster.v1.Cluster/ID'), 'open')
    assert.equal(policyOf('/ipfscluster.cluster.v1.Cluster/PeerAdd'), 'open')
    assert.equal(policyOf('/ipfscluster.cluster.v1.Cluster/Peers'), 'trusted')
    assert.equal(policyOf('/ipfscluster.cluster.v1.Cluster/Pin'), 'closed')
    assert.equal(policyOf('/ipfscluster.cluster.v1.Cluster/RecoverAllLocal'), 'trusted')
    assert.equal(policyOf('/ipfscluster.cluster.v1.PinTracker/Status'), 'trusted')
    assert.equal(policyOf('/ipfscluster.cluster.v1.PinTracker/RecoverAll'), 'closed')
    assert.equal(policyOf('/ipfscluster.consensus.v1.Consensus/LogPin'), 'trusted')
    assert.equal(policyOf('/ipfscluster.consensus.v1.Consensus/Peers'), 'closed')
    assert.equal(policyOf('/ipfscluster.consensus.v1.Raft/Messages'), 'trusted')
    assert.equal(policyOf('/ipfscluster.peermanagement.v1.PeerManager/RemoteMultiaddrForPeer'), 'open')
    assert.equal(policyOf('/ipfscluster.peermanagement.v1.PeerManager/Call'), 'closed')
    assert.equal(policyOf('/ipfscluster.peermanagement.v1.PeerMonitor/LogMetric'), 'trusted')
    assert.equal(policyOf('/ipfscluster.ipfsconnector.v1.IPFSConnector/BlockStream'), 'trusted')
    assert.equal(policyOf('/ipfscluster.ipfsconnector.v1.IPFSConnector/Pin'), 'closed')
  })

  it('treats unknown and malformed methods as closed', () => {
    for (const path of [
      '/ipfscluster.cluster.v1.Cluster/Nope',
      '/ipfscluster.cluster.v1.Nope/ID',
      '/ipfscluster.cluster.v1.Cluster/constructor',
      '/ipfscluster.cluster.v1.Cluster/toString',
      '/ipfscluster.cluster.v1.Cluster/__proto__',
      'ipfscluster.cluster.v1.Cluster/ID',
      '/ipfscluster.cluster.v1.Cluster/ID/',
      '/grpc.health.v1.Health/Check',
      ''
    ]) assert.equal(policyOf(path), 'closed', path)
  })

  it('is what the method table reports', () => {
    const all = methods()
    assert.equal(all.size, rpcsInProtos().length)
    for (const m of all.values()) assert.equal(m.policy, policyOf(m.path))
  })
})
