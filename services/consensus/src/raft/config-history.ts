import { EMPTY_CONFIGURATION } from './configuration.js'
import type { Configuration } from './types.js'

/** A configuration and the log position of the entry (or snapshot) that carried it. */
export interface ConfigPoint {
  readonly index: number
  readonly configuration: Configuration
}

/**
 * The configurations found in the log, oldest first. A configuration takes
 * effect when appended (consensus.md §4), so the current one is the newest
 * point — and a truncated log must fall back to the point before, which is
 * why the history is kept rather than a single value.
 */
export class ConfigHistory {
  private points: ConfigPoint[] = []

  /** Forget everything; the snapshot's configuration becomes the base. */
  reset (base?: ConfigPoint): void {
    this.points = base === undefined || base.configuration.voters.length + base.configuration.learners.length === 0
      ? []
      : [base]
  }

  /** Record a CONFIGURATION entry appended at `index` (indexes only grow between truncations). */
  push (index: number, configuration: Configuration): void {
    // a snapshot may already cover this entry (scan of a log kept behind its snapshot)
    if (this.points.length > 0 && this.points[this.points.length - 1].index >= index) return
    this.points.push({ index, configuration })
  }

  /** The log lost every entry ≥ `index`. */
  truncateFrom (index: number): void {
    while (this.points.length > 0 && this.points[this.points.length - 1].index >= index) this.points.pop()
  }

  /** Drop points no longer needed to answer {@link at} for indexes ≥ `index`. */
  compactTo (index: number): void {
    let keep = 0
    for (let i = 0; i < this.points.length; i++) if (this.points[i].index <= index) keep = i
    if (keep > 0) this.points = this.points.slice(keep)
  }

  /** The newest configuration, or the empty one (join mode). */
  latest (): ConfigPoint {
    return this.points[this.points.length - 1] ?? { index: 0, configuration: EMPTY_CONFIGURATION }
  }

  /** The configuration before the newest one (what a departing member was part of). */
  previous (): ConfigPoint {
    return this.points[this.points.length - 2] ?? { index: 0, configuration: EMPTY_CONFIGURATION }
  }

  /** The configuration in effect at log index `index`. */
  at (index: number): ConfigPoint {
    for (let i = this.points.length - 1; i >= 0; i--) if (this.points[i].index <= index) return this.points[i]
    return { index: 0, configuration: EMPTY_CONFIGURATION }
  }
}
