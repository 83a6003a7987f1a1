import assert from 'node:assert/strict'
import { listedPins, type ListResponse__Output, type Pin__Output } from '../src/index.js'

const pin = (name: string): Pin__Output => ({ name } as unknown as Pin__Output)

async function * stream (items: Array<Partial<ListResponse__Output>>): AsyncGenerator<ListResponse__Output> {
  for (const item of items) yield { pin: null, pins: [], ...item }
}

describe('listedPins', () => {
  it('reads one-pin messages, batches and both in one message, in order', async () => {
    const names: string[] = []
    const items = [{ pin: pin('a') }, { pins: [pin('b'), pin('c')] }, { pin: pin('d'), pins: [pin('e')] }, {}]
    for await (const p of listedPins(stream(items))) names.push(p.name)
    assert.deepEqual(names, ['a', 'b', 'c', 'd', 'e'])
  })
})
