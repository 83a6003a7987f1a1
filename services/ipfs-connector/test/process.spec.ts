/**
 * The connector process's start: its configuration is checked (exit 78
 * naming the key), the proxy's listener must bind, and with the embedded
 * node the proxy serves the intercepted endpoints and refuses the others.
 */
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:net'
import { join } from 'node:path'
import { removeDir, shortTmpDir } from '@ipfscluster/testing'
import { spawnConnector, startConnectorProcess, waitServing, writeServiceJson, type ConnectorProcess } from './fixtures/connector-process.js'
import { startFakeCluster, type FakeCluster } from './fixtures/fake-cluster.js'

describe('connector process start', function () {
  this.timeout(60_000)
  let dir: string
  beforeEach(async () => { dir = await shortTmpDir('ipfsconn') })
  afterEach(async () => { await removeDir(dir) })

  it('exits 78 on an invalid ipfs_connector value, naming the key', async () => {
    await writeServiceJson(dir, { ipfshttp: { node_multiaddress: '/ip4/127.0.0.1/udp/5001' } })
    const child = spawnConnector(dir)
    assert.equal(await child.exited, 78)
    assert.match(child.output(), /ipfs_connector\.ipfshttp\.node_multiaddress: unsupported IPFS API address/)
  })

  it('fails to start when the proxy cannot bind its address', async () => {
    const taken: Server = createServer()
    await new Promise<void>(resolve => taken.listen(0, '127.0.0.1', resolve))
    const port = (taken.address() as { port: number }).port
    try {
      await writeServiceJson(dir, { ipfshttp: { proxy_listen_multiaddress: `/ip4/127.0.0.1/tcp/${port}` } })
      const child = spawnConnector(dir)
      assert.equal(await child.exited, 1)
      assert.match(child.output(), new RegExp(`IPFS proxy cannot listen on /ip4/127.0.0.1/tcp/${port}: .*EADDRINUSE`))
    } finally {
      taken.close()
    }
  })
})

describe('IPFS proxy in front of the embedded node', function () {
  this.timeout(60_000)
  let dir: string
  let cluster: FakeCluster
  let proc: ConnectorProcess
  let proxy: string

  before(async () => {
    dir = await shortTmpDir('ipfsconn')
    cluster = await startFakeCluster(join(dir, 'sockets', 'supervisor.sock'))
    proc = await startConnectorProcess({
      ipfshttp: { proxy_listen_multiaddress: '/ip4/127.0.0.1/tcp/0' },
      embedded: { enabled: true, listen_multiaddress: '/ip4/127.0.0.1/tcp/0' }
    }, { dir })
    await waitServing(proc)
    proxy = `http://127.0.0.1:${/\/tcp\/(\d+)$/.exec(proc.proxy ?? '')?.[1] ?? ''}`
  })
  after(async () => {
    await proc?.stop()
    await cluster?.close()
    await removeDir(dir)
  })

  it('answers 501 for what only a daemon can do', async () => {
    const res = await fetch(`${proxy}/api/v0/cat?arg=QmcJw6x4bQr7oFnVnF6i8SLcJvhXjaxWvj54FYXmZ4Ct6p`, { method: 'POST' })
    assert.equal(res.status, 501)
    assert.deepEqual(await res.json(), { Message: '/api/v0/cat is not available with the embedded IPFS node', Code: 0, Type: 'error' })
  })

  it('adds into the embedded node and pins in the cluster', async () => {
    const body = new FormData()
    body.append('file', new Blob(['foo']), 'foo.txt')
    const res = await fetch(`${proxy}/api/v0/add`, { method: 'POST', body })
    assert.deepEqual(JSON.parse(await res.text()), { Name: 'foo.txt', Hash: 'QmcJw6x4bQr7oFnVnF6i8SLcJvhXjaxWvj54FYXmZ4Ct6p', Size: '11' })
    assert.deepEqual(cluster.calls.map(c => c.method), ['Pin'])
    const block = await proc.client.blockGet((await proc.client.resolve('QmcJw6x4bQr7oFnVnF6i8SLcJvhXjaxWvj54FYXmZ4Ct6p')))
    assert.equal(block.byteLength, 11, 'the block is in the embedded node')
  })
})
