/**
 * `block/put` and `dag/put` with `pin=true` (ipfs.md §2.2): the daemon stores
 * the data with `pin=false`, then each returned CID is pinned in the cluster.
 * The daemon's lines are relayed as they come; pin errors go into the
 * `X-Stream-Error` trailer.
 */
import { parseCid } from '../cids.js'
import { clusterCall, ProxyHttpError, type Intercept, type InterceptContext } from './intercept.js'
import { SERVER_HEADER } from './responses.js'
import { endToEnd } from './upstream.js'

type KeyOf = (line: Record<string, any>) => string | undefined

function putAndPin (endpoint: string, keyOf: KeyOf): Intercept {
  return async (ctx: InterceptContext) => {
    if (ctx.upstream === undefined) throw new ProxyHttpError(501, `/api/v0/${endpoint} is not available with the embedded IPFS node`)
    const query = new URLSearchParams(ctx.query)
    query.set('pin', 'false')
    const answer = await ctx.upstream.request(ctx.req.method ?? 'POST', `/api/v0/${endpoint}?${query.toString()}`, endToEnd(ctx.req.headers), ctx.req)
    const { res } = ctx
    if (answer.statusCode !== 200) {
      res.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers))
      answer.pipe(res)
      return
    }
    res.writeHead(200, { ...ctx.headers, 'Content-Type': 'application/json', Server: SERVER_HEADER, Trailer: 'X-Stream-Error' })
    const errors: string[] = []
    let rest = ''
    const pinLine = async (line: string): Promise<void> => {
      res.write(line + '\n')
      try {
        const key = keyOf(JSON.parse(line))
        if (key !== undefined) await ctx.cluster.Pin({ cid: parseCid(key).bytes, options: { mode: 'PIN_MODE_RECURSIVE' } }, clusterCall)
      } catch (err) {
        errors.push((err as Error).message)
      }
    }
    for await (const chunk of answer) {
      const lines = (rest + String(chunk)).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) if (line.trim() !== '') await pinLine(line)
    }
    if (rest.trim() !== '') await pinLine(rest)
    res.addTrailers({ 'X-Stream-Error': errors.join('; ') })
    res.end()
  }
}

/** `block/put?pin=true`: pins each returned `Key`. */
export const blockPut = putAndPin('block/put', line => line.Key)

/** `dag/put?pin=true`: pins each returned `Cid`. */
export const dagPut = putAndPin('dag/put', line => line.Cid?.['/'])
