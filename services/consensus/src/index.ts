/**
 * @packageDocumentation
 * The consensus service. Run it with `node --import @ipfscluster/chassis/preload dist/src/main.js`;
 * the supervisor does that for every peer.
 */
export const SERVICE_NAME = 'consensus'
