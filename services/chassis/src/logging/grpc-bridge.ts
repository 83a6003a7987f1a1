import { logVerbosity, setLogger, setLogVerbosity } from '@grpc/grpc-js'
import { logger } from './logger.js'

/** Routes grpc-js's own diagnostics into the `grpc-internal` facility at the level the user set. */
export function bridgeGrpcLogs (): void {
  const log = logger('grpc-internal')
  setLogger({
    error: (...args: unknown[]) => {
      const msg = args.map(String).join(' ')
      if (msg.includes(' E ')) log.error(msg)
      else if (msg.includes(' I ')) log.info(msg)
      else log.debug(msg)
    }
  } as unknown as Console)
  setLogVerbosity(log.enabled('debug') ? logVerbosity.DEBUG : log.enabled('info') ? logVerbosity.INFO : logVerbosity.ERROR)
}
