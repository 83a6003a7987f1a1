/**
 * The ipfs-cluster v1 REST API (rest-api.md) over a {@link ClusterApi}.
 *
 * @example
 * ```ts
 * const rest = await startRestApi(restApiSection.parse(json), clusterCore, logger('restapi'))
 * // … later
 * await rest.close()
 * ```
 * @packageDocumentation
 */
export { startRestApi, type RestApi, type RestApiOptions } from './server.js'
export type * from './cluster-api.js'
