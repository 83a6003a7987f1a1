/**
 * Table-driven config sections. A section is a list of fields (JSON key,
 * value type, default in its JSON form, single-value checks, env aliases)
 * plus optional hooks for legacy keys and rules across keys; reading,
 * environment overrides, defaults and writing all follow from the table, so
 * every section obeys the same loading rules of config.md §2 and §5.
 */
import { InvalidConfigError } from '../errors.js'
import type { Check } from './checks.js'
import type { JsonObject } from './json.js'
import { Notices } from './notice.js'
import { Problem, shown } from './problem.js'
import type { ValueType } from './types.js'

/** One key of a section. */
export interface Field<T> {
  /** The JSON key. */
  readonly key: string
  readonly type: ValueType<T>
  /** The default in JSON form, as config.md §6 prints it. */
  readonly default: unknown
  readonly checks: ReadonlyArray<Check<T>>
  /** `init` leaves the key out while it has its default (`data_folder`, `ssl_*`, `node_https`). */
  readonly omitWhenDefault: boolean
  /** Other variable names that set this key, besides the derived one. */
  readonly envAliases: readonly string[]
}

/** A field. `def` is the default in its JSON form. */
export function field<T> (key: string, type: ValueType<T>, def: unknown, ...checks: Array<Check<T>>): Field<T> {
  return { key, type, default: def, checks, omitWhenDefault: false, envAliases: [] }
}

/** The same field, left out of written files while it has its default. */
export function omitWhenDefault<T> (f: Field<T>): Field<T> {
  return { ...f, omitWhenDefault: true }
}

/** The same field, also set by the given variables (the derived name wins when both are set). */
export function withEnvAliases<T> (f: Field<T>, ...names: string[]): Field<T> {
  return { ...f, envAliases: [...f.envAliases, ...names] }
}

/** The field table of a config type: one field per property. */
export type Fields<C> = { readonly [K in keyof C]-?: Field<C[K]> }

/** One `CLUSTER_*` variable and the key it sets. */
export interface EnvVar {
  readonly name: string
  readonly key: string
}

/** Hooks for what a table cannot say. */
export interface SectionHooks<C> {
  /**
   * Rewrites the JSON of a present section before it is read: legacy keys
   * are turned into current ones and removed from the copy returned.
   */
  prepare?: (json: Record<string, unknown>, at: string, notices: Notices) => Record<string, unknown>
  /** Rules across keys, run after env overrides; returns the config, possibly normalized. */
  validate?: (cfg: C, at: string, notices: Notices) => C
}

/** A config section: what each section file exports (conventions §9). */
export interface Section<C> {
  /** Dotted path in `service.json`, e.g. `pin_tracker.maptracker`. */
  readonly configKey: string
  /** Prefix of its variables, e.g. `CLUSTER_MAPTRACKER_`. */
  readonly envPrefix: string
  readonly fields: Fields<C>
  /** Every variable that sets a key of this section. */
  readonly env: readonly EnvVar[]
  /** The section with every key at its default. */
  defaults: () => C
  /**
   * Reads a section's JSON: types and single-value checks; missing keys take
   * their default (DEBUG), unknown keys are ignored (WARN); an absent or
   * `null` section gives the defaults (INFO). `at` names the section in
   * messages when it was found elsewhere (a v1.x section).
   *
   * @throws InvalidConfigError `<at>.<key>: <problem>`
   */
  read: (json: unknown, notices: Notices, at?: string) => C
  /**
   * Applies the section's `CLUSTER_*` variables.
   *
   * @throws InvalidConfigError `<VAR> (<section>.<key>): <problem>`
   */
  applyEnv: (cfg: C, env: Readonly<Record<string, string | undefined>>) => C
  /** Rules across keys (rule R, raft timers, …). @throws InvalidConfigError */
  validate: (cfg: C, notices: Notices, at?: string) => C
  /** `read` then `validate`: what a service calls on its own section. */
  parse: (json: unknown, notices?: Notices) => C
  /** The JSON form, keys in table order (config.md §6). */
  toJSON: (cfg: C) => JsonObject
}

