import assert from 'node:assert/strict'
import { waitFor, waitForValue } from '../src/index.js'

describe('waitFor', () => {
  it('resolves as soon as the condition holds', async () => {
    let n = 0
    await waitFor(() => ++n >= 3, { interval: 1 })
    assert.equal(n, 3)
  })

  it('fails at the deadline naming what it waited for', async () => {
    await assert.rejects(waitFor(() => false, { timeout: 50, what: 'the moon' }), /timed out after 50 ms waiting for the moon/)
  })

  it('passes on an error thrown by the condition', async () => {
    await assert.rejects(waitFor(() => { throw new Error('process exited') }), /process exited/)
  })

  it('hands back the first defined value', async () => {
    let n = 0
    assert.equal(await waitForValue(() => ++n === 2 ? 'two' : undefined, { interval: 1 }), 'two')
  })
})
