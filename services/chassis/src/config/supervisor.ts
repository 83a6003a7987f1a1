/** `supervisor` (config.md §4.10): start, health watch and restarts of the child processes. */
import { InvalidConfigError } from '../errors.js'
import { atLeast, notNegative, positive } from './checks.js'
import { defineSection, field, omitWhenDefault } from './section.js'
import { bool, duration, int } from './types.js'

/** The `supervisor` section. Durations in milliseconds. */
export interface SupervisorConfig {
  /** Max wait for a consensus leader at start. */
  readyTimeout: number
  /** gRPC health probe period of each child. */
  healthCheckInterval: number
  /** First restart delay after a child fails (doubles). */
  restartDelay: number
  /** Cap of the doubling restart delay. */
  maxRestartDelay: number
  /** Restarts are counted over this window; the delay resets after the child is healthy this long. */
  restartWindow: number
  /** More restarts than this in the window: give up. */
  maxRestarts: number
  /** Bound of each step of the orderly stop, then SIGKILL. */
  shutdownTimeout: number
  /** Keep a started spare of each child (modules loaded) to take over at once when it fails. */
  warmStandby: boolean
}

/** The `supervisor` section. */
export const supervisorSection = defineSection<SupervisorConfig>('supervisor', 'CLUSTER_SUPERVISOR_', {
  readyTimeout: field('ready_timeout', duration, '30s', positive),
  healthCheckInterval: field('health_check_interval', duration, '1s', positive),
  restartDelay: field('restart_delay', duration, '100ms', notNegative),
  maxRestartDelay: field('max_restart_delay', duration, '10s', notNegative),
  restartWindow: field('restart_window', duration, '1m0s', positive),
  maxRestarts: field('max_restarts', int, 10, atLeast(1)),
  shutdownTimeout: field('shutdown_timeout', duration, '20s', positive),
  // A project addition: left out of the file init writes, so config.md §6 stays as it is.
  warmStandby: omitWhenDefault(field('warm_standby', bool, true))
}, {
  validate (cfg, at) {
    if (cfg.maxRestartDelay < cfg.restartDelay) {
      throw new InvalidConfigError(`${at}.max_restart_delay: must be equal or greater than restart_delay`)
    }
    return cfg
  }
})
