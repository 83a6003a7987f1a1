import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CID1 } from './fake-api.js'
import { logLines, request, startTestServer } from './helpers.js'

/** Status of one GET over a Unix socket. */
async function getOverUnix (socketPath: string, path: string): Promise<number> {
  return await new Promise((resolve, reject) => {
    httpRequest({ socketPath, path }, res => { res.resume(); resolve(res.statusCode ?? 0) }).on('error', reject).end()
  })
}

describe('REST API transport', () => {
  let dir: string
  before(() => { dir = mkdtempSync(join(tmpdir(), 'rest-')) })
  after(() => { rmSync(dir, { recursive: true, force: true }) })

  it('redirects a trailing slash with 307, keeping the query', async () => {
    const s = await startTestServer()
    try {
      const r = await request(`${s.url}/pins/?cids=x`)
      assert.equal(r.status, 307)
      assert.equal(r.headers.get('location'), '/pins?cids=x')
      assert.equal((await request(`${s.url}/`)).status, 404)
    } finally { await s.rest.close() }
  })

  it('answers 431 when the headers pass max_header_bytes plus the slack', async () => {
    const s = await startTestServer()
    try {
      assert.equal((await request(`${s.url}/id`, { headers: { 'X-Big': 'a'.repeat(7000) } })).status, 200)
      const r = await request(`${s.url}/id`, { headers: { 'X-Big': 'a'.repeat(10_000) } })
      assert.equal(r.status, 431)
      assert.equal(r.body, '431 Request Header Fields Too Large')
      assert.equal((await request(`${s.url}/id`)).status, 200)
    } finally { await s.rest.close() }
  })

  it('serves TLS on every listener and refuses plain HTTP there', async () => {
    const key = join(dir, 'key.pem')
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', join(dir, 'cert.pem'),
      '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' })
    const s = await startTestServer({ sslCertFile: join(dir, 'cert.pem'), sslKeyFile: key })
    const port = s.rest.addresses[0].split('/')[4]
    try {
      const status = await new Promise<number>((resolve, reject) => {
        httpsRequest({ host: '127.0.0.1', port, path: '/id', rejectUnauthorized: false, maxVersion: 'TLSv1.2' }, res => {
          res.resume()
          resolve(res.statusCode ?? 0)
        }).on('error', reject).end()
      })
      assert.equal(status, 200)
      await assert.rejects(fetch(`http://127.0.0.1:${port}/id`))
      assert.ok(logLines.some(l => l.includes(`REST API (HTTPS): /ip4/127.0.0.1/tcp/${port}`)))
    } finally { await s.rest.close() }
  })

  it('listens on a Unix socket and writes the access log file', async () => {
    const socket = join(dir, 'api.sock')
    const logFile = join(dir, 'access.log')
    const s = await startTestServer({ listenMultiaddress: [`/unix${socket}`, '/ip4/127.0.0.1/tcp/0'], httpLogFile: logFile })
    try {
      assert.equal(s.rest.addresses[0], `/unix${socket}`)
      assert.equal(await getOverUnix(socket, '/version'), 200)
      assert.equal(await getOverUnix(socket, '/nope?x=1'), 404)
    } finally { await s.rest.close() }
    const lines = readFileSync(logFile, 'utf8').trim().split('\n')
    assert.match(lines[0], /^\S+ - - \[\d{2}\/\w{3}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] "GET \/version HTTP\/1\.1" 200 20$/)
    assert.match(lines[1], /"GET \/nope\?x=1 HTTP\/1\.1" 404 35$/)
  })

  it('cuts answers that pass write_timeout and requests whose headers pass read_header_timeout', async () => {
    const s = await startTestServer({ writeTimeout: 200, readHeaderTimeout: 300 })
    try {
      s.api.status = async () => await new Promise(() => {})
      await assert.rejects(fetch(`${s.url}/pins/${CID1.toString()}`))
      const port = Number(s.rest.addresses[0].split('/')[4])
      const socket = connect(port, '127.0.0.1')
      socket.write('GET /id HTTP/1.1\r\nHost: x\r\n')
      const chunks: Buffer[] = []
      socket.on('data', (c: Buffer) => chunks.push(c))
      await once(socket, 'close')
      assert.match(Buffer.concat(chunks).toString(), /^HTTP\/1\.1 (408|400)/)
    } finally { await s.rest.close() }
  })

  it('lets a running request finish on close, then refuses new ones', async () => {
    const s = await startTestServer()
    let release!: () => void
    s.api.status = async cid => {
      await new Promise<void>(resolve => { release = resolve })
      return (await import('./fake-api.js')).statusOf(cid)
    }
    const running = request(`${s.url}/pins/${CID1.toString()}`)
    while (release === undefined) await new Promise(resolve => setTimeout(resolve, 5))
    const closing = s.rest.close()
    release()
    assert.equal((await running).status, 200)
    await closing
    await assert.rejects(fetch(`${s.url}/id`))
  })
})
