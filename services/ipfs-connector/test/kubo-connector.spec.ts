/**
 * Unit tests of the daemon connector's handling of answers that a js-ipfs
 * daemon cannot produce on demand (Kubo progress lines, error bodies, a
 * daemon that refuses connections at start), against a fake Kubo API.
 */
import assert from 'node:assert/strict'
import { configureLogging, ipfsHttpSection, IpfsUnavailableError, loggingSettings, logger, TimeoutError, type IpfsHttpConfig, type LoggingSettings } from '@ipfscluster/chassis'
import { waitFor } from '@ipfscluster/testing'
import { CID } from 'multiformats/cid'
import { IpfsError, KuboConnector } from '../src/index.js'
import { parseRepoStat } from '../src/kubo/repo-stat.js'
import { ipfsError, json, startFakeKubo, type FakeKubo } from './fixtures/fake-kubo.js'

const CID_V1 = CID.parse('bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy')

function configFor (fake: FakeKubo, overrides: Partial<IpfsHttpConfig> = {}): IpfsHttpConfig {
  return { ...ipfsHttpSection.defaults(), nodeMultiaddress: fake.multiaddr, ...overrides }
}

describe('daemon connector (fake Kubo API)', function () {
  let fake: FakeKubo
  let connector: KuboConnector
  const lines: string[] = []
  let saved: LoggingSettings

  before(() => {
    saved = loggingSettings()
    configureLogging({ ...saved, levels: { default: 'info', facilities: {} }, write: l => { lines.push(l) } })
  })
  after(() => { configureLogging(saved) })
  beforeEach(async () => {
    lines.length = 0
    fake = await startFakeKubo()
  })
  afterEach(async () => {
    await connector?.stop()
    await fake.close()
  })

  async function start (overrides: Partial<IpfsHttpConfig> = {}): Promise<void> {
    connector = new KuboConnector(configFor(fake, overrides), logger('ipfshttp'))
    await connector.start()
    await waitFor(() => connector.availability() === 'available', { what: 'the connector to see the fake' })
  }

  it('maps error answers to IpfsError with the daemon\'s message or body', async () => {
    await start()
    fake.endpoints.set('repo/stat', (_q, res) => { ipfsError(res, 500, 'repo is locked') })
    await assert.rejects(connector.repoStat(), (err: Error) => err instanceof IpfsError && err.message === 'IPFS error (repo/stat). Code: 500. Message: repo is locked' && err.status === 500)
    fake.endpoints.set('repo/stat', (_q, res) => { res.writeHead(502).end('bad gateway') })
    await assert.rejects(connector.repoStat(), (err: Error) => err instanceof IpfsError && err.message === 'IPFS request failed (is it running?) (repo/stat). Code 502: bad gateway')
    fake.endpoints.set('repo/stat', (_q, res) => { res.writeHead(200).end('{"RepoSize":') })
    await assert.rejects(connector.repoStat(), (err: Error) => err instanceof IpfsError && err.message.startsWith('error decoding IPFS response (repo/stat)'))
  })

  it('reads repo/stat numbers given as strings, beyond 2^53, exactly', () => {
    assert.deepEqual(parseRepoStat('{"RepoSize":"11858","StorageMax":"9007199254740993"}'), { repoSize: 11858n, storageMax: 9007199254740993n, freespace: 9007199254729135n })
    assert.deepEqual(parseRepoStat('{"RepoSize":20,"StorageMax":10}'), { repoSize: 20n, storageMax: 10n, freespace: 0n })
  })

  it('keeps a pin alive while Kubo reports progress and cancels it when progress stops', async function () {
    await start({ pinTimeout: 300 })
    fake.endpoints.set('pin/ls', (_q, res) => { ipfsError(res, 500, `path '${CID_V1.toString()}' is not pinned`) })
    let step = 0
    fake.endpoints.set('pin/add', (q, res) => {
      assert.equal(q.get('timeout'), null, 'no timeout= for Kubo')
      res.writeHead(200, { 'content-type': 'application/json' })
      // progress every 100 ms for 1 s (longer than pin_timeout), then silence
      const timer = setInterval(() => {
        if (++step <= 10) res.write(JSON.stringify({ Progress: step }) + '\n')
      }, 100)
      res.once('close', () => { clearInterval(timer) })
    })
    const events: unknown[] = []
    const started = Date.now()
    await assert.rejects(async () => { for await (const e of connector.pin({ cid: CID_V1, maxDepth: -1 })) events.push(e) }, (err: Error) => {
      assert.ok(err instanceof TimeoutError, `${err.name}: ${err.message}`)
      assert.match(err.message, /no progress in IPFS for 300ms \(pin_timeout\)/)
      return true
    })
    assert.ok(Date.now() - started >= 1000, 'progress kept the pin going past pin_timeout')
    assert.equal(events.length, 10)
  })

  it('sends js-ipfs timeout= and reads base58btc keys for a base32 CID', async () => {
    await fake.close()
    fake = await startFakeKubo('js-ipfs/0.18.1')
    await start({ pinTimeout: 2000 })
    const base58 = CID_V1.toString((await import('multiformats/bases/base58')).base58btc)
    fake.endpoints.set('pin/ls', (_q, res) => { res.writeHead(200).end(JSON.stringify({ Type: 'recursive', Cid: base58 }) + '\n') })
    assert.equal(await connector.pinLsCid(CID_V1, 'recursive'), 'recursive')
    fake.endpoints.set('pin/ls', (_q, res) => { ipfsError(res, 500, `path '${CID_V1.toString()}' is not pinned`) })
    fake.endpoints.set('pin/add', (q, res) => {
      assert.equal(q.get('timeout'), '2s')
      ipfsError(res, 500, 'Failed to add pin: request timed out')
    })
    await assert.rejects(async () => { for await (const e of connector.pin({ cid: CID_V1, maxDepth: -1 })) void e }, TimeoutError)
    fake.endpoints.set('pin/update', (_q, res) => { ipfsError(res, 404, 'Not Found') })
    fake.endpoints.set('pin/add', (_q, res) => { json(res, { Pins: [CID_V1.toString()] }) })
    await connector.pinUpdate(CID_V1, CID_V1)
    assert.deepEqual(fake.calls.slice(-2).map(c => c.endpoint), ['pin/update', 'pin/add'], 'js-ipfs has no pin/update: pin/add instead')
  })

  it('waits for a daemon that is not up yet, failing calls at once, and logs the wait once', async () => {
    const port = fake.multiaddr
    await fake.close()
    connector = new KuboConnector({ ...ipfsHttpSection.defaults(), nodeMultiaddress: port }, logger('ipfshttp'))
    await connector.start()
    for (let i = 0; i < 3; i++) {
      await assert.rejects(connector.repoStat(), (err: Error) => err instanceof IpfsUnavailableError && err.message.startsWith(`IPFS unreachable at ${port}: `))
    }
    assert.equal(lines.filter(l => l.includes('waiting for IPFS to become available on')).length, 1)
    assert.equal(lines.filter(l => /ERROR/.test(l)).length, 0, 'calls failing before readiness are not logged')
  })
})
