import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { EXIT_CONFIG, healthClient, logger, type Health } from '@ipfscluster/chassis'
import { OutputForwarder } from './output-forwarder.js'
import { RestartPolicy, type RestartSettings } from './restart-policy.js'

const log = logger('service')

export interface ChildSettings extends RestartSettings {
  name: string
  /** Absolute path of the service's compiled main module. */
  script: string
  /** Absolute path of the chassis preload (polyfill + tracing). */
  preload: string
  socket: string
  env: NodeJS.ProcessEnv
  healthInterval: number
  shutdownTimeout: number
  /** How long a fresh process may take to report SERVING. */
  startTimeout: number
  /** Keep a spare process with its modules loaded, promoted when the child fails. */
  warmStandby: boolean
  logFormat: 'text' | 'json'
  writeLog: (line: string) => void
}

/** Why a child can no longer be kept running; the supervisor then stops the peer. */
export class ChildFailedError extends Error {
  constructor (readonly service: string, message: string, readonly configError = false) {
    super(message)
    this.name = ChildFailedError.name
  }
}

const UNHEALTHY_CHECKS = 3

/**
 * One child service process: started and judged ready by its health check,
 * restarted alone with backoff when it exits or stops answering, stopped
 * with SIGTERM then SIGKILL. It ends with the supervisor even on SIGKILL: it
 * watches its stdin, whose other end only the supervisor holds.
 */
export class ManagedChild {
  private proc?: ChildProcess
  private spare?: ChildProcess
  private startedAt = 0
  private stopping = false
  private timer?: NodeJS.Timeout
  private readonly policy: RestartPolicy
  private health: Health
  private readonly output: OutputForwarder

  constructor (private readonly s: ChildSettings, private readonly onFatal: (err: ChildFailedError) => void) {
    this.policy = new RestartPolicy(s)
    this.health = healthClient(s.socket, s.name)
    this.output = new OutputForwarder(s.name, s.logFormat, s.writeLog)
  }

  get pid (): number | undefined {
    return this.proc?.pid
  }

  /**
   * Starts the child — by handing over to the warm spare when there is one,
   * else by spawning it — and resolves once it reports SERVING. Then a new
   * spare is spawned to stand by.
   */
  async start (): Promise<void> {
    const spare = this.takeSpare()
    const proc = spare ?? this.spawnProcess(false)
    this.proc = proc
    this.startedAt = performance.now()
    const exited = once(proc, 'exit') as Promise<[number | null, string | null]>
    proc.once('exit', (code, signal) => { this.onExit(proc, code, signal) })
    if (spare !== undefined) spare.send({ go: true })
    const ready = await Promise.race([this.waitServing(proc), exited.then(() => false)])
    if (!ready) {
      if (proc.exitCode === null) proc.kill('SIGKILL')
      throw this.failure(proc.exitCode, proc.signalCode, 'did not become ready')
    }
    log.info(`${this.s.name} started`, { pid: proc.pid, from_standby: spare !== undefined })
    this.watchHealth(proc)
    if (this.s.warmStandby && !this.stopping) this.spare = this.spawnProcess(true)
  }

  private spawnProcess (standby: boolean): ChildProcess {
    const proc = spawn(process.execPath, ['--import', this.s.preload, this.s.script], {
      env: { ...this.s.env, IPFS_CLUSTER_SERVICE: this.s.name, IPFS_CLUSTER_EXIT_WITH_STDIN: 'true', IPFS_CLUSTER_STANDBY: String(standby) },
      stdio: ['pipe', 'pipe', 'pipe', 'ipc']
    })
    this.output.attach(proc.stdout)
    this.output.attach(proc.stderr)
    proc.stdin?.on('error', () => {})
    return proc
  }

  private takeSpare (): ChildProcess | undefined {
    const spare = this.spare
    this.spare = undefined
    return spare !== undefined && spare.exitCode === null && spare.signalCode === null && spare.connected ? spare : undefined
  }

