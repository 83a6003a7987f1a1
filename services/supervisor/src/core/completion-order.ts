/** Parallel work whose results are wanted as soon as each is ready. */

/** Yields each promise's value as it settles (all must resolve). */
export async function * completionOrder<T> (promises: Array<Promise<T>>): AsyncGenerator<T> {
  const pending = new Map(promises.map((p, i) => [i, p.then(value => ({ i, value }))]))
  while (pending.size > 0) {
    const { i, value } = await Promise.race(pending.values())
    pending.delete(i)
    yield value
  }
}
