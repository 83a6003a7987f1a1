import type { Route } from '../router.js'
import { add } from './add.js'
import { getAllocation, listAllocations } from './allocations.js'
import { getAlerts, getMetricNames, getMetrics, health, notImplemented } from './health.js'
import { addPeer, getId, getVersion, listPeers, removePeer } from './peers.js'
import { getStatus, listStatus, pinCid, pinPath, recoverAll, recoverOne, unpinCid, unpinPath } from './pins.js'
import { createToken } from './token.js'

const IPFS_PATH = '/pins/{namespace:ipfs|ipns|ipld}/{path…}'

/** The v1 route table in the order of rest-api.md §3 (the order decides overlapping paths). */
export const ROUTES: readonly Route[] = [
  { method: 'GET', pattern: '/id', handler: getId },
  { method: 'GET', pattern: '/version', handler: getVersion },
  { method: 'GET', pattern: '/peers', handler: listPeers },
  { method: 'POST', pattern: '/peers', handler: addPeer },
  { method: 'DELETE', pattern: '/peers/{peer}', handler: removePeer },
  { method: 'POST', pattern: '/add', handler: add },
  { method: 'GET', pattern: '/allocations', handler: listAllocations },
  { method: 'GET', pattern: '/allocations/{cid}', handler: getAllocation },
  { method: 'GET', pattern: '/pins', handler: listStatus },
  { method: 'POST', pattern: '/pins/{cid}/recover', handler: recoverOne },
  { method: 'POST', pattern: '/pins/recover', handler: recoverAll },
  { method: 'GET', pattern: '/pins/{cid}', handler: getStatus },
  { method: 'POST', pattern: '/pins/{cid}', handler: pinCid },
  { method: 'POST', pattern: IPFS_PATH, handler: pinPath },
  { method: 'DELETE', pattern: '/pins/{cid}', handler: unpinCid },
  { method: 'DELETE', pattern: IPFS_PATH, handler: unpinPath },
  { method: 'POST', pattern: '/ipfs/gc', handler: notImplemented },
  { method: 'GET', pattern: '/health/graph', handler: notImplemented },
  { method: 'GET', pattern: '/health/alerts', handler: getAlerts },
  { method: 'GET', pattern: '/health/bandwidth', handler: notImplemented },
  { method: 'GET', pattern: '/monitor/metrics/{name}', handler: getMetrics },
  { method: 'GET', pattern: '/monitor/metrics', handler: getMetricNames },
  { method: 'POST', pattern: '/token', handler: createToken },
  { method: 'GET', pattern: '/health', handler: health }
]
