/**
 * The Add RPC's request stream — `params`, then per entry an `entry` header
 * followed by its `data` chunks — as add options and a sequence of entries
 * whose content is read from the same stream. The importer reads one entry's
 * content to the end before it asks for the next entry, so nothing is buffered.
 */
import type { Readable } from 'node:stream'
import { InvalidParametersError } from '@ipfscluster/chassis'
import type { MessageOutput } from '@ipfscluster/proto'
import type { AddOptions } from '../adder/add-options.js'
import type { AddEntry } from '../adder/adder.js'
import { addOptionsFromProto } from './convert.js'

type AddRequest = MessageOutput<'ipfscluster.ipfsconnector.v1.AddRequest'>

const KINDS = { ADD_ENTRY_KIND_FILE: 'file', ADD_ENTRY_KIND_DIRECTORY: 'directory', ADD_ENTRY_KIND_SYMLINK: 'symlink' } as const

/**
 * Reads the parameters (first item) and returns the entries.
 *
 * @throws InvalidParametersError when the stream does not start with `params`
 * or data arrives before an entry.
 */
export async function readAddStream (requests: AsyncIterable<AddRequest>): Promise<{ options: AddOptions, allocations: string[], entries: AsyncIterable<AddEntry> }> {
  const it = readWithoutDestroy(requests)
  const first = await it.next()
  if (first.done === true || first.value.kind !== 'params' || first.value.params == null) {
    throw new InvalidParametersError('an Add stream must start with params')
  }
  const params = first.value.params
  return { options: addOptionsFromProto(params), allocations: params.allocations, entries: entriesOf(it) }
}

/**
 * The request side of a bidi call as an iterator that leaves the call open
 * when it ends: Node's default iterator destroys the whole Duplex at the end
 * of the requests, and replies written after that never leave (no `drain`).
 */
function readWithoutDestroy<T> (requests: AsyncIterable<T>): AsyncIterator<T> {
  const stream = requests as Partial<Readable>
  return typeof stream.iterator === 'function' ? stream.iterator({ destroyOnReturn: false }) : requests[Symbol.asyncIterator]()
}

async function * entriesOf (it: AsyncIterator<AddRequest>): AsyncGenerator<AddEntry> {
  let next = await it.next()
  while (next.done !== true) {
    const header = next.value
    if (header.kind !== 'entry' || header.entry == null) throw new InvalidParametersError(`Add stream: expected an entry, got ${header.kind ?? 'nothing'}`)
    let after: IteratorResult<AddRequest> | undefined
    const content = (async function * () {
      for (;;) {
        const item = await it.next()
        if (item.done === true || item.value.kind !== 'data') {
          after = item
          return
        }
        yield item.value.data ?? new Uint8Array()
      }
    })()
    const kind = KINDS[header.entry.kind as keyof typeof KINDS] ?? 'file'
    yield { path: header.entry.path, kind, content: kind === 'directory' ? undefined : content }
    // whatever of this entry the consumer did not read is skipped
    for await (const chunk of content) void chunk
    next = after ?? { done: true, value: undefined }
  }
}
