import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { connectDaemons, IpfsRpcError, JSIPFS_INSTALL_COMMAND, startIpfsDaemon, type IpfsDaemon } from '../src/index.js'
import { getFreePort, isPortClosed } from '../src/free-port.js'

// Real js-ipfs daemons (tools/jsipfs); nothing here is mocked.
describe('ipfs-daemon fixture (real js-ipfs)', function () {
  this.timeout(180_000)
  const started: IpfsDaemon[] = []
  const track = (d: IpfsDaemon): IpfsDaemon => { started.push(d); return d }

  afterEach(async () => {
    await Promise.all(started.splice(0).map(async d => d.stop()))
  })

  it('starts, adds and pins a file, stops and closes the API port', async () => {
    const ipfs = track(await startIpfsDaemon({ name: 'solo' }))
    assert.match(ipfs.apiMultiaddr, /^\/ip4\/127\.0\.0\.1\/tcp\/\d+$/)
    assert.equal(ipfs.apiUrl, `http://127.0.0.1:${ipfs.apiMultiaddr.split('/')[4]}`)
    assert.ok(ipfs.repoPath.length < 40, `short repo path: ${ipfs.repoPath}`)
    assert.ok(ipfs.swarmMultiaddrs.every(a => a.startsWith('/ip4/127.0.0.1/tcp/') && a.endsWith(`/p2p/${ipfs.peerId}`)))
    assert.ok(ipfs.gatewayUrl?.startsWith('http://127.0.0.1:'))

    const config = JSON.parse(await readFile(join(ipfs.repoPath, 'config'), 'utf8'))
    assert.deepEqual(config.Bootstrap, [])
    assert.notEqual(config.Addresses.RPC, '/ip4/127.0.0.1/tcp/5003')

    const version = await ipfs.rpc<{ Version: string }>('version')
    assert.equal(version.Version, '0.18.1')
    const id = await ipfs.rpc<{ ID: string, AgentVersion: string }>('id')
    assert.equal(id.ID, ipfs.peerId)
    assert.match(id.AgentVersion, /^js-ipfs\//)

    const form = new FormData()
    form.append('file', new Blob([`hello from the fixture ${Date.now()}`]), 'hello.txt')
    const added = await ipfs.rpc<{ Name: string, Hash: string, Size: string }>('add', { 'cid-version': 1 }, { body: form })
    assert.equal(added.Name, 'hello.txt')
    const pins = await ipfs.rpc<{ Keys: Record<string, { Type: string }> }>('pin/ls', { arg: added.Hash })
    assert.deepEqual(Object.values(pins.Keys), [{ Type: 'recursive' }])

    const port = Number(ipfs.apiMultiaddr.split('/')[4])
    await ipfs.stop()
    assert.equal(ipfs.running, false)
    assert.equal(await isPortClosed(port), true, 'API port closed after stop()')
    assert.equal(existsSync(ipfs.repoPath), false, 'temp repo removed')
    await ipfs.stop() // idempotent
  })

  it('runs two daemons in parallel; A fetches and pins content added on B only', async () => {
    const [a, b] = (await Promise.all([startIpfsDaemon({ name: 'A' }), startIpfsDaemon({ name: 'B' })])).map(track)
    assert.notEqual(a.apiUrl, b.apiUrl)
    assert.notEqual(a.peerId, b.peerId)

    await connectDaemons(a, b)
    const form = new FormData()
    form.append('file', new Blob([`only on B ${Math.random()}`]), 'b.txt')
    const { Hash } = await b.rpc<{ Hash: string }>('add', {}, { body: form })
    await assert.rejects(a.rpc('pin/ls', { arg: Hash }), (err: IpfsRpcError) => err.status === 500 && /not pinned/.test(err.body))

    // js-ipfs' pin/add hangs on unavailable content: bound it with the daemon's timeout param
    const t0 = Date.now()
    const res = await a.rpc<{ Pins: string[] }>('pin/add', { arg: Hash, timeout: '20s' }, { timeout: 25_000 })
    assert.deepEqual(res.Pins, [Hash])
    const pins = await a.rpc<{ Keys: Record<string, { Type: string }> }>('pin/ls', { arg: Hash })
    assert.equal(Object.keys(pins.Keys).length, 1)
    console.log(`      (bitswap fetch + pin on A: ${Date.now() - t0} ms)`)
  })

  it('restart() keeps the API address, all ports and the peer ID', async () => {
    const ipfs = track(await startIpfsDaemon({ name: 'restarted' }))
    const before = { api: ipfs.apiMultiaddr, gw: ipfs.gatewayUrl, swarm: ipfs.swarmMultiaddrs, peer: ipfs.peerId, pid: ipfs.pid }
    const form = new FormData()
    form.append('file', new Blob(['survives a restart']), 'r.txt')
    const { Hash } = await ipfs.rpc<{ Hash: string }>('add', {}, { body: form })

    await ipfs.restart()
    assert.equal(ipfs.running, true)
    assert.notEqual(ipfs.pid, before.pid)
    assert.equal(ipfs.apiMultiaddr, before.api)
    assert.equal(ipfs.gatewayUrl, before.gw)
    assert.deepEqual(ipfs.swarmMultiaddrs, before.swarm)
    assert.equal(ipfs.peerId, before.peer)
    const pins = await ipfs.rpc<{ Keys: Record<string, unknown> }>('pin/ls', { arg: Hash })
    assert.equal(Object.keys(pins.Keys).length, 1, 'repo kept across the restart')

    // a crash (SIGKILL leaves repo.lock behind) followed by a restart, e.g. "IPFS down mid-test"
    const port = Number(before.api.split('/')[4])
    await ipfs.kill()
    assert.equal(ipfs.running, false)
    assert.equal(await isPortClosed(port), true, 'API port closed while killed')
    await ipfs.restart()
    assert.equal(ipfs.apiMultiaddr, before.api)
    assert.equal((await ipfs.rpc<{ ID: string }>('id')).ID, before.peer)

    // a graceful stop that keeps the repo, then back on the same address
    await ipfs.stop({ keepRepo: true })
    assert.equal(await isPortClosed(port), true)
    await ipfs.restart()
    assert.equal(ipfs.apiMultiaddr, before.api)
  })

  it('honours a fixed API port, --offline and extra config', async () => {
    const apiPort = await getFreePort()
    const ipfs = track(await startIpfsDaemon({ name: 'fixed', apiPort, offline: true, config: { Swarm: { ConnMgr: { LowWater: 5, HighWater: 10 } } } }))
    assert.equal(ipfs.apiMultiaddr, `/ip4/127.0.0.1/tcp/${apiPort}`)
    assert.match(ipfs.output(), /jsipfs daemon --enable-preload=false --offline/)
    const config = await ipfs.rpc<{ Swarm: { ConnMgr: { LowWater: number, HighWater: number } }, Bootstrap: string[] }>('config/show')
    assert.deepEqual(config.Swarm.ConnMgr, { LowWater: 5, HighWater: 10 })
    assert.deepEqual(config.Bootstrap, [])
  })

  it('fails clearly when the jsipfs binary is missing', async () => {
    await assert.rejects(startIpfsDaemon({ jsipfsBin: '/nonexistent/jsipfs' }), (err: Error) => {
      assert.match(err.message, /js-ipfs is not installed: \/nonexistent\/jsipfs does not exist/)
      assert.ok(err.message.includes(JSIPFS_INSTALL_COMMAND), err.message)
      return true
    })
  })

  it('fails clearly when init cannot create the repo', async () => {
    await assert.rejects(startIpfsDaemon({ name: 'uncreatable', repoPath: '/dev/null/repo' }), (err: Error) => {
      assert.match(err.message, /^uncreatable: jsipfs init failed \(exit 1\)/)
      assert.match(err.message, /ENOTDIR/, 'the jsipfs output is part of the error')
      return true
    })
  })

  it('refuses to start a daemon whose init config would dial out', async () => {
    const bootstrap = ['/ip4/192.0.2.1/tcp/4001/p2p/12D3KooWQzn7rryQscKcptpQvmU4eB2BwzpCxUyQe1ENcc1v7uxC']
    await assert.rejects(startIpfsDaemon({ name: 'dialer', config: { Bootstrap: bootstrap } }), (err: Error) => {
      assert.match(err.message, /^dialer: jsipfs init produced a repo that would dial out: Bootstrap is/)
      return true
    })
  })
})
