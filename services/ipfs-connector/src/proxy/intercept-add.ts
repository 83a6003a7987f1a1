/**
 * `add` through the cluster adder (ipfs.md §2.2): the body is imported here
 * (blocks to this peer's IPFS), outputs stream back in the IPFS `add` shape,
 * then the root is pinned in the cluster unless `pin=false`.
 */
import { CID } from 'multiformats/cid'
import { add, type AddOutput } from '../adder/adder.js'
import type { AddOptions } from '../adder/add-options.js'
import { clusterCall, flag, ProxyHttpError, type Intercept } from './intercept.js'
import { multipartEntries } from './multipart-entries.js'
import { SERVER_HEADER } from './responses.js'

function optionsOf (query: URLSearchParams): AddOptions {
  const raw = query.get('raw-leaves')
  return {
    format: 'unixfs',
    layout: flag(query, 'trickle') ? 'trickle' : 'balanced',
    chunker: query.get('chunker') ?? '',
    hash: query.get('hash') ?? '',
    cidVersion: Number(query.get('cid-version') ?? 0) > 0 ? 1 : 0,
    rawLeaves: raw === null || raw === '' ? undefined : flag(query, 'raw-leaves'),
    wrapWithDirectory: flag(query, 'wrap-with-directory') || flag(query, 'w'),
    progress: flag(query, 'progress') || flag(query, 'p')
  }
}

/** The IPFS `add` output line: `Hash`, `Bytes`, `Size` left out when empty. */
function ipfsLine (out: AddOutput): string {
  return JSON.stringify({
    Name: out.name,
    ...(out.cid !== undefined ? { Hash: out.cid.toString() } : {}),
    ...(out.bytes !== undefined && out.bytes > 0 ? { Bytes: out.bytes } : {}),
    ...(out.size !== undefined && out.size > 0n ? { Size: out.size.toString() } : {})
  }) + '\n'
}

export const addIntercept: Intercept = async ctx => {
  if (flag(ctx.query, 'only-hash') || flag(ctx.query, 'n')) throw new ProxyHttpError(500, 'only-hash is not supported when adding to cluster')
  const options = optionsOf(ctx.query)
  const entries = multipartEntries(ctx.req)
  const { res } = ctx
  let root: CID | undefined
  const errors: string[] = []
  try {
    for await (const out of add(entries, options, async block => ctx.connector.blockPut(block))) {
      if (!res.headersSent) {
        res.writeHead(200, { ...ctx.headers, 'Content-Type': 'application/json', Server: SERVER_HEADER, 'X-Chunked-Output': '1', Trailer: 'X-Stream-Error' })
      }
      if (out.cid !== undefined) root = out.cid
      res.write(ipfsLine(out))
    }
    if (root !== undefined && flag(ctx.query, 'pin', true)) {
      await ctx.cluster.Pin({ cid: root.bytes, options: { mode: 'PIN_MODE_RECURSIVE' } }, clusterCall)
    }
  } catch (err) {
    // before any output the error is the answer; after, it goes into the trailer
    if (!res.headersSent) throw err
    errors.push((err as Error).message)
  } finally {
    ctx.req.resume()
  }
  if (!res.headersSent) res.writeHead(200, { ...ctx.headers, 'Content-Type': 'application/json', Server: SERVER_HEADER, Trailer: 'X-Stream-Error' })
  res.addTrailers({ 'X-Stream-Error': errors.join('; ') })
  res.end()
}
