/**
 * The behaviour every `IpfsConnector` must show (conventions §11), run
 * against the daemon connector (a real js-ipfs) and the embedded Helia node,
 * both through the gRPC client of a real connector process.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { InvalidParametersError, TimeoutError } from '@ipfscluster/chassis'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import * as raw from 'multiformats/codecs/raw'
import { defaultAddOptions, type AddEntry, type AddOptions, type AddOutput, type IpfsConnectorClient } from '../../src/index.js'

/** What a run of the suite needs. */
export interface SuiteNode {
  /** The connector under test. */
  connector: IpfsConnectorClient
  /** Another node that can be reached over the swarm and holds what it adds. */
  peer: { add: (bytes: Uint8Array) => Promise<CID>, addresses: string[] }
  /** The `pin_timeout` the connector runs with, ms. */
  pinTimeout: number
}

/** `[name, content]` files as add entries. */
function files (...list: Array<[string, string | Uint8Array]>): AddEntry[] {
  return list.map(([path, content]) => ({ path, kind: 'file', content: [typeof content === 'string' ? new TextEncoder().encode(content) : content] }))
}

async function addAll (connector: IpfsConnectorClient, entries: AddEntry[], options: Partial<AddOptions> = {}): Promise<AddOutput[]> {
  const out: AddOutput[] = []
  for await (const o of connector.add(entries, { ...defaultAddOptions, ...options })) out.push(o)
  return out
}

async function randomCid (): Promise<CID> {
  return CID.createV1(raw.code, await sha256.digest(randomBytes(32)))
}

