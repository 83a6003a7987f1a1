/**
 * The IPFS daemon goes away under a running connector process and comes
 * back: calls fail fast with UNAVAILABLE naming the daemon, the service's
 * health says NOT_SERVING (the process itself stays SERVING, so the
 * supervisor does not restart it), the outage is logged once, and calls work
 * again without restarting the connector.
 */
import assert from 'node:assert/strict'
import { IpfsUnavailableError, type ServingStatus } from '@ipfscluster/chassis'
import { startIpfsDaemon, waitFor, type IpfsDaemon } from '@ipfscluster/testing'
import { defaultAddOptions, SERVICE } from '../src/index.js'
import { startConnectorProcess, waitServing, type ConnectorProcess } from './fixtures/connector-process.js'

function count (text: string, pattern: RegExp): number {
  return text.match(new RegExp(pattern.source, 'g'))?.length ?? 0
}

describe('IPFS daemon outage under a running connector (real js-ipfs)', function () {
  this.timeout(120_000)
  let ipfs: IpfsDaemon
  let proc: ConnectorProcess

  before(async () => {
    ipfs = await startIpfsDaemon({ name: 'outage' })
    proc = await startConnectorProcess({ ipfshttp: { node_multiaddress: ipfs.apiMultiaddr, proxy_listen_multiaddress: [] } })
    await waitServing(proc)
  })
  after(async () => {
    await proc?.stop()
    await ipfs?.stop()
  })

  it('fails fast with UNAVAILABLE and the address, reports NOT_SERVING, and recovers by itself', async () => {
    const { client, health } = proc
    let root
    for await (const out of client.add([{ path: 'x.txt', kind: 'file', content: [new TextEncoder().encode(`outage ${Date.now()}`)] }], defaultAddOptions)) root = out.cid
    assert.ok(root !== undefined)
    for await (const e of client.pin({ cid: root, maxDepth: -1 })) void e

    const seen: ServingStatus[] = []
    const stopWatching = new AbortController()
    const watching = (async () => { for await (const s of health.watch(SERVICE, { signal: stopWatching.signal })) seen.push(s) })().catch(() => {})
    await waitFor(() => seen.includes('SERVING'), { what: 'SERVING from Watch' })

    await ipfs.kill()
    await waitFor(async () => client.repoStat().then(() => false, err => err instanceof IpfsUnavailableError), { timeout: 10_000, what: 'the first failed call' })
    for (let i = 0; i < 5; i++) {
      const started = Date.now()
      await assert.rejects(client.pinLsCid(root, 'recursive'), (err: Error) => {
        assert.ok(err instanceof IpfsUnavailableError, `${err.name}: ${err.message}`)
        assert.equal((err as unknown as { code: number }).code, 14, 'UNAVAILABLE')
        assert.ok(err.message.includes(`IPFS unreachable at ${ipfs.apiMultiaddr}`), err.message)
        return true
      })
      assert.ok(Date.now() - started < 1000, 'fails fast')
    }
    await waitFor(() => seen.at(-1) === 'NOT_SERVING', { what: () => `NOT_SERVING, saw ${seen.join(',')}` })
    assert.equal(await health.check(SERVICE), 'NOT_SERVING')
    assert.equal(await health.check(), 'SERVING', 'the process stays up: an IPFS outage is no reason to restart it')

    await ipfs.restart()
    await waitFor(() => seen.at(-1) === 'SERVING', { timeout: 20_000, what: () => `SERVING again, saw ${seen.join(',')}` })
    assert.equal(await client.pinLsCid(root, 'recursive'), 'recursive', 'calls work again on the same connector')

    const output = proc.child.output()
    assert.equal(count(output, /IPFS unreachable at /), 1, `one log line for the outage:\n${output}`)
    assert.equal(count(output, /IPFS is available: js-ipfs\//), 2, `one line when ready, one when back:\n${output}`)
    assert.deepEqual(seen, ['SERVING', 'NOT_SERVING', 'SERVING'])
    stopWatching.abort()
    await watching
  })
})
