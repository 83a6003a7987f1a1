/** Unit tests of the tracker's queues: priority first, the bound, cancellation, one unpin at a time. */
import assert from 'node:assert/strict'
import { waitFor } from '@ipfscluster/testing'
import type { Item, Operation } from '../../../src/core/tracker/item.js'
import { OperationQueue } from '../../../src/core/tracker/operation-queue.js'

function op (name: string, kind: 'pin' | 'unpin', priority = false): Operation {
  const item = { cid: new TextEncoder().encode(name) } as unknown as Item
  return { kind, priority, item, abort: new AbortController(), cancelled: false, waiting: false, trace: undefined }
}

const nameOf = (o: Operation): string => new TextDecoder().decode(o.item.cid)

/** A queue whose operations finish when the test releases them. */
function harness (concurrentPins: number, maxSize: number): { queue: OperationQueue, started: string[], release: (name: string) => void } {
  const started: string[] = []
  const waiters = new Map<string, () => void>()
  const queue = new OperationQueue({ concurrentPins, maxSize }, async o => {
    started.push(nameOf(o))
    await new Promise<void>(resolve => waiters.set(nameOf(o), resolve))
  })
  return { queue, started, release: name => { waiters.get(name)?.() } }
}

describe('tracker operation queue', () => {
  it('serves priority pins before normal ones, and at most concurrent_pins at once', async () => {
    const { queue, started, release } = harness(1, 10)
    for (const o of [op('n1', 'pin'), op('n2', 'pin'), op('p1', 'pin', true), op('p2', 'pin', true)]) assert.ok(queue.push(o))
    assert.deepEqual(started, ['n1'])
    assert.equal(queue.size, 3)
    for (const name of ['n1', 'p1', 'p2']) {
      release(name)
      await waitFor(() => started.length === ['n1', 'p1', 'p2', 'n2'].indexOf(name) + 2, { what: `the op after ${name}` })
    }
    assert.deepEqual(started, ['n1', 'p1', 'p2', 'n2'])
  })

  it('refuses beyond max_pin_queue_size waiting operations; cancelled ones free their place and never run', async () => {
    const { queue, started, release } = harness(1, 2)
    const ops = ['a', 'b', 'c', 'd'].map(n => op(n, 'pin'))
    assert.deepEqual(ops.map(o => queue.push(o)), [true, true, true, false], 'one running, two waiting, the fourth refused')
    queue.cancel(ops[1])
    assert.equal(queue.size, 1)
    assert.ok(queue.push(ops[3]))
    release('a')
    await waitFor(() => started.length === 2, { what: 'the next op' })
    assert.deepEqual(started, ['a', 'c'], 'the cancelled op was skipped')
  })

  it('runs one unpin at a time, next to the pin workers', async () => {
    const { queue, started, release } = harness(2, 10)
    for (const o of [op('u1', 'unpin'), op('u2', 'unpin'), op('p1', 'pin')]) queue.push(o)
    assert.deepEqual(started.sort(), ['p1', 'u1'])
    release('u1')
    await waitFor(() => started.includes('u2'), { what: 'the second unpin' })
  })
})