  /** SIGTERM, then SIGKILL after the shutdown timeout; resolves when the process is gone. */
  async stop (): Promise<void> {
    this.stopping = true
    clearTimeout(this.timer)
    this.health.close()
    this.takeSpare()?.kill('SIGTERM')
    const proc = this.proc
    if (proc === undefined || proc.exitCode !== null || proc.signalCode !== null) return
    const gone = once(proc, 'exit')
    proc.kill('SIGTERM')
    const killer = setTimeout(() => {
      log.warn('service did not stop in time: killing it', { service: this.s.name })
      proc.kill('SIGKILL')
    }, this.s.shutdownTimeout)
    await gone
    clearTimeout(killer)
  }

  /** SIGKILL at once (third signal). */
  kill (): void {
    this.stopping = true
    clearTimeout(this.timer)
    this.takeSpare()?.kill('SIGKILL')
    this.proc?.kill('SIGKILL')
  }

  /**
   * Ready when the child says so over IPC (at once) or, failing that, when a
   * health poll answers SERVING; either way confirmed by a health check.
   */
  private async waitServing (proc: ChildProcess): Promise<boolean> {
    const deadline = performance.now() + this.s.startTimeout
    let told = false
    proc.once('message', () => {
      told = true
      // A fresh channel connects at once; the polling one may sit in its reconnect backoff.
      this.health.close()
      this.health = healthClient(this.s.socket, this.s.name)
    })
    while (performance.now() < deadline && proc.exitCode === null && proc.signalCode === null) {
      if (await this.health.check('', { timeout: 1000 }).catch(() => 'DOWN') === 'SERVING') return true
      await new Promise(resolve => setTimeout(resolve, told ? 1 : 25))
    }
    return false
  }

  /** A process that answers no health check for three intervals is hung: kill it so it restarts. */
  private watchHealth (proc: ChildProcess): void {
    let failures = 0
    const probe = async (): Promise<void> => {
      if (this.stopping || proc !== this.proc || proc.exitCode !== null) return
      const status = await this.health.check('', { timeout: Math.max(this.s.healthInterval, 1000) }).catch((err: Error) => err.message)
      failures = status === 'SERVING' ? 0 : failures + 1
      if (failures >= UNHEALTHY_CHECKS && !this.stopping) {
        log.warn('service stopped answering health checks: killing it', { service: this.s.name, last: status })
        proc.kill('SIGKILL')
        return
      }
      this.timer = setTimeout(() => { void probe() }, this.s.healthInterval)
    }
    this.timer = setTimeout(() => { void probe() }, this.s.healthInterval)
  }

  private onExit (proc: ChildProcess, code: number | null, signal: string | null): void {
    if (this.stopping || proc !== this.proc) return
    clearTimeout(this.timer)
    const err = this.failure(code, signal, 'exited')
    if (err.configError) {
      this.onFatal(err)
      return
    }
    const decision = this.policy.onFailure(this.startedAt)
    if (decision.giveUp) {
      this.onFatal(new ChildFailedError(this.s.name, `${this.s.name} keeps failing (${decision.restarts} restarts in ${this.s.restartWindow / 1000}s): ${err.message}`))
      return
    }
    log.warn(`restarting ${this.s.name} (attempt ${decision.attempt}): ${err.message}`, { delay_ms: decision.delay })
    this.timer = setTimeout(() => {
      if (this.stopping) return
      this.start().catch((e: ChildFailedError) => {
        if (e.configError) this.onFatal(e)
      })
    }, decision.delay)
  }

  private failure (code: number | null, signal: string | null, what: string): ChildFailedError {
    const last = this.output.lastLines().reverse().find(l => /error/i.test(l)) ?? ''
    const how = signal !== null ? `killed by ${signal}` : code !== null ? `exit code ${code}` : what
    return new ChildFailedError(this.s.name, last !== '' ? `${how}: ${last}` : how, code === EXIT_CONFIG)
  }
}
