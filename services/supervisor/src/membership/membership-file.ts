import { saveConfig, withMembership, type JsonObject, type Membership } from '@ipfscluster/chassis'

/**
 * The membership keys of `service.json` as last saved. The daemon saves
 * several times while it runs (peerset changes, leave); each save starts from
 * the file as it stands after the previous one, so nothing else in the file
 * ever changes.
 */
export class MembershipFile {
  private current: Membership

  constructor (private readonly loaded: { file: string, raw: JsonObject }, initial: Membership) {
    this.current = { ...initial }
  }

  get membership (): Readonly<Membership> {
    return this.current
  }

  /** Saves the given keys (others as they are); a save that changes nothing does not touch the file. */
  async save (change: Partial<Membership>): Promise<void> {
    const next = { ...this.current, ...change }
    if (sameMembership(next, this.current)) return
    await saveConfig(this.loaded, next)
    this.loaded.raw = withMembership(this.loaded.raw, next)
    this.current = next
  }
}

function sameMembership (a: Membership, b: Membership): boolean {
  const same = (x: readonly string[], y: readonly string[]): boolean => x.length === y.length && x.every((v, i) => v === y[i])
  return same(a.peers, b.peers) && same(a.bootstrap, b.bootstrap) && a.leaveOnShutdown === b.leaveOnShutdown
}
