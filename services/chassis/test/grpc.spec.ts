import assert from 'node:assert/strict'
import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import { removeDir, shortTmpDir } from '@ipfscluster/testing'
import { AbortError, connect, InternalError, NotFoundError, PermissionDeniedError, ServiceUnavailableError, SocketServer, TimeoutError, type PromiseClient } from '../src/index.js'
import { ECHO_SERVICE_NAME, EchoService, type EchoClient } from './fixtures/echo.js'
import { echoImplementation } from './fixtures/echo-handlers.js'

describe('gRPC over a Unix socket (one process)', () => {
  let dir: string
  let server: SocketServer
  let client: PromiseClient<EchoClient>

  before(async () => {
    dir = await shortTmpDir()
    server = new SocketServer(join(dir, 'echo.sock'), [{ name: ECHO_SERVICE_NAME, definition: EchoService.service, implementation: echoImplementation('echo') }])
    await server.listen()
    client = connect(EchoService, join(dir, 'echo.sock'), 'echo')
  })

  after(async () => {
    client.close()
    await server.stop(1000)
    await removeDir(dir)
  })

  it('answers unary calls', async () => {
    const res = await client.Echo({ text: 'hi' })
    assert.deepEqual(res, { text: 'hi', pid: process.pid, service: 'echo' })
  })

  it('streams server replies as an async iterable', async () => {
    const texts: string[] = []
    for await (const r of client.Count({ n: 5 })) texts.push(r.text)
    assert.deepEqual(texts, ['0', '1', '2', '3', '4'])
  })

  it('takes a client stream from an iterable', async () => {
    const res = await client.Join([{ text: 'a' }, { text: 'b' }, { text: 'c' }])
    assert.equal(res.text, 'a,b,c')
  })

  it('keeps a bidi call open for replies after the requests end', async () => {
    const texts: string[] = []
    for await (const r of client.Chat([{ text: 'a' }, { text: 'b' }])) texts.push(r.text)
    assert.deepEqual(texts, ['a', 'b', 'done'])
  })

  it('rebuilds the server error class on the client', async () => {
    await assert.rejects(client.Fail({ name: 'NotFoundError', message: 'pin is not part of the pinset' }), (err: Error) => {
      assert.ok(err instanceof NotFoundError)
      assert.equal(err.message, 'pin is not part of the pinset')
      return true
    })
    await assert.rejects(client.Fail({ name: 'PermissionDeniedError', message: 'closed' }), PermissionDeniedError)
  })

  it('answers INTERNAL without details for an unexpected failure', async () => {
    await assert.rejects(client.Fail({ name: 'NoSuchClass', message: 'secret' }), (err: Error) => {
      assert.ok(err instanceof InternalError)
      assert.equal(err.message, 'internal error')
      return true
    })
  })

  it('leaves no abort listener behind on a long-lived signal once calls end, retried ones included', async () => {
    const controller = new AbortController()
    for (let i = 0; i < 20; i++) {
      await client.Echo({ text: 'hi' }, { signal: controller.signal })
      for await (const r of client.Count({ n: 2 }, { signal: controller.signal })) void r
      await client.Join([{ text: 'a' }], { signal: controller.signal })
    }
    const nobody = connect(EchoService, join(dir, 'nobody.sock'), 'nobody')
    try {
      await assert.rejects(nobody.Echo({ text: 'x' }, { signal: controller.signal, idempotent: true, timeout: 500, retry: { initialDelay: 20, maxDelay: 40 } }), ServiceUnavailableError)
    } finally {
      nobody.close()
    }
    assert.equal(EventEmitter.getEventListeners(controller.signal, 'abort').length, 0)
  })

  it('fails with TimeoutError at the deadline and AbortError on abort', async () => {
    await assert.rejects(client.Slow({ n: 5000 }, { timeout: 100 }), TimeoutError)
    const controller = new AbortController()
    const call = client.Slow({ n: 5000 }, { signal: controller.signal })
    controller.abort()
    await assert.rejects(call, AbortError)
  })

  it('fails with ServiceUnavailableError naming the target when nothing listens', async () => {
    const nobody = connect(EchoService, join(dir, 'nobody.sock'), 'nobody')
    try {
      await assert.rejects(nobody.Echo({ text: 'x' }, { timeout: 2000 }), (err: Error) => {
        assert.ok(err instanceof ServiceUnavailableError)
        assert.match(err.message, /^nobody unavailable at .*nobody\.sock/)
        return true
      })
    } finally {
      nobody.close()
    }
  })
})
