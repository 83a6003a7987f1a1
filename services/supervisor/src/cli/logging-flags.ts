import { debugLevels, parseLogLevels, type LoggingSettings } from '@ipfscluster/chassis'
import { CliError, type Io } from './io.js'
import type { FlagValues } from './spec.js'

/** Resolves `--debug`, `--loglevel` and `--log-format` (cli.md §2.3) into logging settings. */
export function loggingFromFlags (flags: FlagValues, io: Io): LoggingSettings {
  const format = String(flags['log-format'] ?? 'text')
  if (format !== 'text' && format !== 'json') throw new CliError('', `invalid log format "${format}"`)
  if (flags.debug === true) return { levels: debugLevels(), format }
  try {
    const levels = parseLogLevels(String(flags.loglevel ?? 'info'), facility => {
      io.stdout.write(`overwriting existing ${facility} log level\n`)
    })
    return { levels, format }
  } catch (err) {
    throw new CliError('', (err as Error).message)
  }
}
