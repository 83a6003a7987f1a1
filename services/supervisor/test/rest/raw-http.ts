import { request as httpRequest, type IncomingMessage } from 'node:http'

/** A response read with node:http, which, unlike fetch, shows trailers. */
export interface RawResponse { status: number, headers: IncomingMessage['headers'], trailers: IncomingMessage['trailers'], body: string }

/** Sends one request and reads the whole answer including trailers. */
export async function rawRequest (url: string, options: { method?: string, headers?: Record<string, string>, body?: Buffer | string } = {}): Promise<RawResponse> {
  return await new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, res => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => { resolve({ status: res.statusCode ?? 0, headers: res.headers, trailers: res.trailers, body: Buffer.concat(chunks).toString() }) })
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

/** Opens a request and hands back the response as it starts, for reading line by line. */
export async function openStream (url: string): Promise<IncomingMessage> {
  return await new Promise((resolve, reject) => {
    httpRequest(url, resolve).on('error', reject).end()
  })
}