/**
 * Runs `fn`; a {@link Problem} it throws becomes the InvalidConfigError
 * `<path><place>: <problem>` (`cluster.peers[0]: missing …`).
 */
export function atKey<T> (path: string, fn: () => T): T {
  try {
    return fn()
  } catch (err) {
    if (err instanceof Problem) throw new InvalidConfigError(`${path}${err.at}: ${err.message}`)
    throw err
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Env variable name of a key: prefix + key upper-cased without underscores (v1.x envconfig). */
export const envName = (prefix: string, key: string): string => prefix + key.replace(/_/g, '').toUpperCase()

/** Builds a section from its table. */
export function defineSection<C> (configKey: string, envPrefix: string, fields: Fields<C>, hooks: SectionHooks<C> = {}): Section<C> {
  const list = Object.entries(fields) as Array<[keyof C & string, Field<unknown>]>
  const byKey = new Set(list.map(([, f]) => f.key))
  // aliases first: when a v1.x and a current name are both set, the current one is applied last and wins
  const envNames = (f: Field<unknown>): string[] => [...f.envAliases, envName(envPrefix, f.key)]
  const env = list.flatMap(([, f]) => envNames(f).map(name => ({ name, key: f.key })))

  const checked = <T>(f: Field<T>, value: T): T => {
    for (const check of f.checks) {
      const problem = check(value)
      if (problem !== undefined) throw new Problem(problem)
    }
    return value
  }
  const defaultOf = (f: Field<unknown>): unknown => f.type.read(f.default)

  const section: Section<C> = {
    configKey,
    envPrefix,
    fields,
    env,

    defaults: () => Object.fromEntries(list.map(([prop, f]) => [prop, defaultOf(f)])) as C,

    read (json, notices, at = configKey) {
      if (json === undefined || json === null) {
        notices.info(`${at} section is empty, generating default`)
        return section.defaults()
      }
      if (!isObject(json)) throw new InvalidConfigError(`${at}: expected an object, got ${shown(json)}`)
      const obj = hooks.prepare?.({ ...json }, at, notices) ?? json
      for (const key of Object.keys(obj)) {
        if (!byKey.has(key)) notices.warn(`unknown configuration key ${at}.${key} ignored`)
      }
      const cfg: Record<string, unknown> = {}
      for (const [prop, f] of list) {
        const value = obj[f.key]
        if (value === undefined || (value === null && f.type.acceptsNull !== true)) {
          notices.debug(`${at}.${f.key} not set, using the default`)
          cfg[prop] = defaultOf(f)
          continue
        }
        cfg[prop] = atKey(`${at}.${f.key}`, () => checked(f, f.type.read(value)))
      }
      return cfg as C
    },

    applyEnv (cfg, vars) {
      const out: Record<string, unknown> = { ...cfg as Record<string, unknown> }
      for (const [prop, f] of list) {
        for (const name of envNames(f)) {
          const text = vars[name]
          if (text === undefined) continue
          try {
            out[prop] = checked(f, f.type.fromEnv(text))
          } catch (err) {
            // the variable's own format: `<VAR> (<section>.<key>): <problem>`
            if (!(err instanceof Problem)) throw err
            throw new InvalidConfigError(`${name} (${configKey}.${f.key}${err.at}): ${err.message}`)
          }
        }
      }
      return out as C
    },

    validate: (cfg, notices, at = configKey) => hooks.validate?.(cfg, at, notices) ?? cfg,

    parse: (json, notices = new Notices()) => section.validate(section.read(json, notices), notices),

    toJSON (cfg) {
      const out: JsonObject = {}
      for (const [prop, f] of list) {
        const written = f.type.write(cfg[prop] as never) as JsonObject[string]
        if (f.omitWhenDefault && JSON.stringify(written) === JSON.stringify(f.type.write(defaultOf(f) as never))) continue
        out[f.key] = written
      }
      return out
    }
  }
  return section
}
