/** A minimal client for a test daemon's `/api/v0` (Kubo RPC): POST, query args, JSON or NDJSON answers. */
export type RpcArgs = Record<string, string | number | boolean | Array<string | number | boolean> | undefined>

export interface RpcOptions {
  /** Request body, e.g. a FormData for `add` or `block/put`. */
  body?: FormData | Uint8Array | string
  /** Per-request deadline in ms. Default 30 000. */
  timeout?: number
  signal?: AbortSignal
}

export class IpfsRpcError extends Error {
  readonly status: number
  readonly body: string
  constructor (command: string, status: number, body: string) {
    super(`IPFS RPC ${command} answered ${status}: ${body}`)
    this.name = 'IpfsRpcError'
    this.status = status
    this.body = body
  }
}

function queryString (args: RpcArgs | undefined): string {
  if (args === undefined) return ''
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(args)) {
    if (v === undefined) continue
    for (const item of Array.isArray(v) ? v : [v]) q.append(k, String(item))
  }
  const s = q.toString()
  return s === '' ? '' : `?${s}`
}

function parseBody (text: string): unknown {
  const lines = text.split('\n').filter(l => l.trim() !== '')
  if (lines.length === 0) return undefined
  if (lines.length === 1) return JSON.parse(lines[0])
  try {
    return JSON.parse(text)
  } catch {
    return lines.map(l => JSON.parse(l))
  }
}

/** POSTs `command` to the daemon at `apiUrl`; NDJSON answers come back as an array. */
export async function rpcCall<T> (apiUrl: string, command: string, args?: RpcArgs, options: RpcOptions = {}): Promise<T> {
  const timeout = AbortSignal.timeout(options.timeout ?? 30_000)
  const signal = options.signal === undefined ? timeout : AbortSignal.any([timeout, options.signal])
  const res = await fetch(`${apiUrl}/api/v0/${command}${queryString(args)}`, {
    method: 'POST',
    body: options.body,
    signal
  })
  const text = await res.text()
  if (res.status !== 200) throw new IpfsRpcError(command, res.status, text)
  return parseBody(text) as T
}
