/**
 * The IPFS proxy of a real connector process in front of a real js-ipfs
 * daemon, with a test gRPC server standing in for the supervisor's Cluster
 * service: ordinary Kubo RPC calls get the daemon's answers, intercepted
 * endpoints reach the cluster, large bodies stream through.
 */
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { removeDir, shortTmpDir, startIpfsDaemon, type IpfsDaemon } from '@ipfscluster/testing'
import { CID } from 'multiformats/cid'
import { startConnectorProcess, waitServing, type ConnectorProcess } from './fixtures/connector-process.js'
import { startFakeCluster, type FakeCluster } from './fixtures/fake-cluster.js'

const MiB = 1024 * 1024

describe('IPFS proxy (real js-ipfs behind a real connector process)', function () {
  this.timeout(120_000)
  let ipfs: IpfsDaemon
  let cluster: FakeCluster
  let proc: ConnectorProcess
  let dir: string
  let proxy: string

  before(async function () {
    this.timeout(180_000)
    dir = await shortTmpDir('ipfsproxy')
    ;[ipfs, cluster] = await Promise.all([startIpfsDaemon({ name: 'proxied' }), startFakeCluster(join(dir, 'sockets', 'supervisor.sock'))])
    proc = await startConnectorProcess({ ipfshttp: { node_multiaddress: ipfs.apiMultiaddr, proxy_listen_multiaddress: '/ip4/127.0.0.1/tcp/0' } }, { dir })
    await waitServing(proc)
    const port = /\/tcp\/(\d+)$/.exec(proc.proxy ?? '')?.[1]
    assert.ok(port !== undefined, `the proxy logged its address:\n${proc.child.output()}`)
    proxy = `http://127.0.0.1:${port}`
  })
  after(async () => {
    await proc?.stop()
    await Promise.all([ipfs?.stop(), cluster?.close()])
    await removeDir(dir)
  })
  beforeEach(() => { cluster.calls.length = 0 })

  const post = async (path: string, body?: FormData | Uint8Array, init: RequestInit = {}): Promise<Response> =>
    fetch(`${proxy}/api/v0/${path}`, { method: 'POST', body, ...init })

  function form (name: string, content: Uint8Array): FormData {
    const f = new FormData()
    f.append('file', new Blob([content]), name)
    return f
  }

  it('forwards ordinary Kubo RPC calls and answers as the daemon does', async () => {
    const [viaProxy, direct] = await Promise.all([post('id').then(async r => await r.json() as { ID: string, Addresses: string[] }), ipfs.rpc('id')])
    assert.equal(viaProxy.ID, ipfs.peerId)
    assert.deepEqual(viaProxy.Addresses, direct.Addresses)
    assert.deepEqual(await post('version').then(async r => r.json()), await ipfs.rpc('version'))
    const [getViaProxy, getDirect] = await Promise.all([fetch(`${proxy}/api/v0/version`), fetch(`${ipfs.apiUrl}/api/v0/version`)])
    assert.equal(getViaProxy.status, getDirect.status, 'a GET gets the daemon\'s own answer')
    assert.deepEqual(cluster.calls, [], 'nothing went to the cluster')
  })

  it('streams a 10 MiB cat through unchanged', async () => {
    const content = randomBytes(10 * MiB)
    const added = await ipfs.rpc<{ Hash: string }>('add', {}, { body: form('big.bin', content) })
    const res = await post(`cat?arg=${added.Hash}`)
    assert.equal(res.status, 200)
    const hash = createHash('sha256')
    let chunks = 0
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      hash.update(chunk)
      chunks++
    }
    assert.equal(hash.digest('hex'), createHash('sha256').update(content).digest('hex'))
    assert.ok(chunks > 1, 'the body arrives in pieces, not as one buffer')
  })

  it('adds 10 MiB through the cluster adder: the daemon\'s CID, blocks in the daemon, pinned in the cluster', async () => {
    const content = randomBytes(10 * MiB)
    const expected = await ipfs.rpc<{ Hash: string }>('add', { 'only-hash': true }, { body: form('big.bin', content) })
    const res = await post('add?progress=true', form('big.bin', content))
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('x-chunked-output'), '1')
    const lines = (await res.text()).trim().split('\n').map(l => JSON.parse(l))
    const last = lines.at(-1)
    assert.deepEqual(Object.keys(last).sort(), ['Hash', 'Name', 'Size'])
    assert.equal(last.Name, 'big.bin')
    assert.equal(last.Hash, expected.Hash)
    assert.ok(lines.some(l => l.Bytes === content.byteLength), 'progress lines count the bytes read')
    assert.deepEqual(cluster.calls.map(c => [c.method, CID.decode(c.request.cid).toString()]), [['Pin', expected.Hash]])
    const stat = await ipfs.rpc<{ CumulativeSize: number }>('files/stat', { arg: `/ipfs/${expected.Hash}` })
    assert.equal(String(stat.CumulativeSize), last.Size, 'Size is the cumulative DAG size')
  })

  it('adds with the reference CIDs and honours pin=false and only-hash', async () => {
    const res = await post('add?cid-version=1&pin=false', form('foo.txt', new TextEncoder().encode('foo')))
    assert.deepEqual(JSON.parse(await res.text()), { Name: 'foo.txt', Hash: 'bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy', Size: '3' })
    assert.deepEqual(cluster.calls, [], 'pin=false: no cluster pin')
    const refused = await post('add?only-hash=true', form('foo.txt', new TextEncoder().encode('foo')))
    assert.equal(refused.status, 500)
    assert.deepEqual(await refused.json(), { Message: 'only-hash is not supported when adding to cluster', Code: 0, Type: 'error' })
  })

  it('turns pin/add, pin/ls, pin/rm and pin/update into cluster calls', async () => {
    const cid = 'QmcJw6x4bQr7oFnVnF6i8SLcJvhXjaxWvj54FYXmZ4Ct6p'
    const added = await post(`pin/add?arg=${cid}`)
    assert.equal(added.status, 200)
    assert.equal(added.headers.get('server'), 'ipfs-cluster/ipfsproxy/0.1.0')
    assert.deepEqual(await added.json(), { Pins: [cid] })
    assert.deepEqual(cluster.calls.map(c => [c.method, c.request.path, c.request.options.mode]), [['PinPath', cid, 'PIN_MODE_RECURSIVE']])

    assert.deepEqual(await post(`pin/ls?arg=${cid}`).then(async r => r.json()), { Keys: { [cid]: { Type: 'recursive' } } })
    const streamed = await post('pin/ls?stream=true')
    const lines = (await streamed.text()).trim().split('\n').map(l => JSON.parse(l))
    assert.deepEqual(lines, [...cluster.pins.values()].map(p => ({ Cid: CID.decode(p.cid as Uint8Array).toString(), Type: 'recursive' })))
    assert.ok(lines.some(l => l.Cid === cid))
    const other = 'QmW3J3czdUzxRaaN31Gtu5T1U5br3t631b8AHdvxHdsHWg'
    const missing = await post(`pin/ls?arg=${other}`)
    assert.equal(missing.status, 500)
    assert.equal((await missing.json() as { Message: string }).Message, `Error: path '${other}' is not pinned`)

    const direct = await post(`pin/add/${other}?recursive=false`)
    assert.deepEqual(await direct.json(), { Pins: [other] })
    assert.equal(cluster.calls.at(-1)?.request.options.mode, 'PIN_MODE_DIRECT')

    const updated = await post(`pin/update?arg=${cid}&arg=${other}`)
    assert.deepEqual(await updated.json(), { Pins: [cid, other] })
    assert.deepEqual(cluster.calls.slice(-2).map(c => c.method), ['PinPath', 'Unpin'])
    assert.ok(cluster.calls.at(-2)?.request.options.pin_update.equals(CID.parse(cid).bytes))
    const noTo = await post(`pin/update?arg=${cid}`)
    assert.equal(noTo.status, 400)
    assert.equal((await noTo.json() as { Message: string }).Message, 'argument "to-path" is required')

    assert.deepEqual(await post(`pin/rm?arg=${other}`).then(async r => r.json()), { Pins: [other] })
    assert.equal(cluster.calls.at(-1)?.method, 'UnpinPath')
  })

  it('sums repo/stat over the cluster and pins block/put?pin=true in the cluster', async () => {
    assert.deepEqual(await post('repo/stat').then(async r => r.json()), { RepoSize: 100, StorageMax: 1000 })
    const block = randomBytes(64)
    const res = await post('block/put?pin=true&format=raw&version=1', form('block', block))
    assert.equal(res.status, 200)
    const { Key } = JSON.parse(await res.text())
    assert.equal(res.headers.get('trailer'), 'X-Stream-Error')
    assert.deepEqual(cluster.calls.map(c => c.method), ['RepoStat', 'Pin'])
    assert.equal(CID.decode(cluster.calls[1].request.cid).toString(), Key)
    const stored = await ipfs.rpc('pin/ls', { arg: Key }).catch(err => err.body)
    assert.match(JSON.stringify(stored), /not pinned/, 'the daemon stored it unpinned: the cluster decides')
  })

  it('never intercepts OPTIONS', async () => {
    const res = await fetch(`${proxy}/api/v0/pin/add?arg=QmcJw6x4bQr7oFnVnF6i8SLcJvhXjaxWvj54FYXmZ4Ct6p`, { method: 'OPTIONS' })
    await res.arrayBuffer()
    assert.deepEqual(cluster.calls, [])
  })
})
