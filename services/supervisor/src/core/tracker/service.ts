/**
 * The PinTracker gRPC service (cluster.proto) over a {@link PinTracker}:
 * adapters only. Hosted on supervisor.sock; other peers reach Status,
 * StatusAll and Recover through the relay (trusted, cluster-behaviour.md §11).
 */
import { implement, InvalidParametersError, type HostedService } from '@ipfscluster/chassis'
import { loadProtos, type PinTrackerHandlers } from '@ipfscluster/proto'
import type { PinTracker } from './pin-tracker.js'

const { PinTracker: Service } = loadProtos().ipfscluster.cluster.v1

/** The request's CID, or InvalidParametersError when absent. */
function cidOf (req: { cid: Buffer }): Uint8Array {
  if (req.cid.byteLength === 0) throw new InvalidParametersError('cid is required')
  return req.cid
}

export function pinTrackerService (tracker: PinTracker): HostedService {
  return {
    name: 'ipfscluster.cluster.v1.PinTracker',
    definition: Service.service,
    implementation: implement<PinTrackerHandlers>(Service.service, {
      Track: async req => {
        if (req.pin == null || req.pin.cid.byteLength === 0) throw new InvalidParametersError('pin with a cid is required')
        tracker.track(req.pin)
        return {}
      },
      Untrack: async req => {
        tracker.untrack(cidOf(req))
        return {}
      },
      Status: async req => ({ info: tracker.status(cidOf(req)) }),
      StatusAll: async function * (req) {
        for await (const info of tracker.statusAll(req.filter)) yield { info }
      },
      Recover: async req => ({ info: await tracker.recover(cidOf(req)) }),
      RecoverAll: async function * () {
        for await (const info of tracker.recoverAll()) yield { info }
      }
    })
  }
}
