import assert from 'node:assert/strict'
import { encodeAdded } from '../../src/api/rest/encode/added.js'
import { goJson } from '../../src/api/rest/encode/json.js'
import { CID1, PEER } from './fake-api.js'
import { errorBody, request, startTestServer, type TestServer } from './helpers.js'
import { rawRequest } from './raw-http.js'

const BOUNDARY = 'XyZ'

/** A multipart body as the Go client writes it (escaped names, directory parts). */
function multipart (parts: Array<{ name: string, type?: string, content?: string }>): string {
  return parts.map(p => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${p.name}"\r\n` +
    `Content-Type: ${p.type ?? 'application/octet-stream'}\r\n\r\n${p.content ?? ''}\r\n`).join('') + `--${BOUNDARY}--\r\n`
}

const FORM = { 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}` }
const fooOutput = `{"name":"foo.txt","cid":"${CID1.toString()}","size":3,"allocations":["${PEER}"]}\n`

describe('REST API /add', () => {
  let s: TestServer
  before(async () => { s = await startTestServer() })
  after(async () => { await s.rest.close() })
  afterEach(() => { s.api.addError = undefined })

  const add = async (query: string, body: string, headers: Record<string, string> = FORM): ReturnType<typeof rawRequest> =>
    await rawRequest(`${s.url}/add${query}`, { method: 'POST', headers, body })

  it('encodes AddedOutput with its omissions', () => {
    assert.equal(goJson(encodeAdded({ name: 'foo.txt', cid: CID1, size: 3, allocations: [PEER] })), fooOutput)
    assert.equal(goJson(encodeAdded({ name: 'big', bytes: 262144 })), '{"name":"big","cid":null,"bytes":262144}\n')
    assert.equal(goJson(encodeAdded({ name: '', cid: CID1, size: 0, allocations: [] })), `{"name":"","cid":"${CID1.toString()}"}\n`)
  })

  it('streams NDJSON with the streaming headers and an empty trailer', async () => {
    const r = await add('', multipart([{ name: 'foo.txt', content: 'foo' }]))
    assert.equal(r.status, 200)
    assert.equal(r.body, fooOutput)
    assert.equal(r.headers['x-chunked-output'], '1')
    assert.equal(r.headers.trailer, 'X-Stream-Error')
    assert.equal(r.headers['cache-control'], 'no-cache')
    assert.equal(r.headers.connection, 'close')
    assert.equal(r.trailers['x-stream-error'], '')
  })

  it('reports a late error in the trailer when streaming, as a 500 when buffered', async () => {
    s.api.addError = new Error('hash function name not known')
    const streamed = await add('', multipart([{ name: 'foo.txt', content: 'foo' }]))
    assert.deepEqual([streamed.status, streamed.body, streamed.trailers['x-stream-error']], [200, fooOutput, 'hash function name not known'])
    const buffered = await add('?stream-channels=false', multipart([{ name: 'foo.txt', content: 'foo' }]))
    assert.deepEqual([buffered.status, buffered.body], [500, errorBody(500, 'hash function name not known')])
  })

  it('buffers one JSON array, or null when nothing came out', async () => {
    const r = await add('?stream-channels=false', multipart([{ name: 'foo.txt', content: 'foo' }, { name: 'bar', content: 'bar' }]))
    assert.equal(r.status, 200)
    assert.equal(r.headers['x-chunked-output'], undefined)
    assert.equal(r.headers.trailer, undefined)
    assert.equal(JSON.parse(r.body).length, 2)
    assert.equal((await add('?stream-channels=f', multipart([{ name: 'dir', type: 'application/x-directory' }]))).body, 'null\n')
  })

  it('hands the core unescaped paths, kinds and the parameters', async () => {
    await add('?cid-version=1&wrap-with-directory=true&name=n&pin-update=' + CID1.toString(), multipart([
      { name: 'testFolder', type: 'application/x-directory' },
      { name: 'testFolder%2Fsub+dir%2Fa.txt', content: 'aaa' },
      { name: 'testFolder%2Flink', type: 'application/symlink', content: 'a.txt' }
    ]))
    assert.deepEqual(s.api.lastAddParts, [
      { path: 'testFolder', kind: 'directory', content: '' },
      { path: 'testFolder/sub dir/a.txt', kind: 'file', content: 'aaa' },
      { path: 'testFolder/link', kind: 'symlink', content: 'a.txt' }
    ])
    const params = s.api.calls.filter(c => c.method === 'add').at(-1)?.args[0] as Record<string, unknown>
    assert.deepEqual([params.cidVersion, params.rawLeaves, params.wrapWithDirectory, params.name, params.pinUpdate, params.chunker, params.hash, params.format],
      [1, true, true, 'n', undefined, 'size-262144', 'sha2-256', 'unixfs'])
  })

  it('accepts fetch FormData and multipart/mixed bodies', async () => {
    const form = new FormData()
    form.append('file', new Blob(['foo']), 'foo.txt')
    const r = await request(`${s.url}/add?stream-channels=false&raw-leaves=false&cid-version=1`, { method: 'POST', body: form })
    assert.equal(r.status, 200)
    assert.equal(JSON.parse(r.body)[0].name, 'foo.txt')
    const params = s.api.calls.filter(c => c.method === 'add').at(-1)?.args[0] as Record<string, unknown>
    assert.equal(params.rawLeaves, false)
    const mixed = await add('', multipart([{ name: 'foo.txt', content: 'foo' }]), { 'Content-Type': `multipart/mixed; boundary="${BOUNDARY}"` })
    assert.equal(mixed.body, fooOutput)
  })

  it('answers every 400 before any output', async () => {
    const body = multipart([{ name: 'foo.txt', content: 'foo' }])
    const cases: Array<[string, Record<string, string>, string]> = [
      ['', { 'Content-Type': 'application/json' }, "request Content-Type isn't multipart/form-data"],
      ['', {}, "request Content-Type isn't multipart/form-data"],
      ['', { 'Content-Type': 'multipart/form-data' }, 'no multipart boundary param in Content-Type'],
      ['?layout=zigzag', FORM, 'layout parameter is invalid'],
      ['?format=tar', FORM, 'format parameter is invalid'],
      ['?local=yes', FORM, 'parameter local invalid'],
      ['?stream-channels=2', FORM, 'parameter stream-channels invalid'],
      ['?cid-version=one', FORM, 'parameter cid-version invalid'],
      ['?raw-leaves=maybe', FORM, 'parameter raw-leaves invalid'],
      ['?shard=true', FORM, 'sharding is not supported'],
      ['?nocopy=1', FORM, 'nocopy is not supported'],
      ['?replication-min=x', FORM, 'parameter replication-min invalid']
    ]
    s.api.calls = []
    for (const [query, headers, message] of cases) {
      const r = await add(query, body, headers)
      assert.deepEqual([r.status, r.body], [400, errorBody(400, message)], query + JSON.stringify(headers))
    }
    assert.deepEqual(s.api.calls, [])
  })

  it('answers a broken body with 400 when buffered and a trailer when streaming', async () => {
    const truncated = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n\r\nabc`
    const buffered = await add('?stream-channels=false', truncated)
    assert.equal(buffered.status, 400)
    assert.match(JSON.parse(buffered.body).message, /^error reading multipart body: /)
    const streamed = await add('', truncated)
    assert.equal(streamed.status, 200)
    assert.match(String(streamed.trailers['x-stream-error']), /^error reading multipart body: /)
  })
})
