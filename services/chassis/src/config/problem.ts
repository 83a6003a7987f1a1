/**
 * What is wrong with one value, without saying where the value came from:
 * the section reader prefixes the key path (`cluster.peers[0]: …`), the
 * environment reader the variable (`CLUSTER_PEERS (cluster.peers[0]): …`).
 * Internal to the config library; callers only ever see `InvalidConfigError`.
 */
export class Problem extends Error {
  /**
   * @param message - the problem text, e.g. `expected a boolean, got "yes"`
   * @param at - the place inside the value, appended to its key: `[0]`, `.alice`
   */
  constructor (message: string, readonly at = '') {
    super(message)
    this.name = 'Problem'
  }

  /** The same problem, one level further out (`[2]` + `.alice` → `[2].alice`). */
  within (at: string): Problem {
    return new Problem(this.message, at + this.at)
  }
}

/** How a wrong value is shown after "got": JSON form, cut when long. */
export function shown (value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? text.slice(0, 57) + '...' : text
}
