import { configureLogging, logger, loggingSettings, Notices, restApiSection, type LoggingSettings, type RestApiConfig } from '@ipfscluster/chassis'
import { startRestApi, type RestApi } from '../../src/api/rest/index.js'
import { FakeApi } from './fake-api.js'

/** A REST API on 127.0.0.1 with a random port over a fresh FakeApi. */
export interface TestServer {
  api: FakeApi
  rest: RestApi
  url: string
  config: RestApiConfig
}

/** Log lines written while test servers run (access log included), instead of stderr. */
export const logLines: string[] = []
let running = 0
let saved: LoggingSettings | undefined

/** Starts a server with the default config plus `overrides`. */
export async function startTestServer (overrides: Partial<RestApiConfig> = {}, api = new FakeApi()): Promise<TestServer> {
  const config = { ...restApiSection.read(null, new Notices()), listenMultiaddress: ['/ip4/127.0.0.1/tcp/0'], ...overrides }
  if (running++ === 0) {
    saved = loggingSettings()
    configureLogging({ ...saved, write: line => { logLines.push(line) } })
  }
  const started = await startRestApi(config, api, logger('restapi'))
  const rest = {
    addresses: started.addresses,
    close: async (graceMs?: number) => {
      await started.close(graceMs)
      if (--running === 0 && saved !== undefined) configureLogging(saved)
    }
  }
  const port = rest.addresses[0].split('/')[4]
  return { api, rest, url: `http://127.0.0.1:${port}`, config }
}

/** Status, headers and text body of one request. */
export async function request (url: string, init: RequestInit = {}): Promise<{ status: number, headers: Headers, body: string }> {
  const res = await fetch(url, { redirect: 'manual', ...init })
  return { status: res.status, headers: res.headers, body: await res.text() }
}

/** The JSON error body of rest-api.md §2.1. */
export const errorBody = (code: number, message: string): string => JSON.stringify({ code, message }) + '\n'
