import { readFileSync } from 'node:fs'

/** The project's semver (root package.json), also the REST API's `version`. */
export const VERSION: string = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')).version
