/**
 * The peer-management domain's error: another peer cannot be reached. It
 * lives in the chassis so every process rebuilds it as its own class (and
 * does not mistake it for a restarting local service).
 */
export { PeerUnavailableError } from '@ipfscluster/chassis'
