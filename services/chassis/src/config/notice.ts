/**
 * Something the loader noticed that is not an error. The library never
 * prints: it returns these and the caller logs them on the `config` facility.
 */
export interface ConfigNotice {
  level: 'debug' | 'info' | 'warn'
  message: string
}

/** Collects notices while a configuration is read. */
export class Notices {
  readonly list: ConfigNotice[] = []
  debug (message: string): void { this.list.push({ level: 'debug', message }) }
  info (message: string): void { this.list.push({ level: 'info', message }) }
  warn (message: string): void { this.list.push({ level: 'warn', message }) }
}
