/**
 * Unit tests of the item transitions (cluster-behaviour.md §3.5, §7.2) with
 * a scripted IPFS: opposite ops cancel each other, the same op twice is one
 * request, re-allocation unpins, remote items leave without touching IPFS,
 * and unfinished unpins are remembered.
 */
import assert from 'node:assert/strict'
import { AbortError, mapTrackerSection } from '@ipfscluster/chassis'
import { waitFor } from '@ipfscluster/testing'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { sha256 } from 'multiformats/hashes/sha2'
import { codec } from '@ipfscluster/proto'
import { TrackerState, type PinWorkerIpfs } from '../../../src/core/tracker/tracker-state.js'
import { cidKey } from '../../../src/core/tracker/item.js'
import { OTHER, pinOf, SELF } from './helpers.js'

const pins = codec('ipfscluster.types.v1.Pin')

/** IPFS whose pins finish when released (or fail when aborted); unpins succeed at once. */
class ScriptedIpfs {
  readonly pinCalls: string[] = []
  readonly unpinCalls: string[] = []
  readonly aborted: string[] = []
  private readonly waiting = new Map<string, () => void>()

  release (cid: CID): void { this.waiting.get(cid.toString())?.() }

  client (): PinWorkerIpfs {
    const self = this
    return {
      Pin: async function * (req, opts) {
        const cid = CID.decode(req.pin!.cid as Uint8Array).toString()
        self.pinCalls.push(cid)
        await new Promise<void>((resolve, reject) => {
          self.waiting.set(cid, resolve)
          opts?.signal?.addEventListener('abort', () => { self.aborted.push(cid); reject(new AbortError()) })
        })
        yield { done: { already_pinned: false }, kind: 'done' as const }
      } as PinWorkerIpfs['Pin'],
      Unpin: async req => {
        self.unpinCalls.push(CID.decode(req.cid as Uint8Array).toString())
        return { was_pinned: true }
      }
    }
  }
}

async function cidOf (s: string): Promise<CID> {
  return CID.createV1(raw.code, await sha256.digest(new TextEncoder().encode(s)))
}

describe('tracker item transitions (scripted IPFS)', () => {
  let ipfs: ScriptedIpfs
  let state: TrackerState
  const stored = (cid: CID, allocations: string[] = []): ReturnType<typeof pins.decode> => pins.decode(pins.encode(pinOf(cid, allocations)))
  const statusOf = (cid: CID): string | undefined => state.items.get(cidKey(cid.bytes))?.status

  beforeEach(() => {
    ipfs = new ScriptedIpfs()
    state = new TrackerState(SELF, mapTrackerSection.defaults(), ipfs.client(), () => {})
  })
  afterEach(() => { state.stop() })

  it('sends one IPFS request for the same pin applied twice, and marks young pins priority', async () => {
    const cid = await cidOf('twice')
    state.track(stored(cid))
    state.track(stored(cid))
    assert.deepEqual(ipfs.pinCalls, [cid.toString()])
    assert.equal(state.items.get(cidKey(cid.bytes))?.priority, true)
    ipfs.release(cid)
    await waitFor(() => statusOf(cid) === 'TRACKER_STATUS_PINNED', { what: 'pinned' })
  })

  it('an unpin cancels the running pin (aborting its IPFS request) and the item goes', async () => {
    const cid = await cidOf('cancel')
    state.track(stored(cid))
    assert.equal(statusOf(cid), 'TRACKER_STATUS_PINNING')
    state.untrack(cid.bytes)
    assert.deepEqual(ipfs.aborted, [cid.toString()])
    await waitFor(() => statusOf(cid) === undefined, { what: 'the item dropped' })
    assert.deepEqual(ipfs.unpinCalls, [cid.toString()])
    assert.equal(state.pendingUnpins.size, 0, 'the finished unpin is forgotten')
  })

  it('a pin re-allocated to other peers is unpinned here and becomes remote; unpinning a remote pin leaves IPFS alone', async () => {
    const cid = await cidOf('moved')
    state.track(stored(cid))
    ipfs.release(cid)
    await waitFor(() => statusOf(cid) === 'TRACKER_STATUS_PINNED', { what: 'pinned' })
    state.track(stored(cid, [OTHER]))
    await waitFor(() => statusOf(cid) === 'TRACKER_STATUS_REMOTE', { what: 'remote' })
    assert.deepEqual(ipfs.unpinCalls, [cid.toString()])
    state.untrack(cid.bytes)
    assert.equal(statusOf(cid), undefined)
    assert.deepEqual(ipfs.unpinCalls, [cid.toString()], 'no second unpin')
  })

  it('remembers an unpin until IPFS confirmed it', async () => {
    const cid = await cidOf('pending')
    state.track(stored(cid))
    state.untrack(cid.bytes)
    assert.deepEqual([...state.pendingUnpins], [cidKey(cid.bytes)])
    await waitFor(() => state.pendingUnpins.size === 0, { what: 'the unpin done' })
  })
})
