import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

function isPlainObject (v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** `over` merged into `base`, objects key by key (how js-ipfs applies an init config file). */
export function deepMerge (base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base }
  for (const [k, v] of Object.entries(over)) {
    const b = out[k]
    out[k] = isPlainObject(b) && isPlainObject(v) ? deepMerge(b, v) : v
  }
  return out
}

/** `/ip4/127.0.0.1/tcp/N/<anything>` → `{ host, port }`. */
export function tcpOf (ma: string): { host: string, port: number } | undefined {
  const m = /^\/ip[46]\/([^/]+)\/tcp\/(\d+)/.exec(ma)
  return m === null ? undefined : { host: m[1], port: Number(m[2]) }
}

/** The address without a trailing protocol such as `/http` (js-ipfs writes it into the `api` file; Kubo does not). */
export function stripSuffix (ma: string, suffix: RegExp): string {
  return ma.replace(suffix, '')
}

/**
 * Checks what `jsipfs init` produced before the daemon may start: a readable
 * config, no bootstrap peers (it would dial out), an identity, and the
 * requested loopback addresses. `fail` builds the error (with the output).
 */
export async function verifyRepo (repoPath: string, wanted: Record<string, unknown>, fail: (m: string) => Error): Promise<void> {
  const configPath = join(repoPath, 'config')
  let config: Record<string, any>
  try {
    config = JSON.parse(await readFile(configPath, 'utf8'))
  } catch (err) {
    throw fail(`jsipfs init did not produce a usable repo: cannot read ${configPath} (${(err as Error).message})`)
  }
  if (!Array.isArray(config.Bootstrap) || config.Bootstrap.length !== 0) {
    throw fail(`jsipfs init produced a repo that would dial out: Bootstrap is ${JSON.stringify(config.Bootstrap)}, expected []`)
  }
  if (typeof config.Identity?.PeerID !== 'string') throw fail('jsipfs init produced a repo without Identity.PeerID')
  const want = (wanted.Addresses ?? {}) as Record<string, unknown>
  for (const key of ['API', 'Gateway', 'RPC', 'Swarm']) {
    const got = JSON.stringify(config.Addresses?.[key])
    if (key in want && got !== JSON.stringify(want[key])) {
      throw fail(`jsipfs init ignored Addresses.${key}: got ${got}, expected ${JSON.stringify(want[key])}`)
    }
  }
  for (const key of ['API', 'Gateway', 'RPC']) {
    const v = config.Addresses?.[key]
    for (const ma of Array.isArray(v) ? v : [v]) {
      if (typeof ma === 'string' && ma !== '' && tcpOf(ma)?.host !== '127.0.0.1') {
        throw fail(`Addresses.${key} ${ma} is not on 127.0.0.1`)
      }
    }
  }
}
