/**
 * `pin/add` with the no-progress timeout of ipfs.md §1.3: the request is
 * cancelled when the `Progress` count has not grown for `pin_timeout`.
 * js-ipfs sends no progress lines and hangs on unavailable content, so it
 * also gets `timeout=<pin_timeout>` and the same limit as a total.
 */
import { formatDuration } from '@ipfscluster/chassis'
import type { CID } from 'multiformats/cid'
import type { AbortOptions, PinEvent } from '../connector.js'
import type { KuboHttpClient } from './http-client.js'
import { decodeError } from './http-errors.js'
import { IpfsError, pinStalled } from '../errors.js'
import { StallGuard } from '../stall-guard.js'

interface PinAddLine {
  Progress?: number
  Pins?: string[]
}

/** How `pin/add` is called. */
export interface PinAddSettings {
  /** The no-progress limit, ms. */
  pinTimeout: number
  /** js-ipfs: no progress lines, needs `timeout=`. */
  jsMode: boolean
}

/** Pins `cid` at `maxDepth` (-1 recursive, 0 direct, N levels), yielding progress, then `done`. */
export async function * pinAdd (client: KuboHttpClient, cid: CID, maxDepth: number, settings: PinAddSettings, options: AbortOptions = {}): AsyncGenerator<PinEvent> {
  const args: Array<[string, string]> = [['arg', cid.toString()], ['recursive', String(maxDepth !== 0)], ['progress', 'true']]
  if (maxDepth > 0) args.push(['max-depth', String(maxDepth)])
  if (settings.jsMode) args.push(['timeout', formatDuration(settings.pinTimeout)])

  const guard = new StallGuard(settings.pinTimeout, () => pinStalled(cid, settings.pinTimeout), options.signal)
  let progress = -1
  try {
    for await (const line of client.ndjson<PinAddLine>({ endpoint: 'pin/add', args, timeout: Infinity, signal: guard.signal })) {
      if (typeof line.Progress === 'number') {
        if (line.Progress > progress) guard.touch()
        progress = Math.max(progress, line.Progress)
        yield { type: 'progress', blocks: line.Progress }
      } else if (Array.isArray(line.Pins)) {
        yield { type: 'done', alreadyPinned: false }
        return
      }
    }
    throw decodeError('pin/add', 'the answer ended without "Pins"')
  } catch (err) {
    // js-ipfs's own `timeout=` answers 500 "request timed out"
    if (err instanceof IpfsError && /timed out/.test(err.ipfsMessage)) throw pinStalled(cid, settings.pinTimeout)
    throw err
  } finally {
    guard.dispose()
  }
}

/** `pin/update` (unpin=false); js-ipfs has none (404) and gets `pin/add` of `to`. */
export async function pinUpdate (client: KuboHttpClient, from: CID, to: CID, settings: PinAddSettings, options: AbortOptions = {}): Promise<void> {
  try {
    await client.json({ endpoint: 'pin/update', args: [['arg', from.toString()], ['arg', to.toString()], ['unpin', 'false']], signal: options.signal })
  } catch (err) {
    if (!(err instanceof IpfsError && err.status === 404)) throw err
    for await (const event of pinAdd(client, to, -1, settings, options)) void event
  }
}