/** Registers the suite; `setup` runs once before it, `teardown` once after. */
export function tests ({ setup, teardown }: { setup: () => Promise<SuiteNode>, teardown: () => Promise<void> }): void {
  let node: SuiteNode
  before(async function () {
    this.timeout(240_000)
    node = await setup()
  })
  after(async function () {
    this.timeout(60_000)
    await teardown()
  })

  it('adds files with the CIDs and sizes of the reference (rest-api.md §5.4)', async () => {
    const v1 = await addAll(node.connector, files(['foo.txt', 'foo'], ['bar.txt', 'bar']), { cidVersion: 1, wrapWithDirectory: true })
    assert.deepEqual(v1.map(o => [o.name, o.cid?.toString(), o.size]), [
      ['foo.txt', 'bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy', 3n],
      ['bar.txt', 'bafkreih43yvs5w5fnp2aqya7w4q75g24gogrb3sct2qe7lsvcg3i7p4pxe', 3n],
      ['', 'bafybeidhbfwu4j2zckkqd42azgxm7hlvjjqj7dunvv7o7c3avyrhgtvppm', 112n]
    ])
    const v0 = await addAll(node.connector, files(['foo.txt', 'foo'], ['bar.txt', 'bar']), { wrapWithDirectory: true })
    assert.deepEqual(v0.map(o => [o.name, o.cid?.toString(), o.size]), [
      ['foo.txt', 'QmcJw6x4bQr7oFnVnF6i8SLcJvhXjaxWvj54FYXmZ4Ct6p', 11n],
      ['bar.txt', 'QmW3J3czdUzxRaaN31Gtu5T1U5br3t631b8AHdvxHdsHWg', 11n],
      ['', 'QmNyPqRLaWHmqonxyLTWahvLeTfViBXiDRG5dn5qHh2iFK', 124n]
    ])
    // the blocks are in the node: the path resolves and the leaf reads back
    const foo = await node.connector.resolve('/ipfs/QmNyPqRLaWHmqonxyLTWahvLeTfViBXiDRG5dn5qHh2iFK/foo.txt')
    assert.equal(foo.toString(), 'QmcJw6x4bQr7oFnVnF6i8SLcJvhXjaxWvj54FYXmZ4Ct6p')
    const block = await node.connector.blockGet(CID.parse('bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy'))
    assert.equal(new TextDecoder().decode(block), 'foo')
  })

  it('add → pin → pin ls → repo stat → unpin', async () => {
    const content = randomBytes(600_000) // three chunks: a DAG, not a single block
    const before = await node.connector.repoStat()
    const outputs = await addAll(node.connector, files(['big.bin', content]), { progress: true })
    const root = outputs.at(-1)?.cid
    assert.ok(root !== undefined, 'the add yields the root')
    assert.ok(outputs.some(o => o.cid === undefined && o.bytes === content.byteLength), 'a progress output reports all bytes read')

    const events = []
    for await (const e of node.connector.pin({ cid: root, maxDepth: -1 })) events.push(e)
    assert.deepEqual(events.at(-1), { type: 'done', alreadyPinned: false })
    assert.equal(await node.connector.pinLsCid(root, 'recursive'), 'recursive')
    const again = []
    for await (const e of node.connector.pin({ cid: root, maxDepth: -1 })) again.push(e)
    assert.deepEqual(again, [{ type: 'done', alreadyPinned: true }], 'pinning twice is a no-op')

    const listed = []
    for await (const p of node.connector.pinLs([])) listed.push(p)
    assert.ok(listed.some(p => p.cid.equals(root) && p.type === 'recursive'), `pin ls lists ${root.toString()}`)

    const stat = await node.connector.repoStat()
    assert.ok(stat.repoSize >= before.repoSize + BigInt(content.byteLength), `repo grew by the content: ${before.repoSize} → ${stat.repoSize}`)
    assert.ok(stat.storageMax > 0n)
    assert.equal(stat.freespace, stat.storageMax > stat.repoSize ? stat.storageMax - stat.repoSize : 0n)

    assert.equal(await node.connector.unpin(root), true)
    assert.equal(await node.connector.pinLsCid(root, 'recursive'), 'unpinned')
    assert.equal(await node.connector.unpin(root), false, 'unpinning what is not pinned is a success that says so')
  })

  it('pins a direct pin as direct', async () => {
    const [{ cid }] = await addAll(node.connector, files(['d.txt', randomBytes(100)]), { cidVersion: 1 })
    assert.ok(cid !== undefined)
    for await (const e of node.connector.pin({ cid, maxDepth: 0 })) void e
    assert.equal(await node.connector.pinLsCid(cid, 'direct'), 'direct')
    assert.ok(await node.connector.unpin(cid))
  })

  it('pins content that only a second, connected node holds', async () => {
    const cid = await node.peer.add(randomBytes(300_000))
    const connected = await node.connector.connectSwarms(node.peer.addresses)
    assert.ok(connected.length > 0, `connected to one of ${node.peer.addresses.join(', ')}`)
    for await (const e of node.connector.pin({ cid, maxDepth: -1 }, { signal: AbortSignal.timeout(30_000) })) void e
    assert.equal(await node.connector.pinLsCid(cid, 'recursive'), 'recursive')
    assert.ok(await node.connector.unpin(cid))
  })

  it('ends a pin of unreachable content at pin_timeout with a clear error', async function () {
    this.timeout(node.pinTimeout + 30_000)
    const cid = await randomCid()
    const started = Date.now()
    await assert.rejects(async () => { for await (const e of node.connector.pin({ cid, maxDepth: -1 })) void e }, (err: Error) => {
      assert.ok(err instanceof TimeoutError, `${err.name}: ${err.message}`)
      assert.equal((err as unknown as { code: number }).code, 4, 'DEADLINE_EXCEEDED')
      assert.match(err.message, new RegExp(`pinning ${cid.toString()} timed out: no progress in IPFS for \\S+ \\(pin_timeout\\)`))
      return true
    })
    const took = Date.now() - started
    assert.ok(took >= node.pinTimeout - 100 && took < node.pinTimeout + 15_000, `ended after ${took} ms, pin_timeout ${node.pinTimeout} ms`)
    assert.equal(await node.connector.pinLsCid(cid, 'recursive'), 'unpinned')
  })

  it('answers an invalid CID with INVALID_ARGUMENT naming it', async () => {
    await assert.rejects(node.connector.resolve('/ipfs/not-a-cid/x'), (err: Error) => {
      assert.ok(err instanceof InvalidParametersError, err.name)
      assert.equal((err as unknown as { code: number }).code, 3, 'INVALID_ARGUMENT')
      assert.match(err.message, /invalid CID "not-a-cid"/)
      return true
    })
    const bad = { bytes: Uint8Array.from([0x01, 0x55, 0x12, 0x03, 0xaa]) } as unknown as CID
    await assert.rejects(node.connector.pinLsCid(bad, 'recursive'), (err: Error) => {
      assert.ok(err instanceof InvalidParametersError, err.name)
      assert.match(err.message, /invalid CID 0x0155120[3]aa/)
      return true
    })
  })

  it('stores and reads back a block', async () => {
    const bytes = randomBytes(1000)
    const cid = CID.createV1(raw.code, await sha256.digest(bytes))
    assert.equal(await node.connector.blockPut({ cid, bytes }), 1000)
    assert.deepEqual(Buffer.from(await node.connector.blockGet(cid)), bytes)
  })
}
