import assert from 'node:assert/strict'
import { allocate, type AllocationInput, type PeerMetric } from '../../src/core/allocate.js'
import { AllocationError, PinValidationError } from '../../src/core/errors.js'
import { resolveReplication } from '../../src/core/replication.js'

const NOW = 1_000_000n
const metric = (peer: string, weight: number, extra: Partial<PeerMetric> = {}): PeerMetric => ({ peer, weight: BigInt(weight), valid: true, expire: NOW + 1n, ...extra })
const PEERS = ['A', 'B', 'C', 'D']
const METRICS = [metric('A', 10), metric('B', 40), metric('C', 30), metric('D', 20)]

function run (input: Partial<AllocationInput>): string[] {
  return allocate({ min: 2, max: 2, current: [], peers: PEERS, metrics: METRICS, now: NOW, ...input })
}

describe('allocation (cluster-behaviour.md §4)', () => {
  it('picks the peers with the highest weight, up to max', () => {
    assert.deepEqual(run({ min: 1, max: 3 }), ['B', 'C', 'D'])
    assert.deepEqual(run({}), ['B', 'C'])
  })

  it('breaks ties by peer ID, so every peer decides alike', () => {
    assert.deepEqual(run({ metrics: [metric('D', 5), metric('B', 5), metric('C', 5), metric('A', 5)] }), ['A', 'B'])
  })

  it('orders by weight for every metric: reposize and numpin weights are negated, so the smallest comes first', () => {
    assert.deepEqual(run({ metrics: [metric('A', -100), metric('B', -3), metric('C', -50), metric('D', -7)] }), ['B', 'D'])
  })

  it('leaves out peers with an invalid or expired metric, peers outside the peerset and blacklisted peers', () => {
    const metrics = [metric('A', 10), metric('B', 40, { valid: false }), metric('C', 30, { expire: NOW }), metric('D', 20), metric('X', 99)]
    assert.deepEqual(run({ min: 1, max: 4, metrics }), ['D', 'A'])
    assert.deepEqual(run({ min: 1, max: 4, blacklist: ['B', 'C'] }), ['D', 'A'])
  })

  it('keeps the current valid allocations and only adds what is missing', () => {
    assert.deepEqual(run({ current: ['A'] }), ['A', 'B'])
    assert.deepEqual(run({ current: ['A', 'D'] }), ['A', 'D'], 'enough already: nothing new')
    assert.deepEqual(run({ current: ['A', 'X'] }), ['A', 'B'], 'a current peer without a valid metric is replaced')
    assert.deepEqual(run({ current: ['A', 'B'], blacklist: ['A'] }), ['B', 'C'], 'a blacklisted current peer is replaced')
  })

  it('drops extra current allocations when max went down', () => {
    assert.deepEqual(run({ min: 1, max: 1, current: ['D', 'A', 'C'] }), ['D'])
  })

  it('tries the user allocations first, in their order, then the best candidates', () => {
    assert.deepEqual(run({ priority: ['A'] }), ['A', 'B'])
    assert.deepEqual(run({ min: 3, max: 3, priority: ['D', 'A'] }), ['D', 'A', 'B'])
    assert.deepEqual(run({ priority: ['X', 'A'] }), ['A', 'B'], 'an unknown priority peer is skipped')
  })

  it('fails with the original text when fewer than min peers are available', () => {
    assert.throws(() => run({ min: 3, max: 4, metrics: [metric('A', 1), metric('B', 2)] }), (err: Error) => {
      assert.ok(err instanceof AllocationError)
      assert.equal(err.message, 'not enough peers to allocate CID. Needed at least: 3. Wanted at most: 4. Available candidates: 2. See logs for more info.')
      return true
    })
    assert.throws(() => run({ min: 2, max: 2, current: ['A'], metrics: [metric('A', 1)] }), /Needed at least: 1\. Wanted at most: 1\. Available candidates: 0\./)
  })

  it('allocates fewer than max when that is all there is, as long as min is met', () => {
    assert.deepEqual(run({ min: 1, max: 10 }), ['B', 'C', 'D', 'A'])
  })
})

describe('replication factors of a pin request (rule R)', () => {
  const defaults = { min: 2, max: 3 }

  it('takes the configured default for a 0', () => {
    assert.deepEqual(resolveReplication(0, 0, defaults), { min: 2, max: 3 })
    assert.deepEqual(resolveReplication(1, 0, defaults), { min: 1, max: 3 })
    assert.deepEqual(resolveReplication(-1, -1, defaults), { min: -1, max: -1 })
  })

  it('refuses inconsistent factors with the original texts', () => {
    const cases: Array<[number, number, string]> = [
      [3, 2, 'cluster.replication_factor_min is larger than max'],
      [-2, 2, 'cluster.replication_factor_min is wrong'],
      [-3, -3, 'cluster.replication_factor_min is wrong'],
      [-1, 2, 'cluster.replication_factor_min and max must be -1 when one of them is'],
      [2, -1, 'cluster.replication_factor_min and max must be -1 when one of them is']
    ]
    for (const [min, max, message] of cases) {
      assert.throws(() => resolveReplication(min, max, defaults), (err: Error) => err instanceof PinValidationError && err.message === message, `${min}/${max}`)
    }
  })
})
