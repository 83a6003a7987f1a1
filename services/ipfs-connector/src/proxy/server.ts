/**
 * The IPFS proxy (ipfs.md §2): an HTTP server that looks like the IPFS API.
 * The endpoints of §2.2 become cluster operations; everything else goes to
 * the daemon unchanged, or is refused with 501 when the node is embedded.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import { rm } from 'node:fs/promises'
import { multiaddr } from '@multiformats/multiaddr'
import type { Logger, PromiseClient } from '@ipfscluster/chassis'
import type { ClusterClient } from '@ipfscluster/proto'
import type { IpfsHttpConfig } from '../config.js'
import type { IpfsConnector } from '../connector.js'
import { parseApiAddress } from '../kubo/api-address.js'
import { AccessLog } from './access-log.js'
import { flag, statusOf, type Intercept } from './intercept.js'
import { addIntercept } from './intercept-add.js'
import { pinAdd, pinLs, pinRm, pinUpdate } from './intercept-pin.js'
import { blockPut, dagPut } from './intercept-put.js'
import { repoStat } from './intercept-repo-stat.js'
import { LearntHeaders } from './learnt-headers.js'
import { passthrough } from './passthrough.js'
import { sendIpfsError } from './responses.js'
import { Upstream } from './upstream.js'

interface Route { handler: Intercept, withArg?: boolean, when?: (query: URLSearchParams) => boolean }

const ROUTES: Record<string, Route> = {
  'pin/add': { handler: pinAdd, withArg: true },
  'pin/rm': { handler: pinRm, withArg: true },
  'pin/ls': { handler: pinLs, withArg: true },
  'pin/update': { handler: pinUpdate },
  add: { handler: addIntercept },
  'repo/stat': { handler: repoStat },
  'block/put': { handler: blockPut, when: q => flag(q, 'pin') },
  'dag/put': { handler: dagPut, when: q => flag(q, 'pin') }
}

const INTERCEPTED_METHODS = new Set(['POST', 'GET', 'PUT'])

/** The route of an API path, and its `{arg}` when it has one. */
function routeOf (path: string, query: URLSearchParams): { route: Route, arg?: string } | undefined {
  const m = /^\/api\/v0\/(.+?)\/?$/.exec(path)
  if (m === null) return undefined
  const exact = ROUTES[m[1]]
  if (exact !== undefined) return exact.when === undefined || exact.when(query) ? { route: exact } : undefined
  const slash = m[1].lastIndexOf('/')
  const withArg = ROUTES[m[1].slice(0, slash)]
  return withArg?.withArg === true ? { route: withArg, arg: decodeURIComponent(m[1].slice(slash + 1)) } : undefined
}

/** What the proxy needs. */
export interface ProxyOptions {
  config: IpfsHttpConfig
  /** The cluster service of the supervisor. */
  cluster: PromiseClient<ClusterClient>
  connector: IpfsConnector
  /** False with the embedded node: nothing to forward to. */
  daemon: boolean
  log: Logger
}

/** A running proxy. */
export interface IpfsProxy {
  /** The bound listen addresses (with the real port when 0 was configured). */
  addresses: string[]
  close: () => Promise<void>
}

/** Binds every `proxy_listen_multiaddress`; rejects when one cannot be bound. */
export async function startProxy (options: ProxyOptions): Promise<IpfsProxy> {
  const { config, log } = options
  const address = parseApiAddress(config.nodeMultiaddress, config.nodeHttps)
  const upstream = options.daemon && address !== undefined ? new Upstream(address) : undefined
  const learnt = new LearntHeaders(upstream, config.proxyExtractHeadersPath, config.proxyExtractHeadersExtra, config.proxyExtractHeadersTtl, log)
  const access = new AccessLog(config.proxyLogFile)

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    access.track(req, res)
    const url = new URL(req.url ?? '/', 'http://proxy')
    const found = INTERCEPTED_METHODS.has(req.method ?? '') ? routeOf(url.pathname, url.searchParams) : undefined
    if (found === undefined) {
      if (upstream !== undefined) await passthrough(upstream, req, res)
      else sendIpfsError(res, 501, `${url.pathname} is not available with the embedded IPFS node`)
      return
    }
    const headers = await learnt.for(req, url.pathname)
    try {
      await found.route.handler({ req, res, query: url.searchParams, pathArg: found.arg, headers, cluster: options.cluster, connector: options.connector, upstream, log })
    } catch (err) {
      const { status, message } = statusOf(err)
      log.debug('intercepted request failed', { path: url.pathname, status, err: message })
      sendIpfsError(res, status, message, headers)
    }
  }

  const servers: http.Server[] = []
  const addresses: string[] = []
  const close = async (): Promise<void> => {
    await Promise.all(servers.map(async s => new Promise<void>(resolve => {
      s.close(() => { resolve() })
      s.closeAllConnections()
    })))
    upstream?.close()
    await access.close()
  }
  try {
    for (const listen of config.proxyListenMultiaddress) {
      const server = http.createServer({
        requestTimeout: config.proxyReadTimeout,
        ...(config.proxyReadHeaderTimeout > 0 ? { headersTimeout: config.proxyReadHeaderTimeout } : {}),
        keepAliveTimeout: config.proxyIdleTimeout,
        maxHeaderSize: config.proxyMaxHeaderBytes
      }, (req, res) => { void handle(req, res) })
      servers.push(server)
      addresses.push(await listenOn(server, listen))
      log.info(`IPFS Proxy: ${addresses.at(-1) ?? listen} -> ${options.daemon ? config.nodeMultiaddress : 'embedded IPFS node'}`)
    }
  } catch (err) {
    await close()
    throw err
  }
  return { addresses, close }
}

/** Binds `server` on a `/ip4|/ip6/…/tcp/N` or `/unix/<path>` multiaddr; resolves with the bound address. */
async function listenOn (server: http.Server, listen: string): Promise<string> {
  const parts = multiaddr(listen).getComponents()
  const bind = async (target: { host: string, port: number } | { path: string }): Promise<void> => {
    await new Promise<void>((resolve, reject) => {
      server.once('error', err => { reject(new Error(`IPFS proxy cannot listen on ${listen}: ${err.message}`)) })
      server.listen(target, resolve)
    })
  }
  if (parts.length === 1 && parts[0].name === 'unix') {
    await rm(parts[0].value ?? '', { force: true })
    await bind({ path: parts[0].value ?? '' })
    return listen
  }
  if (parts.length === 2 && (parts[0].name === 'ip4' || parts[0].name === 'ip6') && parts[1].name === 'tcp') {
    await bind({ host: parts[0].value ?? '', port: Number(parts[1].value) })
    const bound = server.address()
    return typeof bound === 'object' && bound !== null ? `/${parts[0].name}/${parts[0].value ?? ''}/tcp/${bound.port}` : listen
  }
  throw new Error(`IPFS proxy cannot listen on ${listen}: only /ip4, /ip6 …/tcp/N and /unix/<path> are supported`)
}
