/**
 * mulberry32: a tiny, fast, seedable PRNG. Every random choice of a
 * simulation comes from one of these, so a seed replays a schedule exactly.
 */
export class Prng {
  private s: number

  constructor (seed: number) {
    this.s = seed >>> 0
  }

  /** Uniform in [0, 1). */
  next (): number {
    let t = (this.s = (this.s + 0x6D2B79F5) >>> 0)
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** Integer in [0, n). */
  int (n: number): number {
    return Math.floor(this.next() * n)
  }

  /** Integer in [lo, hi]. */
  between (lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1)
  }

  chance (p: number): boolean {
    return this.next() < p
  }

  pick<T> (items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from empty list')
    return items[this.int(items.length)]
  }

  /** A derived generator, so adding draws in one place does not shift another's sequence. */
  fork (): Prng {
    return new Prng(Math.floor(this.next() * 4294967296))
  }
}
