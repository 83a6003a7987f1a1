import type { PromiseClient } from '@ipfscluster/chassis'
import type { ConsensusClient } from '@ipfscluster/proto'
import { testPin } from './nodes.js'

export interface LoadOptions {
  /** Pins (seeds first … first + total − 1). */
  total: number
  first?: number
  concurrency: number
  /** The client the next attempt goes to (changes as peers die and return). */
  client: (attempt: number) => PromiseClient<ConsensusClient>
  /** Attempts per pin before giving up on it (pins are idempotent, so retries are safe). */
  attempts?: number
  /** Called when a pin is acknowledged. */
  onAck?: (seed: number, ms: number) => void
}

export interface LoadResult {
  /** Seeds whose LogPin returned ok. */
  acked: Set<number>
  /** Failed attempts (indeterminate: the op may still have committed). */
  failures: number
}

/** Proposers committing pins concurrently, each retrying a failed pin on the next client. */
export async function runLoad (o: LoadOptions): Promise<LoadResult> {
  const first = o.first ?? 0
  const acked = new Set<number>()
  let next = first
  let failures = 0
  let attemptNo = 0
  await Promise.all(Array.from({ length: o.concurrency }, async () => {
    for (let seed = next++; seed < first + o.total; seed = next++) {
      for (let a = 0; a < (o.attempts ?? 20); a++) {
        const started = performance.now()
        try {
          await o.client(attemptNo++).LogPin({ pin: testPin(seed) }, { timeout: 15_000 })
          acked.add(seed)
          o.onAck?.(seed, performance.now() - started)
          break
        } catch {
          failures++
          // pace retries while a leader is elected: no op can succeed before
          await new Promise(resolve => setTimeout(resolve, 100))
        }
      }
    }
  }))
  return { acked, failures }
}
