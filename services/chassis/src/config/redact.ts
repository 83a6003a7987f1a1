/**
 * The configuration as the DEBUG dump at start shows it (config.md §7):
 * secret, private key and passwords replaced, so logs can be shared.
 */
import type { JsonObject } from './json.js'
import { configToJSON, type ClusterConfig } from './layout.js'
import type { RestApiConfig } from './restapi.js'

/** What hidden values are replaced with (the original's text). */
export const HIDDEN = 'XXX_hidden_XXX'

const hidePasswords = (api: RestApiConfig): RestApiConfig => ({
  ...api,
  basicAuthCredentials: api.basicAuthCredentials === null
    ? null
    : Object.fromEntries(Object.keys(api.basicAuthCredentials).map(user => [user, HIDDEN]))
})

/** The effective configuration in file form, with secrets hidden. */
export function redactedConfig (cfg: ClusterConfig): JsonObject {
  return configToJSON({
    ...cfg,
    cluster: { ...cfg.cluster, secret: HIDDEN, privateKey: HIDDEN },
    restapi: hidePasswords(cfg.restapi),
    pinsvcapi: cfg.pinsvcapi === undefined ? undefined : hidePasswords(cfg.pinsvcapi)
  })
}
