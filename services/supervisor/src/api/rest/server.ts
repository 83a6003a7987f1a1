import { readFileSync } from 'node:fs'
import { createServer as createHttpServer, type Server, type ServerOptions } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { Socket } from 'node:net'
import { resolvePath, type Logger, type RestApiConfig } from '@ipfscluster/chassis'
import type { ClusterApi } from './cluster-api.js'
import { goJson } from './encode/json.js'
import { boundAddress, listenTarget, type ListenTarget } from './listeners.js'
import { accessLog } from './pipeline/access-log.js'
import { requestHandler } from './request-handler.js'

/** A running REST API. */
export interface RestApi {
  /** Bound listeners as multiaddrs (real ports). */
  readonly addresses: string[]
  /** Stops accepting, lets running requests finish for up to `graceMs`, then cuts the rest. */
  close: (graceMs?: number) => Promise<void>
}

/** Where relative TLS file names are resolved (the config folder). */
export interface RestApiOptions { configFolder?: string }

// Go's header limit gets 4 KiB of slack on top of max_header_bytes (rest-api.md §2.1)
const HEADER_SLACK = 4096
const TLS_CIPHERS = ['ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-SHA', 'AES256-GCM-SHA384', 'AES256-SHA'].join(':')

/**
 * Requests node's parser refuses never reach the pipeline: oversize headers
 * get Go's plain-text 431, anything else (unknown method, bad framing) a
 * JSON 400 of the usual shape.
 */
function onClientError (err: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return void socket.destroy()
  const [status, type, body] = err.code === 'HPE_HEADER_OVERFLOW'
    ? ['431 Request Header Fields Too Large', 'text/plain; charset=utf-8', '431 Request Header Fields Too Large']
    : ['400 Bad Request', 'application/json', goJson({ code: 400, message: 'bad request' })]
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)
}

function makeServer (config: RestApiConfig, options: RestApiOptions): Server {
  const serverOptions: ServerOptions = {
    maxHeaderSize: config.maxHeaderBytes + HEADER_SLACK,
    requestTimeout: config.readTimeout,
    // node checks the read timeouts only this often (30 s by default)
    connectionsCheckingInterval: 1000,
    keepAlive: true
  }
  if (config.readHeaderTimeout > 0) {
    // node refuses a header timeout longer than the whole-request one
    serverOptions.headersTimeout = config.readTimeout > 0 ? Math.min(config.readHeaderTimeout, config.readTimeout) : config.readHeaderTimeout
  }
  if (config.sslCertFile === '') return createHttpServer(serverOptions)
  const folder = options.configFolder ?? process.cwd()
  return createHttpsServer({
    ...serverOptions,
    cert: readFileSync(resolvePath(folder, config.sslCertFile)),
    key: readFileSync(resolvePath(folder, config.sslKeyFile)),
    minVersion: 'TLSv1.2',
    ciphers: TLS_CIPHERS,
    ecdhCurve: 'P-521:P-384:P-256',
    honorCipherOrder: true
  })
}

/** Go's WriteTimeout: the whole answer must be written within `ms` of the request. */
function limitWrites (server: Server, ms: number): void {
  if (ms <= 0) return
  server.on('request', (_req, res) => {
    const timer = setTimeout(() => res.destroy(), ms)
    res.once('close', () => clearTimeout(timer))
  })
}

async function listen (server: Server, target: ListenTarget): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    const done = (): void => { server.off('error', reject); resolve() }
    if ('path' in target) server.listen(target.path, done)
    else server.listen(target.port, target.host, done)
  })
  const address = server.address()
  return typeof address === 'object' && address !== null ? address.port : 0
}

/**
 * Starts the REST API on every `listen_multiaddress` (all TLS when the
 * certificate files are set) and logs `REST API (HTTP[S]): <addr>` for each.
 *
 * @throws when a listener cannot be bound or the TLS files cannot be read (nothing stays open)
 */
export async function startRestApi (config: RestApiConfig, api: ClusterApi, log: Logger, options: RestApiOptions = {}): Promise<RestApi> {
  const access = accessLog(config.httpLogFile)
  const handler = requestHandler(config, api, log, access)
  const servers: Server[] = []
  const addresses: string[] = []
  const closeAll = async (graceMs: number): Promise<void> => {
    await Promise.all(servers.map(async server => {
      const closed = new Promise<void>(resolve => server.close(() => resolve()))
      // keep-alive connections become idle as their last answer ends: close them as they do
      const sweep = setInterval(() => server.closeIdleConnections(), 50)
      const timer = setTimeout(() => server.closeAllConnections(), graceMs)
      server.closeIdleConnections()
      await closed
      clearInterval(sweep)
      clearTimeout(timer)
    }))
    await access.close()
  }
  try {
    for (const text of config.listenMultiaddress) {
      const target = listenTarget(text)
      const server = makeServer(config, options)
      server.keepAliveTimeout = config.idleTimeout
      server.on('clientError', onClientError)
      limitWrites(server, config.writeTimeout)
      server.on('request', handler)
      servers.push(server)
      const address = boundAddress(target, await listen(server, target))
      addresses.push(address)
      log.info(`REST API (${config.sslCertFile === '' ? 'HTTP' : 'HTTPS'}): ${address}`)
    }
  } catch (err) {
    await closeAll(0)
    throw err
  }
  return { addresses, close: async (graceMs = 5000) => { await closeAll(graceMs) } }
}
